import type { Topology } from "topojson-specification";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import topology from "world-atlas/countries-50m.json";
import { encodeGeography } from "../geo/geographyCodec";
import { quantizeArea, type PackedArea } from "../geo/packedArea";
import { labelPoints, type LabelPoint } from "../geo/labelPoints";
import { triangulatePolygon, type PlaneTriangles } from "../geo/triangulate";
import type { LonLat, Polygon } from "../geo/units";
import { buildAtlas } from "./atlas";
import type { GeographyHeader } from "./geographyHeader";
import { loadReference } from "./loadReference";
import type { Reference } from "./reference";

/** Largest triangle side in degrees: small enough that the flat triangles stay within 0.1% of the sphere. */
export const FILL_STEP = 3;
/**
 * Grid steps per degree of the shipped coordinates: 0.01°, about 1.1 km, about a pixel at the closest
 * zoom on a 1280-pixel-wide view.
 */
export const QUANTUM = 100;
/**
 * Visvalingam simplification of Natural Earth's 1:50m arcs: points whose triangle with their neighbours covers
 * less than this many square degrees (as a spherical area) are dropped. Shared borders stay shared
 * (arcs are simplified once for both sides) and every island keeps at least its ring.
 */
export const SIMPLIFY_SQ_DEGREES = 0.0034;

/**
 * Rounds a polygon's points to the shipped grid before it is cut and triangulated, so that a point that
 * rounds onto a grid line is cut there like every other point on it (no stray edge along the line).
 * Repeated points are dropped, and rings left with fewer than three points.
 */
function snap(polygon: Polygon): Polygon {
  const rings: LonLat[][] = [];
  for (const ring of polygon) {
    const out: LonLat[] = [];
    for (const [lon, lat] of ring) {
      const p: LonLat = [Math.round(lon * QUANTUM) / QUANTUM, Math.round(lat * QUANTUM) / QUANTUM];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    const distinct = out.length - (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1] ? 1 : 0);
    if (distinct >= 3) rings.push(out);
    else if (rings.length === 0) return [];
  }
  return rings;
}

/** At most this many places to write a piece's name (its largest parts, or a large country's regions). */
const LABEL_POINTS_PER_PIECE = 6;

/**
 * Label points in the header's compact form: four integers a point, the piece's index as a step from the last
 * point's, then longitude, latitude and clearance in tenths of a degree (about 11 km: plenty for where a name goes).
 */
function packLabelPoints(byPiece: readonly LabelPoint[][]): number[] {
  const out: number[] = [];
  let last = 0;
  byPiece.forEach((points, piece) => {
    for (const l of points) {
      out.push(piece - last, Math.round(l.lon * 10), Math.round(l.lat * 10), Math.round(l.clearance * 10));
      last = piece;
    }
  });
  return out;
}

function pack(index: number, polygons: readonly Polygon[]): PackedArea {
  const tri: PlaneTriangles = { coords: [], indices: [] };
  for (const p of polygons) {
    const snapped = snap(p);
    if (snapped.length) triangulatePolygon(snapped, FILL_STEP, tri);
  }
  return quantizeArea(index, tri, QUANTUM);
}

/** World-atlas's 1:50m countries after the simplification the globe ships (see SIMPLIFY_SQ_DEGREES). */
export function simplifiedWorld(): Topology {
  const source = structuredClone(topology) as unknown as Parameters<typeof presimplify>[0];
  const steradians = SIMPLIFY_SQ_DEGREES * (Math.PI / 180) ** 2;
  const weighted = presimplify(source, sphericalTriangleArea);
  // An island is one closed arc whose only fixed point is its start: keep its two weightiest other points
  // too, so that it stays a triangle instead of vanishing.
  for (const arc of weighted.arcs as unknown as number[][][]) {
    const first = arc[0]!;
    const last = arc[arc.length - 1]!;
    if (arc.length < 4 || first[0] !== last[0] || first[1] !== last[1]) continue;
    const inner = arc.slice(1, -1).sort((a, b) => b[2]! - a[2]!);
    for (const point of inner.slice(0, 2)) point[2] = Infinity;
  }
  return simplify(weighted, steradians) as unknown as Topology;
}

/**
 * Prepares the globe's geometry from world-atlas and data/: the land cut into pieces, simplified,
 * triangulated on a 3° grid and quantised, plus the sea areas. Run when the app is built (and by the
 * development server), never in the browser.
 */
export function packGeography(ref: Reference = loadReference()): Uint8Array {
  const atlas = buildAtlas(simplifiedWorld(), ref);
  // Small island states can vanish entirely when simplified: such a piece keeps its full Natural Earth shape.
  let full: Map<string, Polygon[]> | undefined;
  const fullShape = (key: string) => {
    full ??= new Map(buildAtlas(topology as unknown as Topology, ref).pieces.map((p) => [p.key, p.polygons]));
    return full.get(key) ?? [];
  };
  const landCount = atlas.pieces.length;
  const header: GeographyHeader = {
    source: "world-atlas countries-50m (Natural Earth 1:50m), simplified",
    simplifySqDegrees: SIMPLIFY_SQ_DEGREES,
    fillStep: FILL_STEP,
    pieces: atlas.pieces.map((p) => ({
      index: p.index,
      key: p.key,
      country: p.country,
      ...(p.correction ? { correction: p.correction } : {}),
      ...(p.part ? { part: p.part } : {}),
      neighbours: p.neighbours ?? [],
    })),
    seas: ref.seas.map((s) => s.id),
    labels: packLabelPoints(atlas.pieces.map((p) => labelPoints(p.polygons, 0.5).slice(0, LABEL_POINTS_PER_PIECE))),
  };
  return encodeGeography({
    header,
    quantum: QUANTUM,
    land: atlas.pieces.map((p) => {
      const packed = pack(p.index, p.polygons);
      return packed.indices.length > 0 ? packed : pack(p.index, fullShape(p.key));
    }),
    seas: ref.seas.map((s, i) => pack(landCount + i, s.polygons)),
  });
}
