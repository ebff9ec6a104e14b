/**
 * The real prepared geography: world-atlas and data/ packed into one file as at build time, then unpacked as the
 * browser does. Packing takes about a second and unpacking another, so both run once, in beforeAll.
 */
import type { GeometryCollection, Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAtlas, type Atlas } from "../../../src/data/atlas";
import { unpackGeography, paletteWidth, type Geography } from "../../../src/data/geography";
import type { GeographyHeader } from "../../../src/data/geographyHeader";
import { FILL_STEP, QUANTUM, packGeography, simplifiedWorld } from "../../../src/data/packGeography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { loadReference } from "../../../src/data/loadReference";
import type { Reference } from "../../../src/data/reference";
import { decodeGeography, encodeGeography, type PackedGeography } from "../../../src/geo/geographyCodec";
import { readRepoFile, worldTopology } from "../support";

/** A minute for beforeAll on a busy machine; this is no timing assertion. */
const SLOW = 240_000;

let ref: Reference;
let bytes: Uint8Array;
let g: Geography;
let full: Atlas;
/** Sea ids read directly from data/seas.json. */
let seaIds: string[];

beforeAll(() => {
  ref = loadReference();
  bytes = packGeography(ref);
  g = unpackGeography(bytes, ref);
  full = buildAtlas(worldTopology(), ref);
  seaIds = (JSON.parse(readRepoFile("data/seas.json")) as { features: { id: string }[] }).features.map((f) => f.id);
}, SLOW);

const piece = (key: string) => {
  const p = g.atlas.pieces.find((x) => x.key === key);
  if (!p) throw new Error(`no piece ${key}`);
  return p.index;
};
const sea = (id: string) => {
  const i = seaIds.indexOf(id);
  if (i < 0) throw new Error(`no sea ${id} in data/seas.json`);
  return g.landCount + i;
};

/** The file decoded, with a change made to its header, encoded again. */
function withHeader(change: (h: GeographyHeader) => void): Uint8Array {
  const packed: PackedGeography<GeographyHeader> = decodeGeography(bytes);
  change(packed.header);
  return encodeGeography(packed);
}

