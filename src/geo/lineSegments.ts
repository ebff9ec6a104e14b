import { lonLatToXyz } from "./lonLatToXyz";
import type { GlobeRadii, Vec3 } from "./units";

/**
 * Positions for a THREE.LineSegments from segments in lon/lat degrees (four numbers each), keeping those
 * for which `keep(segment number)` is true.
 */
export function lineSegmentsXyz(lonLat: Float32Array, radius: GlobeRadii, keep: (segment: number) => boolean = () => true): Float32Array {
  const count = lonLat.length / 4;
  let kept = 0;
  for (let s = 0; s < count; s++) if (keep(s)) kept++;
  const out = new Float32Array(kept * 6);
  const xyz: Vec3 = [0, 0, 0];
  let o = 0;
  for (let s = 0; s < count; s++) {
    if (!keep(s)) continue;
    for (let e = 0; e < 2; e++) {
      lonLatToXyz(lonLat[s * 4 + e * 2]!, lonLat[s * 4 + e * 2 + 1]!, radius, xyz);
      out[o++] = xyz[0];
      out[o++] = xyz[1];
      out[o++] = xyz[2];
    }
  }
  return out;
}
