import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { borderOwnerAt } from "../../../src/data/pieces";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { areaOutline } from "../../../src/geo/areaOutline";
import type { BoundaryLines } from "../../../src/geo/boundaryLines";

type Segment = [x1: number, y1: number, x2: number, y2: number];

/** Boundary lines written out: coasts and borders as [segment, area(s)]. */
function lines(coasts: [Segment, number][], borders: [Segment, number, number][]): BoundaryLines {
  return {
    coasts: Float32Array.from(coasts.flatMap(([s]) => s)),
    coastAreas: Uint16Array.from(coasts.map(([, a]) => a)),
    borders: Float32Array.from(borders.flatMap(([s]) => s)),
    borderAreas: Uint16Array.from(borders.flatMap(([, a, b]) => [a, b])),
  };
}

const key = ([x1, y1, x2, y2]: Segment) => (x1 < x2 || (x1 === x2 && y1 <= y2) ? `${x1},${y1}–${x2},${y2}` : `${x2},${y2}–${x1},${y1}`);
function keys(f: Float32Array): string[] {
  expect(f.length % 4).toBe(0);
  const out: string[] = [];
  for (let i = 0; i < f.length; i += 4) out.push(key([f[i]!, f[i + 1]!, f[i + 2]!, f[i + 3]!]));
  return out.sort();
}

/** Ends used an odd number of times: none for a closed outline. */
function openEnds(f: Float32Array): string[] {
  const uses = new Map<string, number>();
  for (let i = 0; i < f.length; i += 2) {
    const p = `${f[i]!.toFixed(4)},${f[i + 1]!.toFixed(4)}`;
    uses.set(p, (uses.get(p) ?? 0) + 1);
  }
  return [...uses].filter(([, n]) => n % 2 === 1).map(([p]) => p);
}

/*
 * Three land pieces and a sea, as unit squares:
 *
 *   lat 1  +-----+-----+
 *          |  0  |     |       0: mainland (UKR)     2: the neighbour (RUS)
 *   lat 0  +-----+  2  +       1: the peninsula      3: a sea (not land: past the end of the owners)
 *          |  1  |     |
 *   lat -1 +-----+-----+-----+
 *                      |  3  |  (the sea's square runs from lon 2 to 3, lat -2 to -1, touching piece 2 at a corner only)
 *                      +-----+
 */
const SQUARES = lines(
  [
    [[0, 0, 0, 1], 0],
    [[0, 1, 1, 1], 0],
    [[0, -1, 0, 0], 1],
    [[0, -1, 1, -1], 1],
    [[1, 1, 2, 1], 2],
    [[2, -1, 2, 1], 2],
    [[1, -1, 2, -1], 2],
    [[2, -2, 3, -2], 3],
    [[3, -2, 3, -1], 3],
    [[2, -1, 3, -1], 3],
    [[2, -2, 2, -1], 3],
  ],
  [
    [[0, 0, 1, 0], 0, 1],
    [[1, 0, 1, 1], 0, 2],
    [[1, -1, 1, 0], 2, 1],
  ],
);

