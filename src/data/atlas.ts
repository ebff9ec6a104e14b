import type { GeometryCollection, MultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import { feature, mesh } from "topojson-client";
import { planarPolygon } from "../geo/antimeridian";
import { pointInRing } from "../geo/pointInRing";
import type { LonLat, Polygon } from "../geo/units";
import type { IsoDate } from "./dates";
import { countryAt, type PieceInfo, type PieceList } from "./pieces";
import type { Reference } from "./reference";

/** A land piece (see PieceInfo) with its shape from the atlas. */
export interface Piece extends PieceInfo {
  polygons: Polygon[];
  /** The same polygons in the lon/lat plane, outer ring first (see planarPolygon), for picking. */
  planar: LonLat[][][];
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

  const add = (key: string, country: string, arcs: number[][][], correction?: string) => {
    const index = pieces.length;
    const geom = { type: "MultiPolygon" as const, arcs, properties: { piece: index } };
    pieceGeoms.push(geom);
    const f = feature(topology, geom);
    const polygons = f.geometry.coordinates as unknown as Polygon[];
    pieces.push({ index, key, country, correction, polygons, planar: polygons.map(planarPolygon) });
  };

  for (const g of source.geometries as CountryGeometry[]) {
    const name = g.properties?.name ?? "";
    const code = byAtlasName.get(name);
    if (!code) throw new Error(`world-atlas feature "${name}" (id ${g.id}) has no entry in data/countries.json`);
    const polys: number[][][] = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    let rest = polys;
    for (const c of ref.corrections) {
      if (c.from !== code) continue;
      if (!c.area) continue; // whole-country corrections tag the main piece below
      const inside: number[][][] = [];
      const outside: number[][][] = [];
      for (const p of rest) {
        const coords = feature(topology, { type: "Polygon", arcs: p }).geometry.coordinates[0] as unknown as LonLat[];
        const [lon, lat] = ringCentre(coords);
        (pointInRing(lon, lat, c.area as LonLat[]) ? inside : outside).push(p);
      }
      if (inside.length) add(`${code}/${c.id}`, code, inside, c.id);
      rest = outside;
    }
    const whole = ref.corrections.find((c) => c.from === code && !c.area);
    if (rest.length) add(code, code, rest, whole?.id);
  }
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
  const owner = atlas.pieces.map((p) => countryAt(p, ref, date));
  const pieceOf = (g: unknown) => (g as { properties: { piece: number } }).properties.piece;
  const m = mesh(atlas.topology, atlas.geometries, (a, b) => a !== b && owner[pieceOf(a)] !== owner[pieceOf(b)]);
  return m.coordinates as unknown as LonLat[][];
}
