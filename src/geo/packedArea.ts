import type { PlaneTriangles } from "./triangulate";

/**
 * One area's triangles with integer coordinates: [lon, lat] × `quantum` per vertex in the lon/lat plane
 * (lon may run past ±180 where the area was made continuous across the antimeridian). Vertices are shared
 * within the area and numbered in the order the triangles first use them.
 */
export interface PackedArea {
  /** Palette index of the area. */
  index: number;
  /** Interleaved integer lon, lat (degrees × quantum). */
  coords: Int32Array;
  /** Three vertex numbers per triangle, local to this area. */
  indices: Uint32Array;
}

/** Safe integer key of an integer coordinate pair (|x|, |y| < 2^24). */
export const pairKey = (x: number, y: number) => (x + 2 ** 24) * 2 ** 25 + (y + 2 ** 24);

/**
 * Rounds an area's plane triangles to a grid of 1/quantum degrees, merges vertices that land on the same
 * grid point, drops triangles that collapse, and renumbers vertices in order of first use.
 */
export function quantizeArea(index: number, tri: PlaneTriangles, quantum: number): PackedArea {
  const { coords, indices } = tri;
  // First: each input vertex → one grid point (merged by key).
  const pointOf = new Int32Array(coords.length / 2);
  const keyToPoint = new Map<number, number>();
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < pointOf.length; i++) {
    const x = Math.round(coords[i * 2]! * quantum);
    const y = Math.round(coords[i * 2 + 1]! * quantum);
    const key = pairKey(x, y);
    let p = keyToPoint.get(key);
    if (p === undefined) {
      p = px.length;
      keyToPoint.set(key, p);
      px.push(x);
      py.push(y);
    }
    pointOf[i] = p;
  }
  // Then: keep triangles whose corners stay distinct, numbering points in order of first use.
  const numberOf = new Int32Array(px.length).fill(-1);
  const order: number[] = [];
  const out: number[] = [];
  const number = (p: number) => {
    if (numberOf[p]! < 0) {
      numberOf[p] = order.length;
      order.push(p);
    }
    return numberOf[p]!;
  };
  for (let t = 0; t < indices.length; t += 3) {
    const a = pointOf[indices[t]!]!;
    const b = pointOf[indices[t + 1]!]!;
    const c = pointOf[indices[t + 2]!]!;
    if (a === b || b === c || a === c) continue;
    out.push(number(a), number(b), number(c));
  }
  const packed = new Int32Array(order.length * 2);
  order.forEach((p, i) => {
    packed[i * 2] = px[p]!;
    packed[i * 2 + 1] = py[p]!;
  });
  return { index, coords: packed, indices: Uint32Array.from(out) };
}
