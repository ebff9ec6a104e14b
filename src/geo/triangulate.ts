import earcut from "earcut";
import { continuousRing } from "./antimeridian";
import { clipToGrid } from "./clipToGrid";
import type { Polygon } from "./units";

/** Triangles in the lon/lat plane: `coords` are [lon, lat, …] (lon may run past ±180), `indices` index them. */
export interface PlaneTriangles {
  coords: number[];
  indices: number[];
}

/**
 * Triangulates a geographic polygon into triangles no larger than `step` degrees on a side (a grid cut
 * before ear clipping), continuous across the antimeridian and closed over a pole where a ring circles it.
 * Appends to `out` and returns it.
 */
export function triangulatePolygon(polygon: Polygon, step: number, out: PlaneTriangles = { coords: [], indices: [] }): PlaneTriangles {
  const outerRing = polygon[0];
  if (!outerRing) return out;
  const outer = continuousRing(outerRing);
  if (outer.length < 3) return out;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const p of outer) {
    minLon = Math.min(minLon, p[0]);
    maxLon = Math.max(maxLon, p[0]);
  }
  const rings: number[][] = [outer.flat()];
  for (let i = 1; i < polygon.length; i++) {
    const hole = continuousRing(polygon[i]!);
    if (hole.length < 3) continue;
    // Put the hole on the same side of the antimeridian as its outer ring.
    const mid = hole.reduce((s, p) => s + p[0], 0) / hole.length;
    const shift = mid < minLon ? 360 : mid > maxLon ? -360 : 0;
    rings.push(hole.flatMap(([lon, lat]) => [lon + shift, lat]));
  }
  clipToGrid(rings, step, (cell) => {
    const data: number[] = [];
    const holes: number[] = [];
    for (let r = 0; r < cell.length; r++) {
      if (r > 0) holes.push(data.length / 2);
      data.push(...cell[r]!);
    }
    const tri = earcut(data, holes, 2);
    const base = out.coords.length / 2;
    for (const v of data) out.coords.push(v);
    for (const i of tri) out.indices.push(base + i);
  });
  return out;
}
