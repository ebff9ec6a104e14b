import { describe, expect, it } from "vitest";
import { boundaryLines, type BoundaryLines } from "../../../src/geo/boundaryLines";
import { quantizeArea, type PackedArea } from "../../../src/geo/packedArea";
import { triangulatePolygon, type PlaneTriangles } from "../../../src/geo/triangulate";
import type { LonLat, Polygon } from "../../../src/geo/units";

const QUANTUM = 100;
const STEP = 3;

type Segment = [x1: number, y1: number, x2: number, y2: number];

const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

/** One area as the build prepares it: polygons triangulated on the 3° grid, then quantised to 0.01°. */
function packed(index: number, ...polygons: Polygon[]): PackedArea {
  const tri: PlaneTriangles = { coords: [], indices: [] };
  for (const p of polygons) triangulatePolygon(p, STEP, tri);
  return quantizeArea(index, tri, QUANTUM);
}

function segments(f: Float32Array): Segment[] {
  expect(f.length % 4).toBe(0);
  const out: Segment[] = [];
  for (let i = 0; i < f.length; i += 4) out.push([f[i]!, f[i + 1]!, f[i + 2]!, f[i + 3]!]);
  return out;
}

/** A segment as text with its ends in a fixed order, to compare sets of segments. */
const key = ([x1, y1, x2, y2]: Segment) => (x1 < x2 || (x1 === x2 && y1 <= y2) ? `${x1},${y1}–${x2},${y2}` : `${x2},${y2}–${x1},${y1}`);
const keys = (f: Float32Array) => segments(f).map(key).sort();
const planeLength = (f: Float32Array) => segments(f).reduce((s, [x1, y1, x2, y2]) => s + Math.hypot(x2 - x1, y2 - y1), 0);
const allSegments = (l: BoundaryLines) => [...segments(l.coasts), ...segments(l.borders)];

const wrap = (lon: number) => ((lon % 360) + 360) % 360;
const alongAntimeridian = ([x1, , x2]: Segment) => wrap(x1) === 180 && wrap(x2) === 180;
const alongVertical = (x: number, yMin: number, yMax: number) => ([x1, y1, x2, y2]: Segment) =>
  x1 === x && x2 === x && Math.min(y1, y2) >= yMin && Math.max(y1, y2) <= yMax;

