import { xyzToLonLat } from "./lonLatToXyz";
import type { LonLat, Vec3 } from "./units";

/**
 * Label point of a set of areas of a fill geometry: the area-weighted centre of their triangles on the
 * sphere, counting only triangles within `maxAngle` degrees of `focus` (so an alliance spread over two
 * continents gets a label point in the part being looked at). The centre is then moved to the nearest
 * counted triangle, so the label point lies on the areas themselves. Returns null when no triangle counts.
 */
export function areaCentroid(
  positions: Float32Array,
  indices: Uint32Array,
  area: Float32Array,
  include: (areaIndex: number) => boolean,
  focus: Readonly<Vec3>,
  maxAngle: number,
): LonLat | null {
  const cosMax = Math.cos((maxAngle * Math.PI) / 180);
  const fl = Math.hypot(focus[0], focus[1], focus[2]) || 1;
  let sx = 0;
  let sy = 0;
  let sz = 0;
  const counted: number[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!;
    if (!include(area[a]!)) continue;
    const b = indices[t + 1]!;
    const c = indices[t + 2]!;
    const ax = positions[a * 3]!, ay = positions[a * 3 + 1]!, az = positions[a * 3 + 2]!;
    const bx = positions[b * 3]!, by = positions[b * 3 + 1]!, bz = positions[b * 3 + 2]!;
    const cx = positions[c * 3]!, cy = positions[c * 3 + 1]!, cz = positions[c * 3 + 2]!;
    const mx = (ax + bx + cx) / 3, my = (ay + by + cy) / 3, mz = (az + bz + cz) / 3;
    const ml = Math.hypot(mx, my, mz) || 1;
    if ((mx * focus[0] + my * focus[1] + mz * focus[2]) / (ml * fl) < cosMax) continue;
    const ux = bx - ax, uy = by - ay, uz = bz - az;
    const vx = cx - ax, vy = cy - ay, vz = cz - az;
    const w = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
    sx += mx * w;
    sy += my * w;
    sz += mz * w;
    counted.push(mx / ml, my / ml, mz / ml);
  }
  if (sx === 0 && sy === 0 && sz === 0) return null;
  const sl = Math.hypot(sx, sy, sz);
  let best = 0;
  let bestDot = -Infinity;
  for (let i = 0; i < counted.length; i += 3) {
    const d = (counted[i]! * sx + counted[i + 1]! * sy + counted[i + 2]! * sz) / sl;
    if (d > bestDot) {
      bestDot = d;
      best = i;
    }
  }
  return xyzToLonLat(counted[best]!, counted[best + 1]!, counted[best + 2]!);
}
