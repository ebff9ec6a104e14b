import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeGeography, encodeGeography, type PackedGeography } from "../../../src/geo/geographyCodec";
import { quantizeArea, type PackedArea } from "../../../src/geo/packedArea";
import type { PlaneTriangles } from "../../../src/geo/triangulate";
import { ByteWriter } from "../../../src/geo/varint";

const SEED = 20110503;
const SIGNATURE = "GLOBE-GEOGRAPHY-1";

const area = (index: number, coords: number[], indices: number[]): PackedArea => ({
  index,
  coords: Int32Array.from(coords),
  indices: Uint32Array.from(indices),
});

/** The triangles of an area as coordinate triples, e.g. "1,2 3,4 5,6". */
function cornerTriples(coords: ArrayLike<number>, indices: ArrayLike<number>, map: (v: number) => number = (v) => v): string[] {
  const out: string[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const corner = (k: number) => `${map(coords[indices[t + k]! * 2]!)},${map(coords[indices[t + k]! * 2 + 1]!)}`;
    out.push(`${corner(0)} ${corner(1)} ${corner(2)}`);
  }
  return out;
}

/** True when every index is at most the number of distinct indices before it (numbered by first use). */
function inFirstUseOrder(indices: ArrayLike<number>): boolean {
  let next = 0;
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!;
    if (v > next) return false;
    if (v === next) next++;
  }
  return true;
}

