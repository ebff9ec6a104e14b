import { describe, expect, it } from "vitest";
import { buildFill } from "../../../src/geo/buildFill";
import type { FillGeometry } from "../../../src/geo/expandFill";
import { radii, type LonLat } from "../../../src/geo/units";

const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const DEG = Math.PI / 180;

const vertex = (g: FillGeometry, i: number): [number, number, number] => [g.positions[i * 3]!, g.positions[i * 3 + 1]!, g.positions[i * 3 + 2]!];
const lonOf = ([x, , z]: [number, number, number]) => Math.atan2(x, z) / DEG;
const latOf = ([x, y, z]: [number, number, number]) => Math.asin(y / Math.hypot(x, y, z)) / DEG;

/** Sum of the flat triangle areas. */
function meshArea(g: FillGeometry): number {
  let s = 0;
  for (let t = 0; t < g.indices.length; t += 3) {
    const a = vertex(g, g.indices[t]!);
    const b = vertex(g, g.indices[t + 1]!);
    const c = vertex(g, g.indices[t + 2]!);
    const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    s += Math.hypot(u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!) / 2;
  }
  return s;
}

describe("buildFill", () => {
  const europe = { index: 7, polygons: [[box(0, 40, 10, 50)]] };
  const pacific = { index: 3, polygons: [[box(100, -10, 110, 0)], [box(120, -10, 125, -5)]] };
  const g = buildFill([europe, pacific], radii(1), 3);
  const vertexCount = g.positions.length / 3;

  it("puts every vertex at distance radius from the origin", () => {
    for (const r of [1, 0.998, 1.5]) {
      const h = buildFill([europe, pacific], radii(r), 3);
      for (let i = 0; i < h.positions.length / 3; i++) expect(Math.hypot(...vertex(h, i))).toBeCloseTo(r, 5);
    }
  });
  it("has one area value per vertex and three indices per triangle", () => {
    expect(g.area.length).toBe(vertexCount);
    expect(g.indices.length % 3).toBe(0);
    expect(g.indices.length).toBeGreaterThan(0);
  });
  it("keeps every index within range", () => {
    for (const i of g.indices) expect(i).toBeLessThan(vertexCount);
  });
  it("tags each vertex with the index of the area it came from", () => {
    for (let i = 0; i < vertexCount; i++) {
      const lon = lonOf(vertex(g, i));
      const expected = lon > -1e-3 && lon < 10 + 1e-3 ? 7 : lon > 100 - 1e-3 && lon < 125 + 1e-3 ? 3 : -1;
      expect(g.area[i]).toBe(expected);
    }
  });
  it("never joins vertices of two areas in one triangle", () => {
    for (let t = 0; t < g.indices.length; t += 3) {
      const a = g.area[g.indices[t]!];
      expect(g.area[g.indices[t + 1]!]).toBe(a);
      expect(g.area[g.indices[t + 2]!]).toBe(a);
    }
  });
  it("places vertices at their longitude and latitude (lon 90 on +x, y to the north)", () => {
    const h = buildFill([{ index: 0, polygons: [[box(80, 10, 90, 20)]] }], radii(1), 20);
    for (let i = 0; i < h.positions.length / 3; i++) {
      const p = vertex(h, i);
      expect(p[0]).toBeGreaterThan(0);
      expect(p[1]).toBeGreaterThan(0);
      expect(lonOf(p)).toBeGreaterThan(80 - 1e-3);
      expect(lonOf(p)).toBeLessThan(90 + 1e-3);
      expect(latOf(p)).toBeGreaterThan(10 - 1e-3);
      expect(latOf(p)).toBeLessThan(20 + 1e-3);
    }
  });
  it("covers the spherical area of a lon/lat box (Δλ × (sin φ2 − sin φ1)), to 0.1%", () => {
    const h = buildFill([{ index: 0, polygons: [[box(0, 0, 10, 10)]] }], radii(1), 1);
    const sphere = 10 * DEG * Math.sin(10 * DEG);
    expect(Math.abs(meshArea(h) / sphere - 1)).toBeLessThan(1e-3);
  });
  it("filled polygons hug the sphere: each triangle's centroid is farther than 0.998 × radius (lon -20..40, lat 30..70)", () => {
    const r = 1;
    const h = buildFill([{ index: 0, polygons: [[box(-20, 30, 40, 70)]] }], radii(r), 3);
    expect(h.indices.length / 3).toBeGreaterThan(200);
    let worst = Infinity;
    for (let t = 0; t < h.indices.length; t += 3) {
      const a = vertex(h, h.indices[t]!);
      const b = vertex(h, h.indices[t + 1]!);
      const c = vertex(h, h.indices[t + 2]!);
      worst = Math.min(worst, Math.hypot((a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3));
    }
    expect(worst).toBeGreaterThan(0.998 * r);
  });
  it("covers an area across the antimeridian without a triangle spanning the globe", () => {
    const ring: LonLat[] = [[170, 0], [180, 0], [-170, 0], [-170, 10], [180, 10], [170, 10], [170, 0]];
    const h = buildFill([{ index: 0, polygons: [[ring]] }], radii(1), 3);
    const sphere = 20 * DEG * Math.sin(10 * DEG);
    expect(Math.abs(meshArea(h) / sphere - 1)).toBeLessThan(3e-3);
    for (let t = 0; t < h.indices.length; t += 3) {
      const a = vertex(h, h.indices[t]!);
      const b = vertex(h, h.indices[t + 1]!);
      const c = vertex(h, h.indices[t + 2]!);
      for (const [p, q] of [[a, b], [b, c], [c, a]] as const) {
        expect(Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])).toBeLessThan(0.1);
      }
    }
  });
  it("returns empty arrays for no areas", () => {
    const h = buildFill([], radii(1), 3);
    expect(h.positions.length).toBe(0);
    expect(h.area.length).toBe(0);
    expect(h.indices.length).toBe(0);
  });
});
