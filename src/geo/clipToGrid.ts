/**
 * Cuts a plane polygon (flat [x0, y0, x1, y1, …] rings, outer ring first) into pieces that each lie in one
 * cell of the grid of `step` × `step` (cells bounded by multiples of `step`), by Sutherland–Hodgman against
 * one half-plane at a time, recursively. Triangles made from the pieces are then small, so once projected
 * onto the sphere they stay close to its surface. Because every polygon is cut at every grid line it
 * crosses, pieces on either side of a grid line, and neighbouring polygons, share the same cut points: they
 * meet corner to corner, without gaps or T-junctions.
 */
export function clipToGrid(rings: number[][], step: number, emit: (rings: number[][]) => void): void {
  const outer = rings[0];
  if (!outer || outer.length < 6) return;
  recurse(rings, bounds(outer), step, emit, 0);
}

type Box = [minX: number, minY: number, maxX: number, maxY: number];

/** Grid lines strictly inside (lo, hi), as the range of multiples of step [first, last]. */
function linesInside(lo: number, hi: number, step: number): [number, number] {
  const eps = 1e-9;
  return [Math.floor(lo / step + eps) + 1, Math.ceil(hi / step - eps) - 1];
}

function recurse(rings: number[][], box: Box, step: number, emit: (rings: number[][]) => void, depth: number) {
  const [x0, x1] = linesInside(box[0], box[2], step);
  const [y0, y1] = linesInside(box[1], box[3], step);
  const xLines = x1 - x0 + 1;
  const yLines = y1 - y0 + 1;
  if ((xLines <= 0 && yLines <= 0) || depth > 60) {
    emit(rings);
    return;
  }
  // Cut at the middle grid line of the axis that crosses more of them.
  const axis = xLines >= yLines ? 0 : 1;
  const cut = (axis === 0 ? Math.floor((x0 + x1) / 2) : Math.floor((y0 + y1) / 2)) * step;
  for (const keepBelow of [true, false]) {
    const outer = clipHalf(rings[0]!, axis, cut, keepBelow);
    if (outer.length < 6) continue;
    const part = [outer];
    for (let i = 1; i < rings.length; i++) {
      const hole = clipHalf(rings[i]!, axis, cut, keepBelow);
      if (hole.length >= 6) part.push(hole);
    }
    recurse(part, bounds(outer), step, emit, depth + 1);
  }
}

/** Keeps the part of a ring on one side of the line coordinate[axis] = c. */
export function clipHalf(ring: number[], axis: 0 | 1, c: number, keepBelow: boolean): number[] {
  const out: number[] = [];
  const n = ring.length / 2;
  if (n === 0) return out;
  const inside = (v: number) => (keepBelow ? v <= c : v >= c);
  let px = ring[(n - 1) * 2]!;
  let py = ring[(n - 1) * 2 + 1]!;
  let pIn = inside(axis === 0 ? px : py);
  for (let i = 0; i < n; i++) {
    const x = ring[i * 2]!;
    const y = ring[i * 2 + 1]!;
    const cIn = inside(axis === 0 ? x : y);
    if (cIn !== pIn) {
      const a = axis === 0 ? px : py;
      const b = axis === 0 ? x : y;
      const t = (c - a) / (b - a);
      if (axis === 0) out.push(c, py + (y - py) * t);
      else out.push(px + (x - px) * t, c);
    }
    if (cIn) out.push(x, y);
    px = x;
    py = y;
    pIn = cIn;
  }
  return out;
}

export function bounds(ring: number[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < ring.length; i += 2) {
    const x = ring[i]!;
    const y = ring[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}
