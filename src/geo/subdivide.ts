import type { LonLat } from "./units";

/**
 * Inserts evenly spaced points (interpolated in lon/lat) so that no segment of the path is longer than
 * `maxStep` degrees. Straight lines on the map (meridians, parallels) stay on them; once projected,
 * short segments hug the sphere instead of cutting under it.
 */
export function subdividePath(path: readonly LonLat[], maxStep: number): LonLat[] {
  if (!(maxStep > 0)) throw new Error(`invalid maxStep: ${maxStep}`);
  if (path.length === 0) return [];
  const out: LonLat[] = [path[0]!];
  for (let i = 1; i < path.length; i++) {
    const [x0, y0] = path[i - 1]!;
    const [x1, y1] = path[i]!;
    const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / maxStep);
    for (let k = 1; k < n; k++) {
      const t = k / n;
      out.push([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]);
    }
    out.push(path[i]!);
  }
  return out;
}
