import type { PackedArea } from "./packedArea";

/** The outlines of a set of areas as line segments in lon/lat degrees (four numbers per segment). */
export interface BoundaryLines {
  /** Segments on the edge of one area only (coastlines). */
  coasts: Float32Array;
  /** The palette index of the area each coast segment is the edge of. */
  coastAreas: Uint16Array;
  /** Segments shared by two areas. */
  borders: Float32Array;
  /** The two areas' palette indices for each border segment. */
  borderAreas: Uint16Array;
}

/**
 * Finds the outline of every area from its triangles: an edge used by one triangle of an area is on its
 * outline (edges inside an area are used twice). Outline edges are then matched across areas by their
 * position on the sphere: found once, a coast; found in two areas, a border between them; found twice in the
 * same area, a seam that the sphere closes (the antimeridian, or a pole), which is not drawn. Edges along the
 * antimeridian itself are never drawn either: no coast or border runs along it, only the cuts that split
 * shapes there.
 *
 * Edges on the lines of the triangulation grid (multiples of `gridStep` degrees) are settled differently,
 * because cutting a ring there can leave zero-width slivers along the line: each stretch of a grid line is
 * looked at from both sides, and is an outline only where area lies on one side of it and not the other.
 */
export function boundaryLines(areas: readonly PackedArea[], quantum: number, gridStep: number): BoundaryLines {
  const full = 360 * quantum;
  const pole = 90 * quantum;
  const grid = Math.round(gridStep * quantum);
  const wrap = (x: number) => ((x % full) + full) % full;
  const onGrid = (v: number) => ((v % grid) + grid) % grid === 0;
  const onAntimeridian = (x: number) => wrap(x) === full / 2;
  // Integer key of a grid point on the sphere: longitudes that differ by 360° and all points of a pole agree.
  const pointKey = (x: number, y: number) => {
    const lon = Math.abs(y) === pole ? 0 : wrap(x);
    return lon * 2 ** 20 + (y + pole);
  };
  // Points get small ids so that an edge's key (two ids) stays a safe integer.
  const pointIds = new Map<number, number>();
  const pointId = (key: number) => {
    let id = pointIds.get(key);
    if (id === undefined) pointIds.set(key, (id = pointIds.size));
    return id;
  };

  const edgeKeys: number[] = [];
  const edgeArea: number[] = [];
  const edgeCoords: number[] = [];
  const addEdge = (area: number, x1: number, y1: number, x2: number, y2: number) => {
    const p = pointId(pointKey(x1, y1));
    const q = pointId(pointKey(x2, y2));
    if (p === q || (onAntimeridian(x1) && onAntimeridian(x2))) return;
    edgeKeys.push(p < q ? p * 2 ** 26 + q : q * 2 ** 26 + p);
    edgeArea.push(area);
    edgeCoords.push(x1 / quantum, y1 / quantum, x2 / quantum, y2 / quantum);
  };
  // Stretches of grid lines that are sides of triangles: line "axis:position" → [from, to, area, side].
  const gridSides = new Map<string, number[]>();

  for (const a of areas) {
    const n = a.coords.length / 2;
    const keys: number[] = [];
    const c = a.coords;
    for (let t = 0; t < a.indices.length; t += 3) {
      const v = [a.indices[t]!, a.indices[t + 1]!, a.indices[t + 2]!];
      const cross = (c[v[1]! * 2]! - c[v[0]! * 2]!) * (c[v[2]! * 2 + 1]! - c[v[0]! * 2 + 1]!) - (c[v[2]! * 2]! - c[v[0]! * 2]!) * (c[v[1]! * 2 + 1]! - c[v[0]! * 2 + 1]!);
      for (let e = 0; e < 3; e++) {
        const i = v[e]!;
        const j = v[(e + 1) % 3]!;
        const k = v[(e + 2) % 3]!;
        const [x1, y1, x2, y2] = [c[i * 2]!, c[i * 2 + 1]!, c[j * 2]!, c[j * 2 + 1]!];
        const vertical = x1 === x2 && onGrid(x1);
        const horizontal = y1 === y2 && onGrid(y1);
        if (vertical || horizontal) {
          // Triangles with no area have no side: along a grid line they are only slivers of the cut.
          if (cross === 0 || (horizontal && Math.abs(y1) === pole)) continue;
          const line = vertical ? `0:${wrap(x1)}` : `1:${y1}`;
          const along = vertical ? [y1, y2] : [x1, x2];
          const side = Math.sign(vertical ? c[k * 2]! - x1 : c[k * 2 + 1]! - y1);
          // Horizontal lines are keyed by longitude as drawn; vertical ones by wrapped longitude.
          const list = gridSides.get(line) ?? [];
          list.push(Math.min(along[0]!, along[1]!), Math.max(along[0]!, along[1]!), a.index, side, vertical ? x1 : 0);
          gridSides.set(line, list);
          continue;
        }
        keys.push(i < j ? i * n + j : j * n + i);
      }
    }
    // Off the grid lines: outline edges are those used once, found by sorting the area's edge keys.
    const sorted = Float64Array.from(keys).sort();
    for (let k = 0; k < sorted.length; ) {
      let end = k + 1;
      while (end < sorted.length && sorted[end] === sorted[k]) end++;
      if (end - k === 1) {
        const i = Math.floor(sorted[k]! / n);
        const j = sorted[k]! - i * n;
        addEdge(a.index, c[i * 2]!, c[i * 2 + 1]!, c[j * 2]!, c[j * 2 + 1]!);
      }
      k = end;
    }
  }

  const coasts: number[] = [];
  const coastAreas: number[] = [];
  const borders: number[] = [];
  const borderAreas: number[] = [];
  const segment = (out: number[], x1: number, y1: number, x2: number, y2: number) => out.push(x1 / quantum, y1 / quantum, x2 / quantum, y2 / quantum);

  // On grid lines: each stretch between two consecutive end points, with the areas on either side of it.
  for (const [line, list] of gridSides) {
    const vertical = line.startsWith("0:");
    const stops = new Set<number>();
    for (let r = 0; r < list.length; r += 5) stops.add(list[r]!).add(list[r + 1]!);
    const at = [...stops].sort((p, q) => p - q);
    for (let s = 0; s + 1 < at.length; s++) {
      const [from, to] = [at[s]!, at[s + 1]!];
      const below = new Set<number>();
      const above = new Set<number>();
      let x = 0;
      for (let r = 0; r < list.length; r += 5) {
        if (list[r]! > from || list[r + 1]! < to) continue;
        (list[r + 3]! < 0 ? below : above).add(list[r + 2]!);
        x = list[r + 4]!;
      }
      const [x1, y1, x2, y2] = vertical ? [x, from, x, to] : [from, Number(line.slice(2)), to, Number(line.slice(2))];
      if (vertical && onAntimeridian(x)) continue;
      const one = [...below].find((b) => !above.has(b));
      const other = [...above].find((b) => !below.has(b));
      if (one !== undefined && other !== undefined && below.size === 1 && above.size === 1) {
        segment(borders, x1, y1, x2, y2);
        borderAreas.push(one, other);
      } else if (below.size + above.size === 1) {
        segment(coasts, x1, y1, x2, y2);
        coastAreas.push([...below, ...above][0]!);
      }
    }
  }

  // Off the grid lines: the same edge on the sphere, across areas. Sorted by key, equal keys are neighbours.
  const order = Uint32Array.from(edgeKeys, (_, i) => i).sort((a, b) => edgeKeys[a]! - edgeKeys[b]!);
  const copy = (out: number[], e: number) => out.push(edgeCoords[e * 4]!, edgeCoords[e * 4 + 1]!, edgeCoords[e * 4 + 2]!, edgeCoords[e * 4 + 3]!);
  for (let k = 0; k < order.length; ) {
    const first = order[k]!;
    let end = k + 1;
    while (end < order.length && edgeKeys[order[end]!] === edgeKeys[first]) end++;
    if (end - k === 1) {
      copy(coasts, first);
      coastAreas.push(edgeArea[first]!);
    } else {
      let other = -1;
      for (let m = k + 1; m < end && other < 0; m++) if (edgeArea[order[m]!] !== edgeArea[first]) other = edgeArea[order[m]!]!;
      if (other >= 0) {
        copy(borders, first);
        borderAreas.push(edgeArea[first]!, other);
      }
    }
    k = end;
  }
  return { coasts: Float32Array.from(coasts), coastAreas: Uint16Array.from(coastAreas), borders: Float32Array.from(borders), borderAreas: Uint16Array.from(borderAreas) };
}
