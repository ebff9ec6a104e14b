import { expandFill, type FillGeometry } from "./expandFill";
import { triangulatePolygon, type PlaneTriangles } from "./triangulate";
import type { GlobeRadii, Polygon } from "./units";

export interface FillArea {
  /** Palette index written to every vertex of this area. */
  index: number;
  polygons: readonly Polygon[];
}

/**
 * Triangulates all areas into a single indexed geometry on a sphere of the given radius, without rounding
 * (the shipped geometry is rounded and packed at build time: see packGeography and expandFill).
 * `step` is the largest triangle side in degrees (see triangulatePolygon).
 */
export function buildFill(areas: readonly FillArea[], radius: GlobeRadii, step: number): FillGeometry {
  const planes = areas.map((a) => {
    const tri: PlaneTriangles = { coords: [], indices: [] };
    for (const p of a.polygons) triangulatePolygon(p, step, tri);
    return { index: a.index, coords: tri.coords, indices: tri.indices };
  });
  return expandFill(planes, 1, radius);
}
