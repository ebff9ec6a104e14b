import { geoInterpolate } from "d3-geo";
import { lonLatToXyz } from "./lonLatToXyz";
import type { GlobeRadii, LonLat, Vec3 } from "./units";

/**
 * Points along the great circle from a to b (d3-geo's geoInterpolate), raised above a sphere of the given
 * radius by `lift` × sin(πt) so the line stays visible over the land. Returns xyz triples.
 */
export function greatCircleArc(a: LonLat, b: LonLat, radius: GlobeRadii, lift: number, segments: number): Float32Array {
  const along = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
  const out = new Float32Array((segments + 1) * 3);
  const p: Vec3 = [0, 0, 0];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const [lon, lat] = along(t);
    lonLatToXyz(lon, lat, radius + lift * Math.sin(Math.PI * t), p);
    out.set(p, i * 3);
  }
  return out;
}
