import { describe, expect, it } from "vitest";
import { subdividePath } from "../../src/geo/subdivide";
import type { LonLat } from "../../src/geo/units";

const segmentLengths = (p: readonly LonLat[]) => p.slice(1).map((q, i) => Math.hypot(q[0] - p[i]![0], q[1] - p[i]![1]));

describe("subdividePath", () => {
  it("splits a 10° segment with maxStep 3 into four equal steps of 2.5°", () => {
    const out = subdividePath([[0, 0], [10, 0]], 3);
    expect(out).toHaveLength(5);
    [0, 2.5, 5, 7.5, 10].forEach((lon, i) => {
      expect(out[i]![0]).toBeCloseTo(lon, 12);
      expect(out[i]![1]).toBeCloseTo(0, 12);
    });
  });
  it("splits a 3-4-5 diagonal with maxStep 1 into five steps of length 1", () => {
    const out = subdividePath([[0, 0], [3, 4]], 1);
    expect(out).toHaveLength(6);
    for (const d of segmentLengths(out)) expect(d).toBeCloseTo(1, 12);
  });
  it("leaves no segment longer than maxStep", () => {
    const path: LonLat[] = [[-20, 30], [40, 70], [41, 70.5], [-60, -10], [-60, -10], [100, 5]];
    for (const step of [0.3, 1, 2.7, 10]) {
      for (const d of segmentLengths(subdividePath(path, step))) expect(d).toBeLessThanOrEqual(step + 1e-9);
    }
  });
  it("keeps the original points, in order, as the same objects", () => {
    const path: LonLat[] = [[0, 0], [5, 5], [5, -3], [-7, 2]];
    const out = subdividePath(path, 0.7);
    let j = 0;
    for (const p of out) if (j < path.length && p === path[j]) j++;
    expect(j).toBe(path.length);
    expect(out[0]).toBe(path[0]);
    expect(out[out.length - 1]).toBe(path[path.length - 1]);
  });
  it("points between two points on a parallel stay on that latitude", () => {
    const out = subdividePath([[-30, 55], [60, 55], [120, 55]], 1);
    expect(out.length).toBeGreaterThan(150);
    for (const [, lat] of out) expect(lat).toBeCloseTo(55, 12);
  });
  it("points between two points on a meridian stay on that longitude", () => {
    const out = subdividePath([[17, -60], [17, 60]], 2);
    for (const [lon] of out) expect(lon).toBeCloseTo(17, 12);
  });
  it("inserts nothing into a segment exactly maxStep long or shorter", () => {
    expect(subdividePath([[0, 0], [2, 0], [2, 1]], 2)).toEqual([[0, 0], [2, 0], [2, 1]]);
  });
  it("keeps repeated points without inserting anything between them", () => {
    expect(subdividePath([[1, 1], [1, 1]], 0.5)).toEqual([[1, 1], [1, 1]]);
  });
  it("returns an empty path for an empty path and a single point for a single point", () => {
    expect(subdividePath([], 1)).toEqual([]);
    expect(subdividePath([[4, 5]], 1)).toEqual([[4, 5]]);
  });
  it("works on unwrapped longitudes past 180", () => {
    const out = subdividePath([[175, 0], [185, 0]], 1);
    expect(out).toHaveLength(11);
    expect(out[5]![0]).toBeCloseTo(180, 12);
  });
  it("throws on maxStep <= 0 or NaN", () => {
    for (const bad of [0, -1, Number.NaN]) expect(() => subdividePath([[0, 0], [1, 1]], bad)).toThrow(/invalid maxStep/);
  });
});
