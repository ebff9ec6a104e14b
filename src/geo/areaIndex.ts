import { pointInRing } from "./pointInRing";
import type { LonLat } from "./units";

export interface IndexedArea {
  /** Palette index returned by a hit. */
  index: number;
  /** Polygons made continuous across the antimeridian (see continuousRing): outer ring, then holes. */
  polygons: readonly (readonly (readonly LonLat[])[])[];
}

interface Entry {
  index: number;
  polygons: readonly (readonly (readonly LonLat[])[])[];
  box: [number, number, number, number];
}

/**
 * Finds which area contains a point, by bounding box then even–odd test on the plane rings. Areas are
 * tested in the order given, so land listed before seas wins where they overlap.
 */
export class AreaIndex {
  private readonly entries: Entry[] = [];

  constructor(areas: readonly IndexedArea[]) {
    for (const a of areas) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const p of a.polygons)
        for (const [x, y] of p[0] ?? []) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      if (minX <= maxX) this.entries.push({ index: a.index, polygons: a.polygons, box: [minX, minY, maxX, maxY] });
    }
  }

  /** Palette index of the area containing (lon, lat), or -1. */
  find(lon: number, lat: number): number {
    for (const e of this.entries) {
      for (const x of [lon, lon + 360, lon - 360]) {
        if (x < e.box[0] || x > e.box[2] || lat < e.box[1] || lat > e.box[3]) continue;
        for (const p of e.polygons) {
          if (!pointInRing(x, lat, p[0]!)) continue;
          let inHole = false;
          for (let h = 1; h < p.length && !inHole; h++) inHole = pointInRing(x, lat, p[h]!);
          if (!inHole) return e.index;
        }
      }
    }
    return -1;
  }
}
