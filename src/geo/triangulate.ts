import earcut from "earcut";
import { planarPolygon } from "./antimeridian";
import { clipToGrid } from "./clipToGrid";
import type { Polygon } from "./units";

/** Triangles in the lon/lat plane: `coords` are [lon, lat, …] (lon may run past ±180), `indices` index them. */
export interface PlaneTriangles {
  coords: number[];
  indices: number[];
}

/**
 * Triangulates a geographic polygon into triangles no larger than `step` degrees on a side (a grid cut
 * before ear clipping), continuous across the antimeridian and closed over a pole where a ring circles it
 * (see planarPolygon).
 * Appends to `out` and returns it.
 */
export function triangulatePolygon(polygon: Polygon, step: number, out: PlaneTriangles = { coords: [], indices: [] }): PlaneTriangles {
  const rings = planarPolygon(polygon).map((r) => r.flat());
  if (rings.length === 0) return out;
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
