import { describe, expect, it } from "vitest";
import { triangulatePolygon, type PlaneTriangles } from "../../../src/geo/triangulate";
import type { LonLat, Polygon } from "../../../src/geo/units";

interface Tri {
  a: [number, number];
  b: [number, number];
  c: [number, number];
}
function triangles(t: PlaneTriangles): Tri[] {
  expect(t.indices.length % 3).toBe(0);
  const v = (i: number): [number, number] => [t.coords[i * 2]!, t.coords[i * 2 + 1]!];
  const out: Tri[] = [];
  for (let i = 0; i < t.indices.length; i += 3) out.push({ a: v(t.indices[i]!), b: v(t.indices[i + 1]!), c: v(t.indices[i + 2]!) });
  return out;
}
const triArea = ({ a, b, c }: Tri) => Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
const totalArea = (t: PlaneTriangles) => triangles(t).reduce((s, x) => s + triArea(x), 0);
const dist = (p: [number, number], q: [number, number]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
const longestEdge = (t: PlaneTriangles) => Math.max(...triangles(t).map(({ a, b, c }) => Math.max(dist(a, b), dist(b, c), dist(c, a))));
const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

describe("triangulatePolygon", () => {
  it("triangulates the square 0..10 × 0..10 into triangles of total area 100", () => {
    for (const step of [1, 3, 4, 10, 20]) expect(totalArea(triangulatePolygon([box(0, 0, 10, 10)], step))).toBeCloseTo(100, 8);
  });
  it("keeps every triangle edge within step × √2", () => {
    for (const step of [1, 2.5, 3]) {
      expect(longestEdge(triangulatePolygon([box(0, 0, 10, 10)], step))).toBeLessThanOrEqual(step * Math.SQRT2 + 1e-9);
      expect(longestEdge(triangulatePolygon([[[-20, 30], [40, 30], [40, 70], [10, 50], [-20, 70], [-20, 30]]], step))).toBeLessThanOrEqual(
        step * Math.SQRT2 + 1e-9,
      );
    }
  });
  it("leaves out a hole: the square with a 4..6 hole has area 96", () => {
    const hole: LonLat[] = [[4, 4], [4, 6], [6, 6], [6, 4], [4, 4]];
    for (const step of [1, 3, 5, 20]) expect(totalArea(triangulatePolygon([box(0, 0, 10, 10), hole], step))).toBeCloseTo(96, 8);
  });
  it("no triangle lies inside the hole", () => {
    const t = triangulatePolygon([box(0, 0, 10, 10), box(4, 4, 6, 6)], 3);
    for (const { a, b, c } of triangles(t)) {
      const cx = (a[0] + b[0] + c[0]) / 3;
      const cy = (a[1] + b[1] + c[1]) / 3;
      expect(cx > 4 && cx < 6 && cy > 4 && cy < 6).toBe(false);
    }
  });
  it("a concave (L-shaped) polygon keeps its area of 64", () => {
    const l: LonLat[] = [[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10], [0, 0]];
    expect(totalArea(triangulatePolygon([l], 3))).toBeCloseTo(64, 8);
  });

  describe("a polygon across the antimeridian (lon 170..190 given as 170..180 then -180..-170)", () => {
    const ring: LonLat[] = [[170, 0], [180, 0], [-175, 0], [-170, 0], [-170, 10], [-175, 10], [180, 10], [170, 10], [170, 0]];
    const t = triangulatePolygon([ring], 3);
    it("has the area of the unwrapped box, 20 × 10", () => expect(totalArea(t)).toBeCloseTo(200, 8));
    it("has no triangle spanning more than step in longitude", () => {
      for (const { a, b, c } of triangles(t)) expect(Math.max(a[0], b[0], c[0]) - Math.min(a[0], b[0], c[0])).toBeLessThanOrEqual(3 + 1e-9);
    });
    it("has all its vertices between 170 and 190 (unwrapped)", () => {
      for (let i = 0; i < t.coords.length; i += 2) {
        expect(t.coords[i]).toBeGreaterThanOrEqual(170 - 1e-9);
        expect(t.coords[i]).toBeLessThanOrEqual(190 + 1e-9);
      }
    });
    it("keeps a hole given east of the antimeridian (-178..-176) inside it: area 200 − 4", () => {
      const hole: LonLat[] = [[-178, 2], [-178, 4], [-176, 4], [-176, 2], [-178, 2]];
      expect(totalArea(triangulatePolygon([ring, hole], 3))).toBeCloseTo(196, 8);
    });
  });

  describe("a ring circling the south pole at lat -70", () => {
    const ring: LonLat[] = [];
    for (let lon = -180; lon <= 180; lon += 30) ring.push([lon, -70]);
    ring.push([-180, -70]);
    const t = triangulatePolygon([ring], 3);
    it("covers down to latitude -90", () => {
      let minLat = Infinity;
      for (let i = 1; i < t.coords.length; i += 2) minLat = Math.min(minLat, t.coords[i]!);
      expect(minLat).toBe(-90);
    });
    it("covers the whole plane cap 360 × 20", () => expect(totalArea(t)).toBeCloseTo(360 * 20, 6));
    it("keeps every triangle edge within step × √2", () => expect(longestEdge(t)).toBeLessThanOrEqual(3 * Math.SQRT2 + 1e-9));
  });

  it("appends to `out` and returns it, indexing its own vertices", () => {
    const out: PlaneTriangles = { coords: [], indices: [] };
    expect(triangulatePolygon([box(0, 0, 1, 1)], 5, out)).toBe(out);
    const first = out.coords.length / 2;
    triangulatePolygon([box(10, 10, 12, 11)], 5, out);
    expect(out.indices.slice(6).every((i) => i >= first && i < out.coords.length / 2)).toBe(true);
    expect(totalArea(out)).toBeCloseTo(1 + 2, 10);
  });
  it("returns nothing for an empty polygon or a degenerate ring", () => {
    const empty: Polygon = [];
    expect(triangulatePolygon(empty, 3)).toEqual({ coords: [], indices: [] });
    expect(triangulatePolygon([[[0, 0], [1, 1], [0, 0]]], 3)).toEqual({ coords: [], indices: [] });
  });
});
