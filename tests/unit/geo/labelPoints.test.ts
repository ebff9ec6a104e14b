import { describe, expect, it } from "vitest";
import { labelPoints } from "../../../src/geo/labelPoints";
import type { LonLat, Polygon } from "../../../src/geo/units";

const rect = (west: number, south: number, east: number, north: number): Polygon => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ] as LonLat[],
];

describe("labelPoints", () => {
  it("names a square at its centre, with the distance to its edges as clearance", () => {
    const [p, ...rest] = labelPoints([rect(-2, -2, 2, 2)]);
    expect(rest).toEqual([]);
    expect(p!.lon).toBeCloseTo(0, 1);
    expect(p!.lat).toBeCloseTo(0, 1);
    expect(p!.clearance).toBeCloseTo(2, 1);
  });

  it("names an L-shaped area in its thick part, never in the notch outside it", () => {
    const l: Polygon = [
      [
        [0, 0],
        [10, 0],
        [10, 3],
        [3, 3],
        [3, 10],
        [0, 10],
        [0, 0],
      ] as LonLat[],
    ];
    const [p] = labelPoints([l]);
    expect(p!.lon < 3 || p!.lat < 3).toBe(true);
    // The widest circle inside sits in the corner, just past half the arms' width (1.5), short of the corner's reach.
    expect(p!.clearance).toBeGreaterThan(1.5);
    expect(p!.clearance).toBeLessThan(1.8);
  });

  it("keeps out of a hole", () => {
    const ring: Polygon = [rect(-4, -4, 4, 4)[0]!, rect(-2, -2, 2, 2)[0]!];
    const [p] = labelPoints([ring]);
    expect(Math.max(Math.abs(p!.lon), Math.abs(p!.lat))).toBeGreaterThan(2);
  });

  it("names a small island only when it is the largest part", () => {
    const mainland = rect(0, 0, 6, 6);
    const islet = rect(20, 0, 20.2, 0.2);
    expect(labelPoints([mainland, islet])).toHaveLength(1);
    expect(labelPoints([islet])).toHaveLength(1);
  });

  it("gives a wide area several places to be named, each well inside it", () => {
    const wide = rect(0, 40, 120, 60);
    const points = labelPoints([wide]);
    expect(points.length).toBeGreaterThan(2);
    const lons = points.map((p) => p.lon).sort((a, b) => a - b);
    expect(lons[0]).toBeLessThan(40);
    expect(lons[lons.length - 1]).toBeGreaterThan(80);
    for (const p of points) expect(p.clearance).toBeGreaterThanOrEqual(3);
    const clearances = points.map((p) => p.clearance);
    expect(clearances).toEqual([...clearances].sort((a, b) => b - a));
  });
});