describe("the prepared geography (packGeography, then unpackGeography)", () => {
  it("has the same pieces, in the same order and with the same keys, as buildAtlas on the full world-atlas (the SVG globe relies on it)", () => {
    expect(g.atlas.pieces.map((p) => p.key)).toEqual(full.pieces.map((p) => p.key));
    expect(g.atlas.pieces.map((p) => [p.index, p.country, p.correction])).toEqual(full.pieces.map((p) => [p.index, p.country, p.correction]));
    expect(g.landCount).toBe(full.pieces.length);
  });

  it("splits Crimea off as its own piece, RUS/crimea, moved by the correction 'crimea'", () => {
    expect(g.atlas.pieces[piece("RUS/crimea")]).toEqual({
      index: piece("RUS/crimea"),
      key: "RUS/crimea",
      country: "RUS",
      correction: "crimea",
      // Its one land border is with Ukraine, across the Perekop isthmus.
      neighbours: [piece("UKR")],
    });
  });

  it("carries each piece's land neighbours and the parts outside NATO's treaty area", () => {
    const keys = (i: number) => g.atlas.pieces[i]!.key;
    expect(g.atlas.pieces[piece("FIN")]!.neighbours!.map(keys).sort()).toEqual(["NOR", "RUS", "SWE"]);
    expect(g.atlas.pieces[piece("FRA/french-guiana")]).toMatchObject({ country: "FRA", part: "french-guiana" });
    expect(g.atlas.pieces[piece("FRA/french-guiana")]!.neighbours!.map(keys).sort()).toEqual(["BRA", "SUR"]);
  });

  it("gives every land piece of the atlas triangles, tagged with its palette index", () => {
    const triangles = new Map<number, number>();
    for (let t = 0; t < g.land.indices.length; t += 3) {
      const a = g.land.area[g.land.indices[t]!]!;
      triangles.set(a, (triangles.get(a) ?? 0) + 1);
    }
    const missing = full.pieces.filter((p) => !triangles.get(p.index)).map((p) => p.key);
    expect(missing).toEqual([]);
    expect([...triangles.keys()].every((a) => Number.isInteger(a) && a >= 0 && a < g.landCount)).toBe(true);
  });

  it("gives every sea of data/seas.json triangles, numbered after the land pieces in file order", () => {
    const triangles = new Map<number, number>();
    for (let t = 0; t < g.seas.indices.length; t += 3) {
      const a = g.seas.area[g.seas.indices[t]!]!;
      triangles.set(a, (triangles.get(a) ?? 0) + 1);
    }
    expect([...triangles.keys()].sort((a, b) => a - b)).toEqual(seaIds.map((_, i) => g.landCount + i));
    expect(g.paletteWidth).toBe(paletteWidth(g.landCount + seaIds.length));
    expect(g.paletteWidth).toBeGreaterThanOrEqual(g.landCount + seaIds.length);
    expect(Math.log2(g.paletteWidth) % 1).toBe(0);
  });

  it("says in its header what it was made from: the seas of data/seas.json in order, the 3° grid, 0.01° steps", () => {
    const { header, quantum } = decodeGeography<GeographyHeader>(bytes);
    expect(header.seas).toEqual(seaIds);
    expect(header.fillStep).toBe(FILL_STEP);
    expect(FILL_STEP).toBe(3);
    expect(quantum).toBe(QUANTUM);
    expect(header.source).toMatch(/world-atlas/);
  });

  it("draws known borders between land pieces: France/Germany, Latvia/Lithuania, Russia/Ukraine, Crimea/Ukraine", () => {
    const pairs = new Set<string>();
    for (let s = 0; s < g.lines.borderAreas.length; s += 2) {
      pairs.add([g.lines.borderAreas[s]!, g.lines.borderAreas[s + 1]!].sort((a, b) => a - b).join("/"));
    }
    const pair = (a: string, b: string) => [piece(a), piece(b)].sort((x, y) => x - y).join("/");
    for (const [a, b] of [["FRA", "DEU"], ["LVA", "LTU"], ["RUS", "UKR"], ["RUS/crimea", "UKR"]] as const) {
      expect(pairs.has(pair(a, b)), `${a}/${b}`).toBe(true);
    }
    // No border is tagged with one piece on both sides, and none with a sea.
    expect([...pairs].every((p) => p.split("/")[0] !== p.split("/")[1])).toBe(true);
    expect(Math.max(...g.lines.borderAreas)).toBeLessThan(g.landCount);
  });

  it("draws a border that runs along a grid line as a border: Alaska and Yukon along 141°W, about 60.3°N to 69.6°N", () => {
    const [usa, can] = [piece("USA"), piece("CAN")];
    let span = 0;
    const b = g.lines.borders;
    for (let s = 0; s < g.lines.borderAreas.length / 2; s++) {
      const pair = [g.lines.borderAreas[s * 2], g.lines.borderAreas[s * 2 + 1]].sort();
      if (pair[0] !== Math.min(usa, can) || pair[1] !== Math.max(usa, can)) continue;
      if (Math.abs(b[s * 4]! + 141) < 1e-4 && Math.abs(b[s * 4 + 2]! + 141) < 1e-4) span += Math.abs(b[s * 4 + 3]! - b[s * 4 + 1]!);
    }
    expect(span).toBeGreaterThan(9);
    expect(span).toBeLessThan(9.6);
    const c = g.lines.coasts;
    for (let s = 0; s < c.length; s += 4) expect(Math.abs(c[s]! + 141) < 1e-4 && Math.abs(c[s + 2]! + 141) < 1e-4 && c[s + 1]! > 60.5 && c[s + 1]! < 69).toBe(false);
  });

  it("draws no coast or border along lon ±180 (the cut that splits Russia and Fiji there is no coast)", () => {
    const wrap = (lon: number) => ((lon % 360) + 360) % 360;
    for (const lines of [g.lines.coasts, g.lines.borders]) {
      let along = 0;
      for (let s = 0; s < lines.length; s += 4) if (wrap(lines[s]!) === 180 && wrap(lines[s + 2]!) === 180) along++;
      expect(along).toBe(0);
    }
    expect(g.lines.coasts.length / 4).toBeGreaterThan(10_000);
  });

  it("finds France's piece at Paris, Crimea's at Simferopol, nothing in the open Atlantic, and the Black Sea south of Crimea", () => {
    expect(g.areas.find(2.35, 48.85)).toBe(piece("FRA"));
    expect(g.areas.find(34.1, 44.95)).toBe(piece("RUS/crimea"));
    expect(g.areas.find(-30, 0)).toBe(-1);
    expect(g.areas.find(34, 43)).toBe(sea("black"));
  });

  it("finds Fiji and Chukotka on both sides of the antimeridian", () => {
    expect(g.areas.find(178.2, -17.8)).toBe(piece("FJI"));
    expect(g.areas.find(-179.9, -16.75)).toBe(piece("FJI"));
    expect(g.areas.find(179.5, 68)).toBe(piece("RUS"));
    expect(g.areas.find(-179.9, 68)).toBe(piece("RUS"));
    expect(g.areas.find(-175, 67)).toBe(piece("RUS"));
  });

  it("draws no coast along a 3° grid line with the same land piece on both sides", () => {
    const c = g.lines.coasts;
    const inside: string[] = [];
    const onGrid = (v: number) => Math.abs(v / 3 - Math.round(v / 3)) < 1e-6;
    for (let s = 0; s < c.length; s += 4) {
      const [x1, y1, x2, y2] = [c[s]!, c[s + 1]!, c[s + 2]!, c[s + 3]!];
      const vertical = x1 === x2 && onGrid(x1);
      if (!vertical && !(y1 === y2 && onGrid(y1))) continue;
      const [mx, my, e] = [(x1 + x2) / 2, (y1 + y2) / 2, 0.001];
      const a = vertical ? g.areas.find(mx - e, my) : g.areas.find(mx, my - e);
      const b = vertical ? g.areas.find(mx + e, my) : g.areas.find(mx, my + e);
      if (a >= 0 && a === b && a < g.landCount) inside.push(`${g.atlas.pieces[a]!.key} ${x1},${y1}–${x2},${y2}`);
    }
    expect(inside).toEqual([]);
  });
});

