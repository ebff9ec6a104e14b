import type { FillGeometry } from "./expandFill";

const CELL = 3;
const cellKey = (cx: number, cy: number) => (cx + 1000) * 1000 + (cy + 100);

/**
 * Finds which area contains a point by testing the very triangles that are drawn (in the lon/lat plane),
 * looked up through a grid of 3° cells. Meshes are searched in the order given, so land listed before seas
 * wins where they overlap.
 */
export class TriangleIndex {
  private readonly cells = new Map<number, number[]>();
  /** Six plane coordinates per triangle. */
  private readonly corners: Float64Array;
  private readonly areas: Float32Array;

  constructor(meshes: readonly FillGeometry[]) {
    const total = meshes.reduce((n, m) => n + m.indices.length / 3, 0);
    this.corners = new Float64Array(total * 6);
    this.areas = new Float32Array(total);
    let t = 0;
    for (const m of meshes) {
      for (let i = 0; i < m.indices.length; i += 3, t++) {
        let minX = Infinity;
        let minY = Infinity;
        let maxX = -Infinity;
        let maxY = -Infinity;
        for (let c = 0; c < 3; c++) {
          const v = m.indices[i + c]!;
          const x = m.lonLat[v * 2]!;
          const y = m.lonLat[v * 2 + 1]!;
          this.corners[t * 6 + c * 2] = x;
          this.corners[t * 6 + c * 2 + 1] = y;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
        this.areas[t] = m.area[m.indices[i]!]!;
        // A triangle with no area (its corners in a line) contains nothing, whatever the sign test says.
        const o = t * 6;
        const c = this.corners;
        if ((c[o + 2]! - c[o]!) * (c[o + 5]! - c[o + 1]!) - (c[o + 4]! - c[o]!) * (c[o + 3]! - c[o + 1]!) === 0) continue;
        for (let cx = Math.floor(minX / CELL); cx <= Math.floor(maxX / CELL); cx++)
          for (let cy = Math.floor(minY / CELL); cy <= Math.floor(maxY / CELL); cy++) {
            const key = cellKey(cx, cy);
            const list = this.cells.get(key);
            if (list) list.push(t);
            else this.cells.set(key, [t]);
          }
      }
    }
  }

  /** Palette index of the area containing (lon, lat), or -1. */
  find(lon: number, lat: number): number {
    // Triangles are numbered in mesh order: the lowest number found wins, whichever copy of the longitude found it.
    let best = -1;
    for (const x of [lon, lon + 360, lon - 360]) {
      const list = this.cells.get(cellKey(Math.floor(x / CELL), Math.floor(lat / CELL)));
      if (!list) continue;
      for (const t of list) {
        if (best >= 0 && t >= best) break;
        if (this.inside(t, x, lat)) best = t;
      }
    }
    return best < 0 ? -1 : this.areas[best]!;
  }

  private inside(t: number, x: number, y: number): boolean {
    const c = this.corners;
    const o = t * 6;
    const d1 = (x - c[o + 2]!) * (c[o + 1]! - c[o + 3]!) - (c[o]! - c[o + 2]!) * (y - c[o + 3]!);
    const d2 = (x - c[o + 4]!) * (c[o + 3]! - c[o + 5]!) - (c[o + 2]! - c[o + 4]!) * (y - c[o + 5]!);
    const d3 = (x - c[o]!) * (c[o + 5]! - c[o + 1]!) - (c[o + 4]! - c[o]!) * (y - c[o + 1]!);
    const negative = d1 < 0 || d2 < 0 || d3 < 0;
    const positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(negative && positive);
  }
}