describe("areaOutline", () => {
  it("outlines a piece alone when no other piece has its owner: its coasts and all its borders", () => {
    const out = areaOutline(SQUARES, ["UKR", "UKR/RUS", "RUS"], 0);
    expect(keys(out)).toEqual(["0,0–0,1", "0,1–1,1", "0,0–1,0", "1,0–1,1"].sort());
    expect(openEnds(out)).toEqual([]);
  });

  it("outlines the whole country of the piece on the date: both pieces of one owner, without the border between them", () => {
    const owners = ["UKR", "UKR", "RUS"];
    const expected = ["0,0–0,1", "0,1–1,1", "0,-1–0,0", "0,-1–1,-1", "1,0–1,1", "1,-1–1,0"].sort();
    expect(keys(areaOutline(SQUARES, owners, 0))).toEqual(expected);
    // Either piece gives the same outline.
    expect(keys(areaOutline(SQUARES, owners, 1))).toEqual(expected);
    expect(openEnds(areaOutline(SQUARES, owners, 1))).toEqual([]);
  });

  it("outlines the neighbour by its own coasts and the borders it shares, whoever is on the other side", () => {
    const out = areaOutline(SQUARES, ["UKR", "UKR/RUS", "RUS"], 2);
    expect(keys(out)).toEqual(["1,1–2,1", "2,-1–2,1", "1,-1–2,-1", "1,0–1,1", "1,-1–1,0"].sort());
  });

  it("outlines a sea (an index past the land's owners) by its own edges only", () => {
    const out = areaOutline(SQUARES, ["UKR", "UKR", "RUS"], 3);
    expect(keys(out)).toEqual(["2,-2–3,-2", "3,-2–3,-1", "2,-1–3,-1", "2,-2–2,-1"].sort());
  });

  it("gives lon/lat in the order the lines hold them, four numbers per segment", () => {
    const one = lines([[[10.5, 20.25, 11, 21], 0]], []);
    expect(Array.from(areaOutline(one, ["X"], 0))).toEqual([10.5, 20.25, 11, 21]);
  });

  it("gives nothing for open ocean (-1), or for an area with no lines", () => {
    expect(areaOutline(SQUARES, ["UKR", "UKR", "RUS"], -1).length).toBe(0);
    expect(areaOutline(SQUARES, ["UKR", "UKR", "RUS"], 9).length).toBe(0);
    expect(areaOutline(SQUARES, ["UKR", "UKR", "RUS", "", "FRA"], 4).length).toBe(0);
  });
});

describe("areaOutline on the real geography", () => {
  let g: Geography;
  beforeAll(() => void (g = prepareGeography()), 240_000);
  const piece = (key: string) => g.atlas.pieces.find((p) => p.key === key)!.index;
  const ownersOn = (date: string) => g.atlas.pieces.map((p) => borderOwnerAt(p, g.ref, date));

  it("outlines Ukraine in 2011, Crimea included, as a closed set of segments (every end used an even number of times)", () => {
    const owners = ownersOn("2011-05-01");
    expect(owners[piece("RUS/crimea")]).toBe("UKR");
    const out = areaOutline(g.lines, owners, piece("UKR"));
    expect(out.length / 4).toBeGreaterThan(100);
    expect(openEnds(out)).toEqual([]);
    expect(Array.from(areaOutline(g.lines, owners, piece("RUS/crimea")))).toEqual(Array.from(out));
    // Within Ukraine's box, give or take: 22°E–40.3°E, 44.3°N–52.4°N.
    for (let i = 0; i < out.length; i += 2) {
      expect(out[i]!).toBeGreaterThan(21.5);
      expect(out[i]!).toBeLessThan(41);
      expect(out[i + 1]!).toBeGreaterThan(44);
      expect(out[i + 1]!).toBeLessThan(53);
    }
  });

  it("outlines Crimea apart from Ukraine once it is held without recognition (2015), and both stay closed", () => {
    const owners = ownersOn("2015-01-01");
    const crimea = areaOutline(g.lines, owners, piece("RUS/crimea"));
    const ukraine = areaOutline(g.lines, owners, piece("UKR"));
    expect(openEnds(crimea)).toEqual([]);
    expect(openEnds(ukraine)).toEqual([]);
    expect(crimea.length).toBeGreaterThan(0);
    expect(ukraine.length).toBeLessThan(areaOutline(g.lines, ownersOn("2011-05-01"), piece("UKR")).length);
  });

  it("outlines each sea from the sea fill as a closed set of segments", () => {
    const seas = g.seaLines();
    for (let s = 0; s < g.ref.seas.length; s++) {
      const out = areaOutline(seas, ownersOn("2011-05-01"), g.landCount + s);
      expect(out.length, g.ref.seas[s]!.id).toBeGreaterThan(0);
      expect(openEnds(out), g.ref.seas[s]!.id).toEqual([]);
    }
  });
});
