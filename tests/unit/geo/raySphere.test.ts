import { describe, expect, it } from "vitest";
import { raySphere } from "../../../src/geo/raySphere";

/** raySphere with vectors; the direction is normalised here. */
function hit(o: [number, number, number], d: [number, number, number], r = 1): number {
  const n = Math.hypot(...d);
  return raySphere(o[0], o[1], o[2], d[0] / n, d[1] / n, d[2] / n, r);
}

describe("raySphere", () => {
  it("from outside, straight at the centre: hits the near side", () => {
    expect(hit([0, 0, 5], [0, 0, -1])).toBeCloseTo(4, 12);
    expect(hit([-3, 0, 0], [1, 0, 0], 2)).toBeCloseTo(1, 12);
  });
  it("from outside, off the centre: hits where the ray first meets the sphere", () => {
    // Ray along -z at height y = 0.6 from z = 5 meets the unit sphere at z = 0.8: 4.2 along.
    expect(hit([0, 0.6, 5], [0, 0, -1])).toBeCloseTo(4.2, 12);
    // An oblique ray: from (3, 4, 0) towards the origin, distance 5, radius 1 → 4.
    expect(hit([3, 4, 0], [-3, -4, 0])).toBeCloseTo(4, 12);
  });
  it("the hit point is on the sphere", () => {
    const o: [number, number, number] = [1.5, -2, 2.5];
    const d: [number, number, number] = [-0.5, 0.7, -0.6];
    const n = Math.hypot(...d);
    const t = hit(o, d, 1.2);
    expect(t).toBeGreaterThan(0);
    const p = o.map((v, i) => v + (d[i]! / n) * t);
    expect(Math.hypot(...p)).toBeCloseTo(1.2, 9);
  });
  it("misses: -1", () => {
    expect(hit([0, 2, 5], [0, 0, -1])).toBe(-1);
    expect(hit([0, 1.0001, 5], [0, 0, -1])).toBe(-1);
  });
  it("grazing the sphere (tangent): hits at the touching point", () => {
    expect(hit([0, 1, 5], [0, 0, -1])).toBeCloseTo(5, 12);
  });
  it("from inside: hits the sphere on the way out", () => {
    expect(hit([0, 0, 0], [0, 0, 1])).toBeCloseTo(1, 12);
    expect(hit([0, 0, 0.5], [0, 0, 1])).toBeCloseTo(0.5, 12);
    expect(hit([0, 0, 0.5], [0, 0, -1])).toBeCloseTo(1.5, 12);
  });
  it("from outside, pointing away: -1", () => {
    expect(hit([0, 0, 5], [0, 0, 1])).toBe(-1);
    expect(hit([0, 0.5, 5], [0, 0.1, 1])).toBe(-1);
  });
  it("starting on the sphere and pointing in: 0", () => {
    expect(hit([0, 0, 1], [0, 0, -1])).toBeCloseTo(0, 12);
  });
});
