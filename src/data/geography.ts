import type { Topology } from "topojson-specification";
import { mesh } from "topojson-client";
import topology from "world-atlas/countries-50m.json";
import { AreaIndex } from "../geo/areaIndex";
import { buildFill, type FillGeometry } from "../geo/buildFill";
import { planarPolygon } from "../geo/antimeridian";
import { radii, type LonLat } from "../geo/units";
import { buildAtlas, type Atlas } from "./atlas";
import { loadReference, type Reference } from "./reference";

/** Radii (in globe radii) of the layers, bottom to top. */
export const LAYER = { ocean: 0.994, seas: 0.998, land: 1, lines: 1.0015 } as const;
/** Largest triangle side in degrees: small enough that the flat triangles stay within 0.1% of the sphere. */
export const FILL_STEP = 3;

/** Everything the globe draws that does not depend on the proposal: built once. */
export interface Geography {
  ref: Reference;
  atlas: Atlas;
  land: FillGeometry;
  seas: FillGeometry;
  /** Palette entries < landCount are land pieces; the rest are seas. */
  landCount: number;
  paletteWidth: number;
  areas: AreaIndex;
  coastlines: LonLat[][];
}

/** Width of the palette texture for a number of areas: the next power of two. */
export const paletteWidth = (areas: number) => 2 ** Math.ceil(Math.log2(Math.max(2, areas)));

let cached: Geography | undefined;

/** Natural Earth 1:50m countries from world-atlas, with the reference data; built on first use. */
export function loadGeography(): Geography {
  if (cached) return cached;
  const start = performance.now();
  const ref = loadReference();
  const topo = topology as unknown as Topology;
  const atlas = buildAtlas(topo, ref);
  const landCount = atlas.pieces.length;
  const land = buildFill(
    atlas.pieces.map((p) => ({ index: p.index, polygons: p.polygons })),
    radii(LAYER.land),
    FILL_STEP,
  );
  const seas = buildFill(
    ref.seas.map((s, i) => ({ index: landCount + i, polygons: s.polygons })),
    radii(LAYER.seas),
    FILL_STEP,
  );
  const areas = new AreaIndex([
    ...atlas.pieces.map((p) => ({ index: p.index, polygons: p.planar })),
    ...ref.seas.map((s, i) => ({ index: landCount + i, polygons: s.polygons.map(planarPolygon) })),
  ]);
  const coastlines = mesh(topo, atlas.geometries, (a, b) => a === b).coordinates as unknown as LonLat[][];
  cached = { ref, atlas, land, seas, landCount, paletteWidth: paletteWidth(landCount + ref.seas.length), areas, coastlines };
  // Visible in the browser's performance timeline (and to benchmarks) as "globe:geography".
  performance.measure?.("globe:geography", { start, end: performance.now() });
  return cached;
}
