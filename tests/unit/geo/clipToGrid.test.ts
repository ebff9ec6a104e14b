import { describe, expect, it } from "vitest";
import { bounds, clipHalf, clipToGrid } from "../../../src/geo/clipToGrid";
import { shoelaceFlat } from "../support";

function clipAll(rings: number[][], step: number): number[][][] {
  const pieces: number[][][] = [];
  clipToGrid(rings, step, (r) => pieces.push(r));
  return pieces;
}

/** Area covered by the pieces: outer rings minus their holes. */
const coveredArea = (pieces: number[][][]) =>
  pieces.reduce((s, p) => s + Math.abs(shoelaceFlat(p[0]!)) - p.slice(1).reduce((h, r) => h + Math.abs(shoelaceFlat(r)), 0), 0);

const SQUARE_10 = [0, 0, 10, 0, 10, 10, 0, 10];
const TRIANGLE = [0, 0, 12, 0, 0, 9]; // area 12 × 9 / 2 = 54
const DIAMOND = [5, 0, 10, 5, 5, 10, 0, 5]; // area 10 × 10 / 2 = 50
const L_SHAPE = [0, 0, 10, 0, 10, 4, 4, 4, 4, 10, 0, 10]; // area 10 × 4 + 4 × 6 = 64
const U_SHAPE = [0, 0, 9, 0, 9, 9, 6, 9, 6, 3, 3, 3, 3, 9, 0, 9]; // area 81 − 3 × 6 = 63