describe("boundaryLines", () => {
  it("makes the edge two unit squares share one border tagged with both areas, and their other edges coasts", () => {
    const l = boundaryLines([packed(4, [box(0, 0, 1, 1)]), packed(9, [box(1, 0, 2, 1)])], QUANTUM, 3);
    expect(keys(l.borders)).toEqual(["1,0–1,1"]);
    expect([...l.borderAreas].sort()).toEqual([4, 9]);
    expect(keys(l.coasts)).toEqual(["0,0–0,1", "0,0–1,0", "0,1–1,1", "1,0–2,0", "1,1–2,1", "2,0–2,1"].sort());
  });

  it("tags each coast segment with the area it is the edge of, on and off the grid lines", () => {
    // Area 4 (a 6° square) is cut at the 3° grid inside; area 9 lies beside it, off the grid.
    const l = boundaryLines([packed(4, [box(0, 0, 6, 6)]), packed(9, [box(6, 1, 7.5, 2)])], QUANTUM, 3);
    expect(l.coastAreas.length).toBe(l.coasts.length / 4);
    const tagged = segments(l.coasts).map((s, i) => [s, l.coastAreas[i]!] as const);
    const lengthOf = (area: number) => tagged.filter(([, a]) => a === area).reduce((sum, [[x1, y1, x2, y2]]) => sum + Math.hypot(x2 - x1, y2 - y1), 0);
    // Area 4: its 24° of sides less the 1° it shares with area 9; area 9: 2 × 1.5° + 1°.
    expect(lengthOf(4)).toBeCloseTo(23, 4);
    expect(lengthOf(9)).toBeCloseTo(4, 4);
    for (const [[x1, , x2], a] of tagged) if (Math.min(x1, x2) > 6) expect(a).toBe(9);
    for (const [[x1, , x2], a] of tagged) if (Math.max(x1, x2) < 6) expect(a).toBe(4);
  });

  it("gives two pairs of areas' borders each their own tags", () => {
    const l = boundaryLines([packed(1, [box(0, 0, 1, 1)]), packed(2, [box(1, 0, 2, 1)]), packed(3, [box(2, 0, 3, 1)])], QUANTUM, 3);
    const tagged = segments(l.borders).map((s, i) => `${key(s)} ${[l.borderAreas[i * 2], l.borderAreas[i * 2 + 1]].sort().join("/")}`);
    expect(tagged.sort()).toEqual(["1,0–1,1 1/2", "2,0–2,1 2/3"]);
    expect(l.borderAreas.length).toBe((l.borders.length / 4) * 2);
  });

  it("draws no line along the 3° grid cuts inside an area: a 6° square's outline is its four sides", () => {
    const l = boundaryLines([packed(0, [box(0, 0, 6, 6)])], QUANTUM, 3);
    expect(l.borders.length).toBe(0);
    expect(planeLength(l.coasts)).toBeCloseTo(24, 4);
    for (const [x1, y1, x2, y2] of segments(l.coasts)) {
      const onSide = (x1 === x2 && (x1 === 0 || x1 === 6)) || (y1 === y2 && (y1 === 0 || y1 === 6));
      expect(onSide, `${[x1, y1, x2, y2]}`).toBe(true);
    }
  });

  it("draws a border cut at the grid as border pieces all the way along, not as coasts", () => {
    const l = boundaryLines([packed(1, [box(0, 0, 6, 6)]), packed(2, [box(6, 0, 12, 6)])], QUANTUM, 3);
    expect(planeLength(l.borders)).toBeCloseTo(6, 4);
    expect(segments(l.borders).every(alongVertical(6, 0, 6))).toBe(true);
    // Two 6° squares: 2 × 24° of sides, less the 6° side each gives to the border.
    expect(planeLength(l.coasts)).toBeCloseTo(48 - 12, 4);
  });

  it("draws no line between two polygons of the same area that touch", () => {
    const l = boundaryLines([packed(5, [box(0, 0, 1, 1)], [box(1, 0, 2, 1)])], QUANTUM, 3);
    expect(l.borders.length).toBe(0);
    expect(segments(l.coasts).some(alongVertical(1, 0, 1))).toBe(false);
    expect(planeLength(l.coasts)).toBeCloseTo(6, 4);
  });

  for (const [name, ring] of [
    ["unwrapped to lon 190", box(170, 0, 190, 10)],
    ["given as 170 to -170", [[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]] as LonLat[]],
  ] as const) {
    it(`draws no line along lon 180 inside a polygon that crosses the antimeridian (${name})`, () => {
      const l = boundaryLines([packed(0, [ring])], QUANTUM, 3);
      expect(allSegments(l).filter(alongAntimeridian)).toEqual([]);
      expect(planeLength(l.coasts)).toBeCloseTo(60, 4);
    });
  }

  it("draws no seam where one area continues across the antimeridian as two polygons (+180 and -180)", () => {
    const l = boundaryLines([packed(3, [box(170, 60, 180, 70)], [box(-180, 60, -170, 70)])], QUANTUM, 3);
    expect(allSegments(l).filter(alongAntimeridian)).toEqual([]);
    expect(l.borders.length).toBe(0);
    // Only the north, south and outer sides: 2 × 20° + 2 × 10°.
    expect(planeLength(l.coasts)).toBeCloseTo(60, 4);
  });

  it("draws no line along the antimeridian between two different areas either (no border runs along it)", () => {
    const l = boundaryLines([packed(1, [box(170, 60, 180, 70)]), packed(2, [box(-180, 60, -170, 70)])], QUANTUM, 3);
    expect(allSegments(l).filter(alongAntimeridian)).toEqual([]);
    expect(l.borders.length).toBe(0);
  });

  it("draws no zero-length segment across a pole that a polygon touches", () => {
    const l = boundaryLines([packed(0, [box(0, 80, 10, 90)])], QUANTUM, 3);
    const atPole = allSegments(l).filter(([, y1, , y2]) => Math.abs(y1) === 90 && Math.abs(y2) === 90);
    expect(atPole).toEqual([]);
    // Left, right and bottom sides remain.
    expect(planeLength(l.coasts)).toBeCloseTo(30, 4);
  });

  it("outlines a ring around the south pole (Antarctica) by its coast only: no seam at ±180, nothing at the pole", () => {
    const coast = Array.from({ length: 37 }, (_, i): LonLat => [180 - i * 10, -70]);
    const l = boundaryLines([packed(0, [coast])], QUANTUM, 3);
    expect(l.borders.length).toBe(0);
    for (const [x1, y1, x2, y2] of segments(l.coasts)) {
      expect(y1).toBe(-70);
      expect(y2).toBe(-70);
      expect(x1).not.toBe(x2);
    }
    expect(planeLength(l.coasts)).toBeCloseTo(360, 4);
  });

  it("gives coordinates in degrees (grid integers divided by the quantum)", () => {
    const a: PackedArea = { index: 0, coords: Int32Array.from([150, 250, 350, 250, 150, 450]), indices: Uint32Array.from([0, 1, 2]) };
    expect(keys(boundaryLines([a], 100, 3).coasts)).toEqual(["1.5,2.5–1.5,4.5", "1.5,2.5–3.5,2.5", "1.5,4.5–3.5,2.5"]);
  });

  it("gives nothing for no areas, or for an area with no triangles", () => {
    for (const areas of [[], [{ index: 0, coords: new Int32Array(0), indices: new Uint32Array(0) }]]) {
      const l = boundaryLines(areas, QUANTUM, 3);
      expect([l.coasts.length, l.coastAreas.length, l.borders.length, l.borderAreas.length]).toEqual([0, 0, 0, 0]);
    }
  });

  it("draws no line along an internal grid cut that splits only one side of it", () => {
    // The left part (height 6) is cut at lat 3; the right part (a 3° square) is not.
    const l = boundaryLines([packed(0, [[[0, 0], [3, 1.5], [6, 1.5], [6, 4.5], [3, 4.5], [0, 6], [0, 0]]])], QUANTUM, 3);
    expect(segments(l.coasts).filter(alongVertical(3, 1.5, 4.5))).toEqual([]);
  });

  it("keeps a border one border when only one of its two areas is cut at a grid line there", () => {
    const left = packed(1, [[[0, 0], [3, 1.5], [3, 4.5], [0, 6], [0, 0]]]);
    const right = packed(2, [box(3, 1.5, 6, 4.5)]);
    const l = boundaryLines([left, right], QUANTUM, 3);
    expect(planeLength(l.borders)).toBeCloseTo(3, 4);
    expect(segments(l.coasts).filter(alongVertical(3, 1.5, 4.5))).toEqual([]);
  });
});
