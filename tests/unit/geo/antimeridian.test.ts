import { describe, expect, it } from "vitest";
import { continuousRing, unwrapPath } from "../../../src/geo/antimeridian";
import type { LonLat } from "../../../src/geo/units";
import { shoelace } from "../support";

const lons = (p: readonly LonLat[]) => p.map((q) => q[0]);

/** Largest |Δlon| between consecutive points, including the closing edge back to the first point. */
function largestStep(ring: readonly LonLat[], skipPoles = false): number {
  let m = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    // An edge along a pole (lat ±90 at both ends) is a single point on the sphere.
    if (skipPoles && a[1] === b[1] && Math.abs(a[1]) === 90) continue;
    m = Math.max(m, Math.abs(b[0] - a[0]));
  }
  return m;
}

describe("unwrapPath", () => {
  it("continues eastward across the antimeridian: 170, 179, -179, -170 → 170, 179, 181, 190", () => {
    const out = unwrapPath([[170, 0], [179, 1], [-179, 2], [-170, 3]]);
    expect(lons(out)).toEqual([170, 179, 181, 190]);
    expect(out.map((p) => p[1])).toEqual([0, 1, 2, 3]);
  });
  it("continues westward across the antimeridian: -170, -179, 179, 170 → -170, -179, -181, -190", () => {
    expect(lons(unwrapPath([[-170, 0], [-179, 0], [179, 0], [170, 0]]))).toEqual([-170, -179, -181, -190]);
  });
  it("comes back after crossing there and back", () => {
    expect(lons(unwrapPath([[170, 0], [-170, 0], [170, 0], [-175, 0]]))).toEqual([170, 190, 170, 185]);
  });
  it("leaves consecutive longitude differences below 180", () => {
    const path: LonLat[] = [[160, 60], [179.5, 65], [-179.5, 66], [-160, 70], [170, 72], [5, 0], [175, -10], [-175, -12]];
    const out = unwrapPath(path);
    for (let i = 1; i < out.length; i++) expect(Math.abs(out[i]![0] - out[i - 1]![0])).toBeLessThan(180);
  });
  it("changes each longitude only by a multiple of 360", () => {
    const path: LonLat[] = [[160, 60], [-179.5, 66], [-160, 70], [170, 72], [-175, -12]];
    unwrapPath(path).forEach(([lon], i) => {
      const k = (lon - path[i]![0]) / 360;
      expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-12);
    });
  });
  it("leaves a path that does not cross the antimeridian unchanged", () => {
    const path: LonLat[] = [[-10, 5], [20, 6], [100, 7], [-60, 8]];
    expect(unwrapPath(path)).toEqual(path);
  });
  it("returns an empty path for an empty path", () => expect(unwrapPath([])).toEqual([]));
});

describe("continuousRing", () => {
  it("makes a Fiji-like box from 175 to -175 continuous: 175 … 185, westernmost 175", () => {
    const out = continuousRing([[175, -17], [-175, -17], [-175, -15], [175, -15], [175, -17]]);
    expect(out).toEqual([[175, -17], [185, -17], [185, -15], [175, -15]]);
  });
  it("shifts a box that starts east of the antimeridian so its westernmost point lies in [-180, 180)", () => {
    const out = continuousRing([[-175, -17], [-175, -15], [175, -15], [175, -17], [-175, -17]]);
    expect(Math.min(...lons(out))).toBe(175);
    expect(Math.max(...lons(out))).toBe(185);
    expect(Math.abs(shoelace(out))).toBeCloseTo(10 * 2, 10);
  });
  it("makes a Russia-like (Chukotka) ring crossing the antimeridian continuous, with its area kept", () => {
    // 170..190 × 60..70 in unwrapped terms: 170→180 as given, then -180..-170.
    const ring: LonLat[] = [[170, 60], [179, 60], [-179, 60], [-170, 60], [-170, 70], [-179, 70], [179, 70], [170, 70], [170, 60]];
    const out = continuousRing(ring);
    expect(largestStep(out)).toBeLessThan(180);
    const west = Math.min(...lons(out));
    expect(west).toBeGreaterThanOrEqual(-180);
    expect(west).toBeLessThan(180);
    expect(west).toBe(170);
    expect(Math.max(...lons(out))).toBe(190);
    expect(Math.abs(shoelace(out))).toBeCloseTo(20 * 10, 10);
  });
  it("drops the repeated closing point", () => {
    expect(continuousRing([[0, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1]]);
  });
  it("accepts an open ring (without the closing point)", () => {
    expect(continuousRing([[0, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1]]);
  });
  it("brings a ring given wholly past +180 back into [-180, 180)", () => {
    expect(continuousRing([[185, 0], [190, 0], [190, 5], [185, 0]])).toEqual([[-175, 0], [-170, 0], [-170, 5]]);
  });
  it("brings a ring given wholly west of -180 back into [-180, 180)", () => {
    expect(continuousRing([[-200, 0], [-190, 0], [-190, 5], [-200, 0]])).toEqual([[160, 0], [170, 0], [170, 5]]);
  });
  it("keeps a ring whose westernmost point is exactly -180", () => {
    expect(continuousRing([[-180, 0], [-170, 0], [-170, 5], [-180, 0]])).toEqual([[-180, 0], [-170, 0], [-170, 5]]);
  });
  it("returns an empty ring for an empty ring", () => expect(continuousRing([])).toEqual([]));

  describe("a ring that circles the south pole (Antarctica-like, lon -180..180 at lat -70 with the closing jump)", () => {
    const ring: LonLat[] = [[-180, -70], [-90, -70], [0, -70], [90, -70], [180, -70], [-180, -70]];
    const out = continuousRing(ring);

    it("is closed through latitude -90", () => {
      expect(out.some((p) => p[1] === -90)).toBe(true);
      expect(out.filter((p) => p[1] === -90)).toHaveLength(2);
    });
    it("has a plane area covering the whole cap: 360 × 20", () => {
      expect(Math.abs(shoelace(out))).toBeCloseTo(360 * 20, 8);
    });
    it("has no longitude jump of 180 or more except along the pole itself", () => expect(largestStep(out, true)).toBeLessThan(180));
    it("has its westernmost point in [-180, 180)", () => {
      const west = Math.min(...lons(out));
      expect(west).toBeGreaterThanOrEqual(-180);
      expect(west).toBeLessThan(180);
    });
    it("also works when the ring runs westward", () => {
      const westward = continuousRing([...ring].reverse());
      expect(westward.some((p) => p[1] === -90)).toBe(true);
      expect(Math.abs(shoelace(westward))).toBeCloseTo(360 * 20, 8);
    });
    it("also works when the ring starts elsewhere than at the antimeridian", () => {
      const shifted = continuousRing([[0, -75], [90, -75], [180, -75], [-90, -75], [0, -75]]);
      expect(shifted.some((p) => p[1] === -90)).toBe(true);
      expect(Math.abs(shoelace(shifted))).toBeCloseTo(360 * 15, 8);
    });
  });

  it("closes a ring that circles the north pole through latitude 90", () => {
    const out = continuousRing([[-180, 80], [-60, 80], [60, 80], [180, 80], [-180, 80]]);
    expect(out.some((p) => p[1] === 90)).toBe(true);
    expect(out.some((p) => p[1] === -90)).toBe(false);
    expect(Math.abs(shoelace(out))).toBeCloseTo(360 * 10, 8);
  });
});