describe("clipToGrid", () => {
  const cases: [string, number[], number][] = [
    ["a 10 × 10 square", SQUARE_10, 100],
    ["a right triangle 12 × 9", TRIANGLE, 54],
    ["a diamond of diagonals 10", DIAMOND, 50],
    ["an L-shaped concave polygon", L_SHAPE, 64],
    ["a U-shaped concave polygon", U_SHAPE, 63],
    ["an L shape offset off the grid", L_SHAPE.map((v, i) => v + (i % 2 ? -0.37 : 1.23)), 64],
    ["an L shape given clockwise", [0, 10, 4, 10, 4, 4, 10, 4, 10, 0, 0, 0], 64],
  ];
  for (const [name, ring, area] of cases) {
    for (const step of [1, 2.5, 3, 7]) {
      it(`${name} (area ${area}) with step ${step}: pieces are at most step × step and their areas add up to ${area}`, () => {
        const pieces = clipAll([ring], step);
        expect(pieces.length).toBeGreaterThan(0);
        for (const p of pieces) {
          const [x0, y0, x1, y1] = bounds(p[0]!);
          expect(x1 - x0).toBeLessThanOrEqual(step * (1 + 1e-6));
          expect(y1 - y0).toBeLessThanOrEqual(step * (1 + 1e-6));
        }
        expect(coveredArea(pieces)).toBeCloseTo(area, 8);
      });
    }
  }

  it("cuts a 10 × 10 square with step 5 into exactly four 5 × 5 pieces", () => {
    const pieces = clipAll([SQUARE_10], 5);
    expect(pieces).toHaveLength(4);
    const boxes = pieces.map((p) => bounds(p[0]!)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(boxes).toEqual([
      [0, 0, 5, 5],
      [0, 5, 5, 10],
      [5, 0, 10, 5],
      [5, 5, 10, 10],
    ]);
  });

  it("cuts along grid lines at multiples of step", () => {
    const pieces = clipAll([[0.5, 0.5, 9.5, 0.5, 9.5, 2.5, 0.5, 2.5]], 3);
    const xs = new Set(pieces.flatMap((p) => p[0]!.filter((_, i) => i % 2 === 0)));
    for (const x of xs) {
      const onGrid = Math.abs(x / 3 - Math.round(x / 3)) < 1e-12;
      expect(onGrid || x === 0.5 || x === 9.5).toBe(true);
    }
    expect([...xs].sort((a, b) => a - b)).toEqual([0.5, 3, 6, 9, 9.5]);
  });

  it("emits a polygon no larger than step as it is, once", () => {
    const ring = [1, 1, 2, 1, 2, 2];
    const pieces = clipAll([ring], 3);
    expect(pieces).toEqual([[ring]]);
  });

  it("keeps a hole: a 10 × 10 square with a 4..6 hole covers 96", () => {
    const hole = [4, 4, 4, 6, 6, 6, 6, 4];
    for (const step of [1, 3, 5, 20]) {
      const pieces = clipAll([SQUARE_10, hole], step);
      expect(coveredArea(pieces)).toBeCloseTo(96, 8);
      for (const p of pieces) {
        const [x0, y0, x1, y1] = bounds(p[0]!);
        expect(Math.max(x1 - x0, y1 - y0)).toBeLessThanOrEqual(step * (1 + 1e-6));
      }
    }
  });

  it("passes the hole only to pieces that it overlaps", () => {
    const pieces = clipAll([SQUARE_10, [1, 1, 1, 2, 2, 2, 2, 1]], 5);
    const withHoles = pieces.filter((p) => p.length > 1);
    expect(withHoles).toHaveLength(1);
    expect(bounds(withHoles[0]![0]!)).toEqual([0, 0, 5, 5]);
  });

  it("emits nothing for a ring of fewer than three points", () => {
    expect(clipAll([[0, 0, 10, 10]], 1)).toEqual([]);
    expect(clipAll([], 1)).toEqual([]);
  });
});

describe("clipHalf", () => {
  it("clipHalf of a 10 × 10 square by x <= 4 is the rectangle 0..4 × 0..10", () => {
    const out = clipHalf(SQUARE_10, 0, 4, true);
    expect(out).toEqual([0, 0, 4, 0, 4, 10, 0, 10]);
    expect(Math.abs(shoelaceFlat(out))).toBeCloseTo(40, 12);
  });
  it("clipHalf of a 10 × 10 square by x >= 4 is the rectangle 4..10 × 0..10", () => {
    const out = clipHalf(SQUARE_10, 0, 4, false);
    for (let i = 0; i < out.length; i += 2) expect(out[i]).toBeGreaterThanOrEqual(4);
    expect(Math.abs(shoelaceFlat(out))).toBeCloseTo(60, 12);
    expect(bounds(out)).toEqual([4, 0, 10, 10]);
  });
  it("clipHalf of a 10 × 10 square by y <= 3 keeps area 30", () => {
    const out = clipHalf(SQUARE_10, 1, 3, true);
    for (let i = 1; i < out.length; i += 2) expect(out[i]).toBeLessThanOrEqual(3);
    expect(Math.abs(shoelaceFlat(out))).toBeCloseTo(30, 12);
  });
  it("the two halves of a triangle add up to the whole", () => {
    for (const c of [0.5, 3, 6.25, 11]) {
      const below = Math.abs(shoelaceFlat(clipHalf(TRIANGLE, 0, c, true)));
      const above = Math.abs(shoelaceFlat(clipHalf(TRIANGLE, 0, c, false)));
      expect(below + above).toBeCloseTo(54, 10);
    }
  });
  it("cuts a sloping edge where it crosses the line", () => {
    // Triangle (0,0) (12,0) (0,9): the hypotenuse crosses x = 4 at y = 9 × (1 − 4/12) = 6.
    const out = clipHalf(TRIANGLE, 0, 4, true);
    const pts: [number, number][] = [];
    for (let i = 0; i < out.length; i += 2) pts.push([out[i]!, out[i + 1]!]);
    expect(pts.some(([x, y]) => x === 4 && Math.abs(y - 6) < 1e-12)).toBe(true);
    expect(Math.abs(shoelaceFlat(out))).toBeCloseTo(((9 + 6) / 2) * 4, 12);
  });
  it("keeps everything when the line lies beyond the ring and nothing when before it", () => {
    expect(Math.abs(shoelaceFlat(clipHalf(SQUARE_10, 0, 20, true)))).toBeCloseTo(100, 12);
    expect(clipHalf(SQUARE_10, 0, -1, true)).toEqual([]);
    expect(clipHalf(SQUARE_10, 1, 11, false)).toEqual([]);
  });
  it("returns an empty ring for an empty ring", () => expect(clipHalf([], 0, 1, true)).toEqual([]));
});

describe("bounds", () => {
  it("is [minX, minY, maxX, maxY] of a flat ring", () => expect(bounds([3, -1, -2, 5, 7, 0])).toEqual([-2, -1, 7, 5]));
});
