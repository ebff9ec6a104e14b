import type { BoundaryLines } from "./boundaryLines";

/**
 * The outline of everything that belongs with area `area`, as segments in lon/lat degrees (four numbers each):
 * the coasts of every area with the same owner, and the borders with that owner on exactly one side (a border
 * between two areas of one owner is inside the outline, not on it).
 *
 * `owners` gives each area's owner by palette index (for land pieces on a date: the screen's `borderOwners`, so
 * "UKR/RUS", land held without recognition, is an owner of its own); an area past the end of `owners` (a sea) owns
 * only itself. An area with no segments of its own gives an empty outline.
 */
export function areaOutline(lines: BoundaryLines, owners: readonly string[], area: number): Float32Array {
  if (area < 0) return new Float32Array(0);
  const own = area < owners.length ? owners[area]! : null;
  const mine = own === null ? (a: number) => a === area : (a: number) => a < owners.length && owners[a] === own;
  const { coasts, coastAreas, borders, borderAreas } = lines;
  let count = 0;
  for (let s = 0; s < coastAreas.length; s++) if (mine(coastAreas[s]!)) count++;
  for (let s = 0; s * 2 < borderAreas.length; s++) if (mine(borderAreas[s * 2]!) !== mine(borderAreas[s * 2 + 1]!)) count++;
  const out = new Float32Array(count * 4);
  let o = 0;
  for (let s = 0; s < coastAreas.length; s++) if (mine(coastAreas[s]!)) out.set(coasts.subarray(s * 4, s * 4 + 4), (o++) * 4);
  for (let s = 0; s * 2 < borderAreas.length; s++)
    if (mine(borderAreas[s * 2]!) !== mine(borderAreas[s * 2 + 1]!)) out.set(borders.subarray(s * 4, s * 4 + 4), (o++) * 4);
  return out;
}