describe("unpackGeography on a file that does not fit the data", () => {
  it("rejects a file whose seas differ from data/seas.json", () => {
    const reordered = withHeader((h) => h.seas.reverse());
    expect(() => unpackGeography(reordered, ref)).toThrow("globe geography file was prepared for other sea areas than data/seas.json: rebuild the app");
    const fewer = withHeader((h) => h.seas.pop());
    expect(() => unpackGeography(fewer, ref)).toThrow(/other sea areas than data\/seas\.json/);
  });

  it("rejects a file naming an unknown country, naming it", () => {
    const bad = withHeader((h) => {
      h.pieces[0]!.country = "XYZ";
    });
    expect(() => unpackGeography(bad, ref)).toThrow('globe geography file: unknown country "XYZ": rebuild the app');
  });

  it("rejects a header without pieces", () => {
    const bad = withHeader((h) => {
      delete (h as Partial<GeographyHeader>).pieces;
    });
    expect(() => unpackGeography(bad, ref)).toThrow("globe geography file: header lists no pieces or seas");
  });

  it("rejects random bytes as not a geography file", () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(() => unpackGeography(random, ref)).toThrow("not a globe geography file (wrong signature)");
  });

  it("rejects the real file cut short", () => {
    expect(() => unpackGeography(bytes.subarray(0, bytes.length - 1000), ref)).toThrow(/data ends/);
  });
});

describe("simplifiedWorld and prepareGeography", () => {
  it("simplifiedWorld keeps every country of world-atlas and drops points", () => {
    const simple = simplifiedWorld();
    const countries = (t: Topology) => (t.objects.countries as GeometryCollection).geometries.map((x) => (x.properties as { name: string }).name);
    expect(countries(simple)).toEqual(countries(worldTopology()));
    const points = (t: Topology) => (t.arcs as unknown as number[][][]).reduce((s, a) => s + a.length, 0);
    expect(points(simple)).toBeLessThan(points(worldTopology()) * 0.8);
  });

  it("prepareGeography gives the packed-then-unpacked geography, and the same object on every call", { timeout: SLOW }, () => {
    const prepared = prepareGeography();
    expect(prepareGeography()).toBe(prepared);
    expect(prepared.atlas.pieces).toEqual(g.atlas.pieces);
    expect(prepared.land.indices.length).toBe(g.land.indices.length);
  });
});
