/** A camera position in scene units. */
export type Vec3 = [number, number, number];

/**
 * Camera position at progress t (0–1) of a flight from `from` to `to` around the globe's centre: the
 * direction moves along the great circle between them (spherical interpolation) and the distance from
 * the centre changes linearly, so the camera never dips towards the globe. Writes into `out`.
 */
export function flightPosition(from: Vec3, to: Vec3, t: number, out: Vec3): Vec3 {
  const ra = Math.hypot(from[0], from[1], from[2]) || 1;
  const rb = Math.hypot(to[0], to[1], to[2]) || 1;
  const ax = from[0] / ra, ay = from[1] / ra, az = from[2] / ra;
  const bx = to[0] / rb, by = to[1] / rb, bz = to[2] / rb;
  const dot = Math.max(-1, Math.min(1, ax * bx + ay * by + az * bz));
  const omega = Math.acos(dot);
  let s0 = 1 - t;
  let s1 = t;
  if (omega > 1e-6 && Math.PI - omega > 1e-6) {
    s0 = Math.sin((1 - t) * omega) / Math.sin(omega);
    s1 = Math.sin(t * omega) / Math.sin(omega);
  }
  let x = s0 * ax + s1 * bx;
  let y = s0 * ay + s1 * by;
  let z = s0 * az + s1 * bz;
  const len = Math.hypot(x, y, z);
  if (len < 1e-9) {
    // Exactly opposite points: go over the pole.
    x = 0;
    y = 1;
    z = 0;
  } else {
    x /= len;
    y /= len;
    z /= len;
  }
  const r = ra + (rb - ra) * t;
  out[0] = x * r;
  out[1] = y * r;
  out[2] = z * r;
  return out;
}

/** How long a flight over `angle` radians lasts, in seconds: longer for longer moves, within 0.6–1.6 s. */
export function flightDuration(angle: number): number {
  return Math.min(1.6, 0.6 + angle * 0.8);
}
