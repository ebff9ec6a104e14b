import { lonLatToXyz } from "./lonLatToXyz";
import type { GlobeRadii, LonLat } from "./units";

/**
 * Points along the great circle from a to b (spherical interpolation), raised above a sphere of the
 * given radius by `lift` × sin(πt) so the line stays visible over the land. Returns xyz triples.
 */
export function greatCircleArc(a: LonLat, b: LonLat, radius: GlobeRadii, lift: number, segments: number): Float32Array {
  const p = lonLatToXyz(a[0], a[1], 1);
  const q = lonLatToXyz(b[0], b[1], 1);
  const dot = Math.max(-1, Math.min(1, p[0] * q[0] + p[1] * q[1] + p[2] * q[2]));
  const omega = Math.acos(dot);
  const out = new Float32Array((segments + 1) * 3);
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    let s0 = 1 - t;
    let s1 = t;
    if (omega > 1e-6) {
      s0 = Math.sin((1 - t) * omega) / Math.sin(omega);
      s1 = Math.sin(t * omega) / Math.sin(omega);
    }
    const r = radius + lift * Math.sin(Math.PI * t);
    const x = s0 * p[0] + s1 * q[0];
    const y = s0 * p[1] + s1 * q[1];
    const z = s0 * p[2] + s1 * q[2];
    const len = Math.hypot(x, y, z) || 1;
    out[i * 3] = (x / len) * r;
    out[i * 3 + 1] = (y / len) * r;
    out[i * 3 + 2] = (z / len) * r;
  }
  return out;
}
