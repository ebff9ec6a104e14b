import { describe, expect, it } from "vitest";
import { areaCentroid } from "../../../src/geo/areaCentroid";
import { buildFill } from "../../../src/geo/buildFill";
import { radii, type LonLat } from "../../../src/geo/units";
import { unitVector } from "../support";

const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const inBox = (p: LonLat | null, x0: number, y0: number, x1: number, y1: number) =>
  p !== null && p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;

describe("areaCentroid", () => {
  const single = buildFill([{ index: 0, polygons: [[box(10, 40, 30, 50)]] }], radii(1), 3);

  it("puts the label point of a single area inside the area", () => {
    const p = areaCentroid(single.positions, single.indices, single.area, () => true, unitVector(20, 45), 90);
    expect(inBox(p, 10, 40, 30, 50)).toBe(true);
  });
  it("puts it near the middle of a symmetric box (within 3°)", () => {
    const p = areaCentroid(single.positions, single.indices, single.area, () => true, unitVector(20, 45), 90)!;
    expect(Math.abs(p[0] - 20)).toBeLessThan(3);
    expect(Math.abs(p[1] - 45)).toBeLessThan(3);
  });
  it("does not depend on the length of the focus vector", () => {
    const a = areaCentroid(single.positions, single.indices, single.area, () => true, unitVector(20, 45), 90)!;
    const f = unitVector(20, 45).map((v) => v * 5) as [number, number, number];
    const b = areaCentroid(single.positions, single.indices, single.area, () => true, f, 90)!;
    expect(b[0]).toBeCloseTo(a[0], 9);
    expect(b[1]).toBeCloseTo(a[1], 9);
  });
  it("puts the label point of a concave (L-shaped) area on the area, not in its notch", () => {
    const l: LonLat[] = [[0, 0], [20, 0], [20, 4], [4, 4], [4, 20], [0, 20], [0, 0]];
    const g = buildFill([{ index: 0, polygons: [[l]] }], radii(1), 2);
    const p = areaCentroid(g.positions, g.indices, g.area, () => true, unitVector(7, 7), 90);
    expect(inBox(p, 0, 0, 20, 4) || inBox(p, 0, 0, 4, 20)).toBe(true);
  });

  describe("with several areas", () => {
    const g = buildFill(
      [
        { index: 0, polygons: [[box(0, 40, 10, 50)]] },
        { index: 1, polygons: [[box(20, 40, 30, 50)], [box(-100, 30, -90, 40)]] },
        { index: 2, polygons: [[box(0, -50, 10, -40)]] },
      ],
      radii(1),
      3,
    );

    it("counts only the included areas", () => {
      expect(inBox(areaCentroid(g.positions, g.indices, g.area, (a) => a === 0, unitVector(15, 45), 60), 0, 40, 10, 50)).toBe(true);
      expect(inBox(areaCentroid(g.positions, g.indices, g.area, (a) => a === 2, unitVector(15, 0), 90), 0, -50, 10, -40)).toBe(true);
    });
    it("counts only triangles within maxAngle of the focus: the part being looked at gets the label", () => {
      const europe = areaCentroid(g.positions, g.indices, g.area, (a) => a === 1, unitVector(25, 45), 40);
      expect(inBox(europe, 20, 40, 30, 50)).toBe(true);
      const america = areaCentroid(g.positions, g.indices, g.area, (a) => a === 1, unitVector(-95, 35), 40);
      expect(inBox(america, -100, 30, -90, 40)).toBe(true);
    });
    it("the label point lies on one of the counted areas even when their weighted centre does not", () => {
      const p = areaCentroid(g.positions, g.indices, g.area, (a) => a === 0 || a === 1, unitVector(15, 45), 60);
      expect(inBox(p, 0, 40, 10, 50) || inBox(p, 20, 40, 30, 50)).toBe(true);
    });
    it("returns null when no area is included", () => {
      expect(areaCentroid(g.positions, g.indices, g.area, () => false, unitVector(15, 45), 180)).toBeNull();
      expect(areaCentroid(g.positions, g.indices, g.area, (a) => a === 99, unitVector(15, 45), 180)).toBeNull();
    });
    it("returns null when every included triangle is farther than maxAngle from the focus", () => {
      expect(areaCentroid(g.positions, g.indices, g.area, (a) => a === 0, unitVector(-175, -45), 30)).toBeNull();
      expect(areaCentroid(g.positions, g.indices, g.area, (a) => a === 2, unitVector(5, 45), 30)).toBeNull();
    });
    it("returns null for an empty geometry", () => {
      expect(areaCentroid(new Float32Array(0), new Uint32Array(0), new Float32Array(0), () => true, [0, 0, 1], 180)).toBeNull();
    });
  });
});
