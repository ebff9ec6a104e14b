import { describe, expect, it } from "vitest";
import { expandFill } from "../../../src/geo/expandFill";
import { radii } from "../../../src/geo/units";

const near = (actual: ArrayLike<number>, expected: readonly number[]) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, i) => expect(actual[i]!, `entry ${i}`).toBeCloseTo(v, 6));
};

describe("expandFill: plane triangles to one indexed mesh on the sphere", () => {
  // One triangle per area, in hundredths of a degree (quantum 100): (0, 0), (90, 0), (0, 90) and (180, 0), (-90, 0), (0, -90).
  const areas = [
    { index: 3, coords: [0, 0, 9000, 0, 0, 9000], indices: [0, 1, 2] },
    { index: 7, coords: [18000, 0, -9000, 0, 0, -9000], indices: [2, 1, 0] },
  ];

  it("divides the coordinates by the quantum and keeps them as [lon, lat] per vertex", () => {
    near(expandFill(areas, 100, radii(1)).lonLat, [0, 0, 90, 0, 0, 90, 180, 0, -90, 0, 0, -90]);
  });
  it("places each vertex on the sphere of the given radius: (0, 0) on +z, lon 90 on +x, the north pole on +y", () => {
    const g = expandFill(areas, 100, radii(2));
    near(g.positions, [0, 0, 2, 2, 0, 0, 0, 2, 0, 0, 0, -2, -2, 0, 0, 0, -2, 0]);
  });
  it("tags every vertex with its area's index, and numbers the second area's vertices after the first's", () => {
    const g = expandFill(areas, 100, radii(1));
    expect([...g.area]).toEqual([3, 3, 3, 7, 7, 7]);
    expect([...g.indices]).toEqual([0, 1, 2, 5, 4, 3]);
  });
  it("takes unrounded coordinates with quantum 1", () => {
    near(expandFill([{ index: 0, coords: [12.5, -30.25], indices: [] }], 1, radii(1)).lonLat, [12.5, -30.25]);
  });
  it("gives empty arrays for no areas", () => {
    const g = expandFill([], 100, radii(1));
    expect([g.positions.length, g.area.length, g.indices.length, g.lonLat.length]).toEqual([0, 0, 0, 0]);
  });
});
