import { lonLatToXyz } from "./lonLatToXyz";
import { triangulatePolygon, type PlaneTriangles } from "./triangulate";
import type { GlobeRadii, Polygon } from "./units";

/** One mesh's worth of filled areas on the sphere, each vertex tagged with the index of its area. */
export interface FillGeometry {
  /** xyz per vertex, in globe radii. */
  positions: Float32Array;
  /** Index of the area (palette entry) each vertex belongs to. */
  area: Float32Array;
  indices: Uint32Array;
  /** The same vertices as [lon, lat] in the lon/lat plane (lon may run past ±180), for picking. */
  lonLat: Float32Array;
}

export interface FillArea {
  /** Palette index written to every vertex of this area. */
  index: number;
  polygons: readonly Polygon[];
}

/**
 * Triangulates all areas into a single indexed geometry on a sphere of the given radius.
 * `step` is the largest triangle side in degrees (see triangulatePolygon).
 */
export function buildFill(areas: readonly FillArea[], radius: GlobeRadii, step: number): FillGeometry {
  const chunks: { index: number; tri: PlaneTriangles }[] = [];
  let vertexCount = 0;
  let indexCount = 0;
  for (const a of areas) {
    const tri: PlaneTriangles = { coords: [], indices: [] };
    for (const p of a.polygons) triangulatePolygon(p, step, tri);
    chunks.push({ index: a.index, tri });
    vertexCount += tri.coords.length / 2;
    indexCount += tri.indices.length;
  }
  const positions = new Float32Array(vertexCount * 3);
  const area = new Float32Array(vertexCount);
  const lonLat = new Float32Array(vertexCount * 2);
  const indices = new Uint32Array(indexCount);
  const xyz: [number, number, number] = [0, 0, 0];
  let v = 0;
  let k = 0;
  for (const { index, tri } of chunks) {
    const base = v;
    for (let i = 0; i < tri.coords.length; i += 2) {
      lonLatToXyz(tri.coords[i]!, tri.coords[i + 1]!, radius, xyz);
      positions.set(xyz, v * 3);
      lonLat[v * 2] = tri.coords[i]!;
      lonLat[v * 2 + 1] = tri.coords[i + 1]!;
      area[v] = index;
      v++;
    }
    for (const i of tri.indices) indices[k++] = base + i;
  }
  return { positions, area, indices, lonLat };
}
