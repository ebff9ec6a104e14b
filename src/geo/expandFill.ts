import { lonLatToXyz } from "./lonLatToXyz";
import type { PackedArea } from "./packedArea";
import type { GlobeRadii, Vec3 } from "./units";

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

/** Plane triangles of one area: [lon, lat] × quantum per vertex, three vertex numbers per triangle. */
export type PlaneArea = Pick<PackedArea, "index"> & { coords: ArrayLike<number>; indices: ArrayLike<number> };

/**
 * Turns areas' plane triangles (packed ones, or unrounded ones with quantum 1) into one indexed mesh on a
 * sphere of the given radius.
 */
export function expandFill(areas: readonly PlaneArea[], quantum: number, radius: GlobeRadii): FillGeometry {
  let vertexCount = 0;
  let indexCount = 0;
  for (const a of areas) {
    vertexCount += a.coords.length / 2;
    indexCount += a.indices.length;
  }
  const positions = new Float32Array(vertexCount * 3);
  const area = new Float32Array(vertexCount);
  const lonLat = new Float32Array(vertexCount * 2);
  const indices = new Uint32Array(indexCount);
  const xyz: Vec3 = [0, 0, 0];
  let v = 0;
  let k = 0;
  for (const a of areas) {
    const base = v;
    const n = a.coords.length / 2;
    for (let i = 0; i < n; i++) {
      const lon = a.coords[i * 2]! / quantum;
      const lat = a.coords[i * 2 + 1]! / quantum;
      lonLatToXyz(lon, lat, radius, xyz);
      positions[v * 3] = xyz[0];
      positions[v * 3 + 1] = xyz[1];
      positions[v * 3 + 2] = xyz[2];
      lonLat[v * 2] = lon;
      lonLat[v * 2 + 1] = lat;
      area[v] = a.index;
      v++;
    }
    for (let i = 0; i < a.indices.length; i++) indices[k++] = base + a.indices[i]!;
  }
  return { positions, area, indices, lonLat };
}
