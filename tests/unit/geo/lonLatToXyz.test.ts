import { describe, expect, it } from "vitest";
import { lonLatToXyz, xyzToLonLat } from "../../../src/geo/lonLatToXyz";

const S = Math.SQRT1_2;

function expectXyz(actual: readonly number[], expected: readonly number[], digits = 12) {
  expect(actual).toHaveLength(3);
  for (let i = 0; i < 3; i++) expect(actual[i]).toBeCloseTo(expected[i]!, digits);
}

describe("lonLatToXyz", () => {
  it("lonLatToXyz(0, 0) lies on +z", () => expectXyz(lonLatToXyz(0, 0), [0, 0, 1]));
  it("lonLatToXyz(90, 0) lies on +x", () => expectXyz(lonLatToXyz(90, 0), [1, 0, 0]));
  it("lonLatToXyz(-90, 0) lies on -x", () => expectXyz(lonLatToXyz(-90, 0), [-1, 0, 0]));
  it("lonLatToXyz(180, 0) and lonLatToXyz(-180, 0) both lie on -z", () => {
    expectXyz(lonLatToXyz(180, 0), [0, 0, -1]);
    expectXyz(lonLatToXyz(-180, 0), [0, 0, -1]);
  });
  it("the north pole lies on +y whatever the longitude", () => {
    for (const lon of [-180, -45, 0, 33, 170]) expectXyz(lonLatToXyz(lon, 90), [0, 1, 0]);
  });
  it("the south pole lies on -y whatever the longitude", () => {
    for (const lon of [-120, 0, 90]) expectXyz(lonLatToXyz(lon, -90), [0, -1, 0]);
  });
  it("lonLatToXyz(45, 45) is (1/2, √2/2, 1/2)", () => expectXyz(lonLatToXyz(45, 45), [0.5, S, 0.5]));
  it("lonLatToXyz(-135, -45) is (-1/2, -√2/2, -1/2)", () => expectXyz(lonLatToXyz(-135, -45), [-0.5, -S, -0.5]));
  it("longitudes past ±180 (unwrapped) land where their wrapped value does", () => {
    expectXyz(lonLatToXyz(190, 10), lonLatToXyz(-170, 10));
    expectXyz(lonLatToXyz(-200, -30), lonLatToXyz(160, -30));
  });
  it("scales by the radius", () => {
    expectXyz(lonLatToXyz(0, 0, 2.5), [0, 0, 2.5]);
    expectXyz(lonLatToXyz(90, 0, 0.5), [0.5, 0, 0]);
    const p = lonLatToXyz(37, -21, 1.0015);
    expect(Math.hypot(...p)).toBeCloseTo(1.0015, 12);
  });
  it("defaults to a radius of 1", () => {
    for (const [lon, lat] of [[12, 34], [-170, -80], [100, 5]] as const) expect(Math.hypot(...lonLatToXyz(lon, lat))).toBeCloseTo(1, 12);
  });
  it("writes into `out` and returns the same array", () => {
    const out: [number, number, number] = [9, 9, 9];
    const r = lonLatToXyz(90, 0, 2, out);
    expect(r).toBe(out);
    expectXyz(out, [2, 0, 0]);
  });
  it("returns a new array on each call when no `out` is given", () => {
    const a = lonLatToXyz(0, 0);
    const b = lonLatToXyz(90, 0);
    expect(a).not.toBe(b);
    expectXyz(a, [0, 0, 1]);
  });
});

describe("xyzToLonLat", () => {
  const close = (actual: readonly number[], expected: readonly number[]) => {
    expect(actual[0]).toBeCloseTo(expected[0]!, 10);
    expect(actual[1]).toBeCloseTo(expected[1]!, 10);
  };
  it("+z is (0, 0)", () => close(xyzToLonLat(0, 0, 1), [0, 0]));
  it("+x is (90, 0)", () => close(xyzToLonLat(1, 0, 0), [90, 0]));
  it("-x is (-90, 0)", () => close(xyzToLonLat(-1, 0, 0), [-90, 0]));
  it("-z is longitude ±180", () => {
    const [lon, lat] = xyzToLonLat(0, 0, -1);
    expect(Math.abs(lon)).toBeCloseTo(180, 10);
    expect(lat).toBeCloseTo(0, 10);
  });
  it("+y is latitude 90 and -y latitude -90", () => {
    expect(xyzToLonLat(0, 1, 0)[1]).toBeCloseTo(90, 10);
    expect(xyzToLonLat(0, -1, 0)[1]).toBeCloseTo(-90, 10);
  });
  it("accepts points of any length", () => {
    close(xyzToLonLat(0, 0, 7), [0, 0]);
    close(xyzToLonLat(3, 3 * Math.SQRT2, 3), [45, 45]);
  });
  it("a point slightly longer than 1 along y still gives latitude 90 (no NaN)", () => {
    expect(xyzToLonLat(0, 1 + 1e-12, 0)[1]).toBeCloseTo(90, 8);
  });
  it("the origin gives (0, 0) rather than NaN", () => expect(xyzToLonLat(0, 0, 0)).toEqual([0, 0]));
  it("round-trips lonLatToXyz over a grid of the globe (lon in (-180, 180), lat in [-89, 89])", () => {
    for (let lon = -179; lon < 180; lon += 7.5) {
      for (let lat = -89; lat <= 89; lat += 8.9) {
        const [x, y, z] = lonLatToXyz(lon, lat, 3);
        close(xyzToLonLat(x, y, z), [lon, lat]);
      }
    }
  });
  it("round-trips the poles' latitude", () => {
    for (const lat of [-90, 90]) {
      const [x, y, z] = lonLatToXyz(25, lat);
      expect(xyzToLonLat(x, y, z)[1]).toBeCloseTo(lat, 10);
    }
  });
});
