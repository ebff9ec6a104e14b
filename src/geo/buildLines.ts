import { unwrapPath } from "./antimeridian";
import { lonLatToXyz } from "./lonLatToXyz";
import { subdividePath } from "./subdivide";
import type { GlobeRadii, LonLat } from "./units";

/**
 * Positions for a THREE.LineSegments (two points per segment) drawing the given lon/lat paths on a
 * sphere, continuous across the antimeridian and subdivided so no segment is longer than `maxStep` degrees.
 */
export function buildLines(paths: readonly (readonly LonLat[])[], radius: GlobeRadii, maxStep: number): Float32Array {
  const pieces = paths.map((p) => subdividePath(unwrapPath(p), maxStep));
  const segments = pieces.reduce((n, p) => n + Math.max(0, p.length - 1), 0);
  const out = new Float32Array(segments * 6);
  const a: [number, number, number] = [0, 0, 0];
  const b: [number, number, number] = [0, 0, 0];
  let o = 0;
  for (const p of pieces) {
    for (let i = 1; i < p.length; i++) {
      lonLatToXyz(p[i - 1]![0], p[i - 1]![1], radius, a);
      lonLatToXyz(p[i]![0], p[i]![1], radius, b);
      out.set(a, o);
      out.set(b, o + 3);
      o += 6;
    }
  }
  return out;
}
