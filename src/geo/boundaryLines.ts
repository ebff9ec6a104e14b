import type { PackedArea } from "./packedArea";

/** The outlines of a set of areas as line segments in lon/lat degrees (four numbers per segment). */
export interface BoundaryLines {
  /** Segments on the edge of one area only (coastlines). */
  coasts: Float32Array;
  /** Segments shared by two areas. */
  borders: Float32Array;
  /** The two areas' palette indices for each border segment. */
  borderAreas: Uint16Array;
}

/**
 * Finds the outline of every area from its triangles: an edge used by one triangle of an area is on its
 * outline (edges inside an area, including the cuts of the triangulation grid, are used twice). Outline
 * edges are then matched across areas by their position on the sphere: found once, a coast; found in two
 * areas, a border between them; found twice in the same area, a seam that the sphere closes (the
 * antimeridian, or a pole), which is not drawn. Edges along the antimeridian itself are never drawn either:
 * no coast or border runs along it, only the cuts that split shapes there.
 */
export function boundaryLines(areas: readonly PackedArea[], quantum: number): BoundaryLines {
  const full = 360 * quantum;
  const pole = 90 * quantum;
  // Integer key of a grid point on the sphere: longitudes that differ by 360° and all points of a pole agree.
  const onAntimeridian = (x: number) => (((x % full) + full) % full) === full / 2;
  const pointKey = (x: number, y: number) => {
    const lon = Math.abs(y) === pole ? 0 : ((x % full) + full) % full;
    return lon * 2 ** 20 + (y + pole);
  };
  const found = new Map<string, { areas: number[]; x1: number; y1: number; x2: number; y2: number }>();
  for (const a of areas) {
    const uses = new Map<number, number>();
    const n = a.coords.length / 2;
    const edgeKey = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
    for (let t = 0; t < a.indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const key = edgeKey(a.indices[t + e]!, a.indices[t + ((e + 1) % 3)]!);
        uses.set(key, (uses.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of uses) {
      if (count !== 1) continue;
      const i = Math.floor(key / n);
      const j = key % n;
      const x1 = a.coords[i * 2]!;
      const y1 = a.coords[i * 2 + 1]!;
      const x2 = a.coords[j * 2]!;
      const y2 = a.coords[j * 2 + 1]!;
      const p = pointKey(x1, y1);
      const q = pointKey(x2, y2);
      if (p === q || (onAntimeridian(x1) && onAntimeridian(x2))) continue;
      const k = p < q ? `${p}:${q}` : `${q}:${p}`;
      const seen = found.get(k);
      if (seen) seen.areas.push(a.index);
      else found.set(k, { areas: [a.index], x1, y1, x2, y2 });
    }
  }
  const coasts: number[] = [];
  const borders: number[] = [];
  const borderAreas: number[] = [];
  for (const s of found.values()) {
    const seg = [s.x1 / quantum, s.y1 / quantum, s.x2 / quantum, s.y2 / quantum];
    const [a, ...rest] = s.areas;
    const other = rest.find((b) => b !== a);
    if (rest.length === 0) coasts.push(...seg);
    else if (other !== undefined) {
      borders.push(...seg);
      borderAreas.push(a!, other);
    }
  }
  return { coasts: Float32Array.from(coasts), borders: Float32Array.from(borders), borderAreas: Uint16Array.from(borderAreas) };
}
