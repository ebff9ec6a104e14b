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
  let x: number;
  let y: number;
  let z: number;
  if (Math.PI - omega < 1e-4) {
    // (Nearly) opposite points: every great circle joins them; take the one through the pole nearest the start
    // (or, from a pole, the one through lon 0), turning steadily from a through a perpendicular p to b.
    let px = -ax * ay;
    let py = 1 - ay * ay;
    let pz = -az * ay;
    let pl = Math.hypot(px, py, pz);
    if (pl < 1e-6) {
      px = 1 - ax * ax;
      py = -ay * ax;
      pz = -az * ax;
      pl = Math.hypot(px, py, pz);
    }
    px /= pl;
    py /= pl;
    pz /= pl;
    const c = Math.cos(Math.PI * t);
    const sn = Math.sin(Math.PI * t);
    x = ax * c + px * sn;
    y = ay * c + py * sn;
    z = az * c + pz * sn;
  } else {
    let s0 = 1 - t;
    let s1 = t;
    if (omega > 1e-6) {
      s0 = Math.sin((1 - t) * omega) / Math.sin(omega);
      s1 = Math.sin(t * omega) / Math.sin(omega);
    }
    x = s0 * ax + s1 * bx;
    y = s0 * ay + s1 * by;
    z = s0 * az + s1 * bz;
    const len = Math.hypot(x, y, z) || 1;
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