describe("quantizeArea", () => {
  it("rounds every coordinate to Math.round(x × quantum) and keeps the palette index", () => {
    const tri: PlaneTriangles = { coords: [0.004, 0.006, 1.2345, -0.125, -12.345, 45.675], indices: [0, 1, 2] };
    const a = quantizeArea(17, tri, 100);
    expect(a.index).toBe(17);
    expect([...a.coords]).toEqual(tri.coords.map((x) => Math.round(x * 100)));
    // Halves round up, towards +∞: -0.125 × 100 = -12.5 becomes -12.
    expect([...a.coords]).toEqual([0, 1, 123, -12, -1234, 4568]);
    expect([...a.indices]).toEqual([0, 1, 2]);
  });

  it("keeps coordinates past ±180 (unwrapped across the antimeridian) and down to the south pole", () => {
    const a = quantizeArea(0, { coords: [179.5, -90, 190.25, -90, 185, -85.5], indices: [0, 1, 2] }, 100);
    expect([...a.coords]).toEqual([17950, -9000, 19025, -9000, 18500, -8550]);
  });

  it("merges vertices that round to the same grid point into one", () => {
    // Two squares' worth of triangles given with their own copies of the shared corners, slightly apart.
    const tri: PlaneTriangles = {
      coords: [0, 0, 1, 0, 1, 1, 0, 0, 1.001, 1.002, 0, 1],
      indices: [0, 1, 2, 3, 4, 5],
    };
    const a = quantizeArea(0, tri, 100);
    expect(a.coords.length / 2).toBe(4);
    expect([...a.indices]).toEqual([0, 1, 2, 0, 2, 3]);
    expect(cornerTriples(a.coords, a.indices)).toEqual(["0,0 100,0 100,100", "0,0 100,100 0,100"]);
  });

  it("drops a triangle two of whose corners merge, and the vertex only it used", () => {
    const tri: PlaneTriangles = {
      coords: [0, 0, 0.001, 0.002, 5, 5, 1, 0, 1, 1],
      indices: [0, 1, 2, 0, 3, 4],
    };
    const a = quantizeArea(0, tri, 100);
    expect(cornerTriples(a.coords, a.indices)).toEqual(["0,0 100,0 100,100"]);
    expect(a.coords.length / 2).toBe(3);
  });

  it("gives an empty area when every triangle collapses", () => {
    const a = quantizeArea(3, { coords: [0, 0, 0.001, 0, 0, 0.001], indices: [0, 1, 2] }, 100);
    expect(a.coords.length).toBe(0);
    expect(a.indices.length).toBe(0);
  });

  it("numbers vertices by first use, keeps the surviving triangles in order, and rounds them exactly (property)", () => {
    fc.assert(
      fc.property(planeTriangles(), fc.constantFrom(1, 10, 100), (tri, quantum) => {
        const a = quantizeArea(5, tri, quantum);
        expect(inFirstUseOrder(a.indices)).toBe(true);
        // Every vertex is used, and no two vertices share a grid point.
        const used = new Set(a.indices);
        expect(used.size).toBe(a.coords.length / 2);
        const points = new Set(cornerTriples(a.coords, a.indices).flatMap((t) => t.split(" ")));
        expect(points.size).toBe(a.coords.length / 2);
        // The triangles are the input's, rounded, minus those whose corners meet.
        const rounded = cornerTriples(tri.coords, tri.indices, (x) => Math.round(x * quantum)).filter((t) => {
          const [p, q, r] = t.split(" ");
          return p !== q && q !== r && p !== r;
        });
        expect(cornerTriples(a.coords, a.indices)).toEqual(rounded);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** Random plane triangles on a coarse lattice with jitter, so that some corners merge and some triangles collapse. */
function planeTriangles(): fc.Arbitrary<PlaneTriangles> {
  const coord = fc.tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -3, max: 3 })).map(([c, j]) => c / 2 + j * 0.004);
  return fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 12 }).chain((vertices) =>
    fc.array(fc.integer({ min: 0, max: vertices.length - 1 }), { maxLength: 30 }).map((picks) => ({
      coords: vertices.flat(),
      indices: picks.slice(0, picks.length - (picks.length % 3)),
    })),
  );
}

// ---------------------------------------------------------------------------------------------------------------

interface Header {
  name: string;
  pieces: string[];
}

const sample: PackedGeography<Header> = {
  header: { name: "Россия и Крым — test", pieces: ["FRA", "RUS/crimea"] },
  quantum: 100,
  land: [
    // A triangle past the antimeridian, one with negative coordinates, and an empty area.
    area(0, [17900, 6500, 19025, 6500, 18500, 7000, 18000, 6000], [0, 1, 2, 0, 2, 3]),
    area(1, [-17999, -9000, -500, -8550, 0, 0], [0, 1, 2]),
    area(2, [], []),
  ],
  seas: [area(3, [3400, 4300, 3500, 4300, 3450, 4400], [0, 1, 2]), area(4, [], [])],
};

describe("encodeGeography / decodeGeography", () => {
  it("begins the file with its signature", () => {
    expect(new TextDecoder().decode(encodeGeography(sample).subarray(0, SIGNATURE.length))).toBe(SIGNATURE);
  });

  it("reads back the header, quantum, land and sea areas as written (empty areas, lon past ±180 and negative included)", () => {
    expect(decodeGeography<Header>(encodeGeography(sample))).toEqual(sample);
  });

  it("reads back a file with no areas at all", () => {
    const empty: PackedGeography<null> = { header: null, quantum: 1, land: [], seas: [] };
    expect(decodeGeography(encodeGeography(empty))).toEqual(empty);
  });

  it("reads back any areas quantised from random triangles (property)", () => {
    const packedAreas = fc.array(planeTriangles(), { maxLength: 4 }).map((tris) => tris.map((t, i) => quantizeArea(i * 7, t, 100)));
    fc.assert(
      fc.property(packedAreas, packedAreas, fc.integer({ min: 1, max: 10_000 }), fc.jsonValue(), (land, seas, quantum, header) => {
        const g: PackedGeography<unknown> = { header, quantum, land, seas };
        const back = decodeGeography(encodeGeography(g));
        expect(back.quantum).toBe(quantum);
        expect(back.land).toEqual(land);
        expect(back.seas).toEqual(seas);
        expect(back.header).toEqual(JSON.parse(JSON.stringify(header)));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("refuses to write indices that are not numbered by first use, naming the area", () => {
    const bad = { ...sample, land: [area(9, [0, 0, 1, 0, 0, 1], [2, 1, 0])] };
    expect(() => encodeGeography(bad)).toThrow("area 9: vertex 2 used before vertex 0");
  });
});

describe("decodeGeography on a damaged file", () => {
  const good = encodeGeography(sample);

  it("rejects a wrong signature", () => {
    const bytes = good.slice();
    bytes[0] = "X".charCodeAt(0);
    expect(() => decodeGeography(bytes)).toThrow("not a globe geography file (wrong signature)");
  });

  it("rejects random bytes as having the wrong signature", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: SIGNATURE.length, maxLength: 200 }), (bytes) => {
        expect(() => decodeGeography(bytes)).toThrow("wrong signature");
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("rejects every truncation of a good file, saying the data ends early", () => {
    for (let n = 0; n < good.length; n++) expect(() => decodeGeography(good.subarray(0, n)), `first ${n} bytes`).toThrow(/data ends/);
  });

  it("rejects bytes after the sea areas", () => {
    const longer = new Uint8Array(good.length + 1);
    longer.set(good);
    expect(() => decodeGeography(longer)).toThrow("globe geography file: unexpected bytes after the sea areas");
  });

  it("rejects a vertex number beyond the area's vertices, naming the area and the range", () => {
    const bytes = encodeGeography({ header: {}, quantum: 100, land: [area(6, [0, 0, 100, 0], [0, 1, 2])], seas: [] });
    expect(() => decodeGeography(bytes)).toThrow("area 6: vertex number 2 out of range (0–1)");
  });

  it("rejects a vertex number below zero (a step back past the first vertex)", () => {
    // Written by hand: one area of three vertices whose first index claims to be 1 below the first new number.
    const w = new ByteWriter();
    w.bytes(new TextEncoder().encode(SIGNATURE));
    w.uint(2);
    w.bytes(new TextEncoder().encode("{}"));
    w.uint(100);
    w.uint(1); // one land area
    w.uint(4); // index
    w.uint(3); // vertices
    w.uint(3); // indices
    for (let i = 0; i < 6; i++) w.int(i);
    for (const back of [1, 0, 0]) w.uint(back);
    w.uint(0); // no seas
    expect(() => decodeGeography(w.finish())).toThrow("area 4: vertex number -1 out of range (0–2)");
  });

  it("rejects an index count that is not a whole number of triangles", () => {
    const bytes = encodeGeography({ header: {}, quantum: 100, land: [area(2, [0, 0, 100, 0], [0, 1, 0, 1])], seas: [] });
    expect(() => decodeGeography(bytes)).toThrow("area 2: 4 indices is not a whole number of triangles");
  });

  it("rejects a quantum of zero", () => {
    expect(() => decodeGeography(encodeGeography({ ...sample, quantum: 0 }))).toThrow("globe geography file: quantum must be at least 1");
  });

  it("rejects a vertex count larger than the file could hold, naming the area", () => {
    const w = new ByteWriter();
    w.bytes(new TextEncoder().encode(SIGNATURE));
    w.uint(2);
    w.bytes(new TextEncoder().encode("{}"));
    w.uint(100);
    w.uint(1);
    w.uint(8); // index
    w.uint(2 ** 40); // vertices
    w.uint(0); // indices
    expect(() => decodeGeography(w.finish())).toThrow(/area 8/);
  });
});
