import { clamp } from "./easing";
import { DEG, type GlobeRadii, type Vec3 } from "./units";

/**
 * Position on a sphere of the given radius for a longitude and latitude in degrees.
 * Axes: y points to the north pole, (lon 0, lat 0) lies on +z, lon 90° east on +x.
 * Writes into `out` (no allocation when one is passed) and returns it.
 */
export function lonLatToXyz(
  lon: number,
  lat: number,
  radius: GlobeRadii | number = 1,
  out: Vec3 = [0, 0, 0],
): Vec3 {
  const phi = lat * DEG;
  const lambda = lon * DEG;
  const c = Math.cos(phi);
  out[0] = radius * c * Math.sin(lambda);
  out[1] = radius * Math.sin(phi);
  out[2] = radius * c * Math.cos(lambda);
  return out;
}

/** Inverse of lonLatToXyz: longitude in [-180, 180] and latitude in degrees of a point (any length). */
export function xyzToLonLat(x: number, y: number, z: number): [lon: number, lat: number] {
  const r = Math.hypot(x, y, z);
  if (r === 0) return [0, 0];
  const lat = Math.asin(clamp(y / r, -1, 1)) / DEG;
  const lon = Math.atan2(x, z) / DEG;
  return [lon, lat];
}
