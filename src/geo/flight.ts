import { geoInterpolate } from "d3-geo";
import { lonLatToXyz, xyzToLonLat } from "./lonLatToXyz";
import type { Vec3 } from "./units";

/**
 * The camera positions of one flight around the globe's centre: `path(t, out)` writes the position at progress
 * t (0–1) into `out` and returns it. `angle` is how far the direction turns, in radians.
 */
export interface FlightPath {
  (t: number, out: Vec3): Vec3;
  readonly angle: number;
}

/** Closer to opposite than this (radians short of π), every great circle is as short: see flightPath. */
const OPPOSITE = 1e-4;

/**
 * The flight from `from` to `to` around the globe's centre: the direction moves along the great circle between
 * them (d3-geo's geoInterpolate, set up once here) and the distance from the centre changes linearly, so the
 * camera never dips towards the globe. Between (nearly) opposite points it turns through the pole nearest the
 * start (or, from a pole, through lon 0). Build it once per flight and call it each frame: a call allocates only
 * the [lon, lat] pair that geoInterpolate returns.
 */
export function flightPath(from: Vec3, to: Vec3): FlightPath {
  const ra = Math.hypot(from[0], from[1], from[2]) || 1;
  const rb = Math.hypot(to[0], to[1], to[2]) || 1;
  const ax = from[0] / ra, ay = from[1] / ra, az = from[2] / ra;
  const bx = to[0] / rb, by = to[1] / rb, bz = to[2] / rb;
  // atan2 of |a × b| and a · b: accurate near 0 and near π, where acos of the dot product is not.
  const angle = Math.atan2(Math.hypot(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx), ax * bx + ay * by + az * bz);
  let direction: (t: number, out: Vec3) => Vec3;
  if (Math.PI - angle < OPPOSITE) {
    // Every great circle joins opposite points: turn steadily from a through a perpendicular p, half a turn.
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
    direction = (t, out) => {
      const c = Math.cos(Math.PI * t);
      const s = Math.sin(Math.PI * t);
      out[0] = ax * c + px * s;
      out[1] = ay * c + py * s;
      out[2] = az * c + pz * s;
      return out;
    };
  } else {
    const along = geoInterpolate(xyzToLonLat(ax, ay, az), xyzToLonLat(bx, by, bz));
    direction = (t, out) => {
      const [lon, lat] = along(t);
      return lonLatToXyz(lon, lat, 1, out);
    };
  }
  const path = (t: number, out: Vec3): Vec3 => {
    direction(t, out);
    const r = ra + (rb - ra) * t;
    out[0] *= r;
    out[1] *= r;
    out[2] *= r;
    return out;
  };
  return Object.assign(path, { angle });
}

/**
 * Camera position at progress t (0–1) of a flight from `from` to `to` (see flightPath), written into `out`.
 * Sets the flight up on every call: a camera that moves each frame builds its flightPath once instead.
 */
export function flightPosition(from: Vec3, to: Vec3, t: number, out: Vec3): Vec3 {
  return flightPath(from, to)(t, out);
}

/** How long a flight over `angle` radians lasts, in seconds: longer for longer moves, within 0.6–1.6 s. */
export function flightDuration(angle: number): number {
  return Math.min(1.6, 0.6 + angle * 0.8);
}
