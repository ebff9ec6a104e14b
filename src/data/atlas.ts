import type { GeometryCollection, MultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import { feature, mesh, neighbors } from "topojson-client";
import { pointInRing } from "../geo/pointInRing";
import type { LonLat, Polygon } from "../geo/units";
import type { IsoDate } from "./dates";
import { borderOwnerAt, type PieceInfo, type PieceList } from "./pieces";
import type { Reference } from "./reference";

/** A land piece (see PieceInfo) with its shape from the atlas. */
export interface Piece extends PieceInfo {
  /** Its polygons, outer ring first, as world-atlas gives them: drawn by the SVG globe, triangulated for the 3D one. */
  polygons: Polygon[];
}

/** Natural Earth's countries cut into pieces, with their shapes: for the SVG globe and for preparing the 3D mesh. */
export interface Atlas extends PieceList {
  pieces: Piece[];
  /** The topology's countries split into one geometry per piece (same order as pieces). */
  topology: Topology;
  geometries: GeometryCollection;
}

type CountryGeometry = (TopoPolygon | MultiPolygon) & { id?: string; properties?: { name: string } };

/** Splits world-atlas's countries into pieces keyed by ISO alpha-3 code, ready for dated corrections. */
export function buildAtlas(topology: Topology, ref: Reference): Atlas {
  const byAtlasName = new Map([...ref.countries.values()].map((c) => [c.atlasName, c.code]));
  const source = topology.objects.countries as GeometryCollection;
  const pieceGeoms: (MultiPolygon & { properties: { piece: number } })[] = [];
  const pieces: Piece[] = [];

  const add = (key: string, country: string, arcs: number[][][], split: { correction?: string; part?: string } = {}) => {
    const index = pieces.length;
    const geom = { type: "MultiPolygon" as const, arcs, properties: { piece: index } };
    pieceGeoms.push(geom);
    const f = feature(topology, geom);
    const polygons = f.geometry.coordinates as unknown as Polygon[];
    pieces.push({ index, key, country, ...split, polygons });
  };
  // Areas that split a country's polygons into pieces: dated border corrections, and the parts of
  // members' land that lie outside a group's own area (NATO's treaty area).
  const splits = [
    ...ref.corrections.flatMap((c) => (c.area ? [{ id: c.id, country: c.from, area: c.area as LonLat[], split: { correction: c.id } }] : [])),
    ...[...ref.groups.values()].flatMap((g) => (g.area?.outside ?? []).map((p) => ({ id: p.id, country: p.country, area: p.area as LonLat[], split: { part: p.id } }))),
  ];

  for (const g of source.geometries as CountryGeometry[]) {
    const name = g.properties?.name ?? "";
    const code = byAtlasName.get(name);
    if (!code) throw new Error(`world-atlas feature "${name}" (id ${g.id}) has no entry in data/countries.json`);
    const polys: number[][][] = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    let rest = polys;
    for (const s of splits) {
      if (s.country !== code) continue;
      const inside: number[][][] = [];
      const outside: number[][][] = [];
      for (const p of rest) {
        const coords = feature(topology, { type: "Polygon", arcs: p }).geometry.coordinates[0] as unknown as LonLat[];
        const [lon, lat] = ringCentre(coords);
        (pointInRing(lon, lat, s.area) ? inside : outside).push(p);
      }
      if (inside.length) add(`${code}/${s.id}`, code, inside, s.split);
      rest = outside;
    }
    const whole = ref.corrections.find((c) => c.from === code && !c.area);
    if (rest.length) add(code, code, rest, whole ? { correction: whole.id } : {});
  }
  // Pieces that share an arc share a land border (topojson's neighbours), kept for "bordering" regions.
  neighbors(pieceGeoms).forEach((list, i) => (pieces[i]!.neighbours = list));
  const geometries: GeometryCollection = { type: "GeometryCollection", geometries: pieceGeoms };
  return { pieces, topology, geometries };
}

function ringCentre(ring: readonly LonLat[]): LonLat {
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0];
    y += p[1];
  }
  return [x / ring.length, y / ring.length];
}

/** Land borders between different countries on a date, as lon/lat paths (no coastlines). */
export function bordersAt(atlas: Atlas, ref: Reference, date: IsoDate): LonLat[][] {
  return bordersBetween(atlas, atlas.pieces.map((p) => borderOwnerAt(p, ref, date)));
}

/**
 * Land borders between pieces drawn for different owners, as lon/lat paths (no coastlines): `owner` gives each
 * piece's owner on the date (its country, or "UKR/RUS" for land held without recognition, so that the line of
 * control is drawn), as the screen model works it out once per resolution.
 */
export function bordersBetween(atlas: Atlas, owner: readonly string[]): LonLat[][] {
  const pieceOf = (g: unknown) => (g as { properties: { piece: number } }).properties.piece;
  const m = mesh(atlas.topology, atlas.geometries, (a, b) => a !== b && owner[pieceOf(a)] !== owner[pieceOf(b)]);
  return m.coordinates as unknown as LonLat[][];
}

/**
 * The outline of the country that piece `piece` belongs to, as lon/lat paths: its coasts and the borders with
 * its owner (`owner`, as for bordersBetween) on exactly one side, so a border inside the country is left out.
 */
export function outlineOf(atlas: Atlas, owner: readonly string[], piece: number): LonLat[][] {
  const own = owner[piece];
  if (own === undefined) return [];
  const mine = (g: unknown) => owner[(g as { properties: { piece: number } }).properties.piece] === own;
  const m = mesh(atlas.topology, atlas.geometries, (a, b) => (a === b ? mine(a) : mine(a) !== mine(b)));
  return m.coordinates as unknown as LonLat[][];
}
