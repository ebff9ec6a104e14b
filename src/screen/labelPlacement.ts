/** A rectangle in pixels of a frame, from its top left. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A name to place: its point in the frame, the size of its box, and where around the point the box may go. */
export interface LabelCandidate {
  /** The point the name belongs to, in frame pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Offsets of the box's centre from the point to try in turn (default: centred on it). */
  offsets?: readonly (readonly [number, number])[];
}

/** The globe's outline in the frame: names stay inside it, clear of the limb. */
export interface Disc {
  x: number;
  y: number;
  radius: number;
}

export interface PlacementArea {
  width: number;
  height: number;
  disc: Disc | null;
  /** Parts of the frame that overlays take (legend, caption, note, headings, inset): no name goes under them. */
  keepOut: readonly Box[];
  /** Clear space kept around each name, in pixels. */
  gap: number;
}

const CENTRED: readonly (readonly [number, number])[] = [[0, 0]];

/** Whether two boxes, each grown by `gap`, meet. */
export function boxesMeet(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;
}

/** Whether a box lies inside the frame, clear of every keep-out zone, and (with a disc) with all four corners inside the disc. */
export function boxFits(box: Box, area: PlacementArea): boolean {
  if (box.left < area.gap || box.top < area.gap || box.left + box.width > area.width - area.gap || box.top + box.height > area.height - area.gap) return false;
  for (let i = 0; i < area.keepOut.length; i++) if (boxesMeet(box, area.keepOut[i]!, area.gap)) return false;
  const d = area.disc;
  if (!d) return true;
  // The corner farthest from the disc's centre decides (no arrays: the scene calls this every frame).
  const x = Math.max(Math.abs(box.left - d.x), Math.abs(box.left + box.width - d.x));
  const y = Math.max(Math.abs(box.top - d.y), Math.abs(box.top + box.height - d.y));
  return x * x + y * y <= (d.radius - area.gap) ** 2;
}

/**
 * Places names greedily, most important first (the order given): each takes the first of its offsets where its box
 * fits (see boxFits) and meets no box placed before it; a name that fits nowhere is left out, never squeezed or
 * shrunk. Returns the box of each candidate, or null where it was left out.
 */
export function placeLabels(candidates: readonly LabelCandidate[], area: PlacementArea): (Box | null)[] {
  const placed: Box[] = [];
  return candidates.map((c) => {
    for (const [dx, dy] of c.offsets ?? CENTRED) {
      const box = { left: c.x + dx - c.width / 2, top: c.y + dy - c.height / 2, width: c.width, height: c.height };
      if (boxFits(box, area) && placed.every((p) => !boxesMeet(p, box, area.gap))) {
        placed.push(box);
        return box;
      }
    }
    return null;
  });
}
