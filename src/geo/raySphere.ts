/**
 * Distance along a ray (origin o, unit direction d) to its first hit with a sphere of radius r centred
 * at the origin, or -1 when it misses. Pure arithmetic, so the globe can be picked without raycasting
 * its triangles.
 */
export function raySphere(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, r: number): number {
  const b = ox * dx + oy * dy + oz * dz;
  const c = ox * ox + oy * oy + oz * oz - r * r;
  const disc = b * b - c;
  if (disc < 0) return -1;
  const t = -b - Math.sqrt(disc);
  if (t >= 0) return t;
  const t2 = -b + Math.sqrt(disc);
  return t2 >= 0 ? t2 : -1;
}
