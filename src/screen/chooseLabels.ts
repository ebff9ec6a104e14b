import type { Vec3 } from "../geo/units";
import type { GlobeLabel } from "./globeLabels";
import { placeLabels, type Box, type LabelCandidate, type PlacementArea } from "./labelPlacement";

/** Where a point of the globe lands in a frame: pixels from its top left, and how squarely the surface there faces the camera (1 head on, 0 at the limb, negative behind). */
export interface Projected {
  x: number;
  y: number;
  facing: number;
}

/** A name placed in a frame: which label, at which of its anchors, in which box. */
export interface PlacedLabel {
  label: GlobeLabel;
  anchor: number;
  box: Box;
  /** The box's offset from the anchor's projected point. */
  dx: number;
  dy: number;
}

/**
 * Where a name's box may go around its point, in order: centred, just below, just above, to the right, to the left,
 * then a little further below and above (clear of a party's taller chip on the same point).
 */
function aroundPoint(width: number, height: number): readonly (readonly [number, number])[] {
  return [
    [0, 0],
    [0, height + 2],
    [0, -height - 2],
    [width * 0.6, 0],
    [-width * 0.6, 0],
    [0, height * 1.6 + 4],
    [0, -height * 1.6 - 4],
  ];
}

/** Names are written only where the surface faces the reader at least this squarely (about 70° from head on), never along the limb. */
export const MIN_FACING = 0.33;

interface Input {
  labels: readonly GlobeLabel[];
  /** Projects a point of the globe into the frame, writing into `out`. */
  project: (at: Vec3, out: Projected) => Projected;
  /** Pixels per radian of arc at the centre of the globe's disc (its radius in pixels). */
  pxPerRadian: number;
  /** The box a label's text takes, in pixels. */
  measure: (label: GlobeLabel) => { width: number; height: number };
  area: PlacementArea;
}

/**
 * Which names a view writes, and where: for each label the anchor facing the reader most squarely (deeper
 * anchors win ties), left out when it faces away, when its country is too small at this distance to carry the name
 * (shaded countries need their area's width to be at least 0.6 of the name's, others the whole name), or when it
 * cannot be placed without meeting a more important name or an overlay (see placeLabels). A sea narrower than its
 * name (by more than 0.6) is still named where there is room, after the shaded countries. Pure: the scene, the
 * exports and the SVG globe all call it with their own projection.
 */
export function chooseLabels({ labels, project, pxPerRadian, measure, area }: Input): PlacedLabel[] {
  const p: Projected = { x: 0, y: 0, facing: 0 };
  const chosen: { label: GlobeLabel; anchor: number; rank: number; candidate: LabelCandidate }[] = [];
  for (const label of labels) {
    let anchor = -1;
    let best = -Infinity;
    let x = 0;
    let y = 0;
    let facing = 0;
    label.anchors.forEach((a, i) => {
      project(a.at, p);
      if (p.facing < MIN_FACING) return;
      const score = p.facing + 2 * a.clearance;
      if (score > best) {
        best = score;
        anchor = i;
        x = p.x;
        y = p.y;
        facing = p.facing;
      }
    });
    if (anchor < 0) continue;
    const { width, height } = measure(label);
    let rank = label.rank;
    if (label.size > 0) {
      const across = 2 * label.size * pxPerRadian * facing;
      // A sea of the proposal is always named if there is room, but one much narrower than its name waits until the
      // shaded countries are placed; another sea that narrow is not named (its name would lie over land).
      if (label.kind === "sea" && across < width * 0.6) {
        if (label.rank > 1) continue;
        rank += 2.5;
      }
      if (label.kind !== "sea" && across < width * (label.rank <= 3 ? 0.6 : 1)) continue;
    }
    // A country's or party's name may move just below or above its point (a party's name and its country's share one),
    // or a little to either side; a sea's stays over its water.
    const offsets = label.kind === "sea" ? undefined : aroundPoint(width, height);
    chosen.push({ label, anchor, rank, candidate: { x, y, width, height, offsets } });
  }
  // Labels come in order of rank; only a small sea moves (a stable sort keeps the rest as they are).
  chosen.sort((a, b) => a.rank - b.rank);
  const boxes = placeLabels(
    chosen.map((c) => c.candidate),
    area,
  );
  const out: PlacedLabel[] = [];
  boxes.forEach((box, i) => {
    if (!box) return;
    const { label, anchor, candidate } = chosen[i]!;
    out.push({ label, anchor, box, dx: box.left + box.width / 2 - candidate.x, dy: box.top + box.height / 2 - candidate.y });
  });
  return out;
}
