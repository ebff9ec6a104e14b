import { describe, expect, it } from "vitest";
import { buildFill } from "../../../src/geo/buildFill";
import { expandFill, type FillGeometry } from "../../../src/geo/expandFill";
import { quantizeArea, type PackedArea } from "../../../src/geo/packedArea";
import { TriangleIndex } from "../../../src/geo/triangleIndex";
import { triangulatePolygon, type PlaneTriangles } from "../../../src/geo/triangulate";
import { radii, type LonLat, type Polygon } from "../../../src/geo/units";
import { unitVector } from "../support";

const QUANTUM = 100;

const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

/** One area as the build prepares it: triangulated on the 3° grid, then quantised to 0.01°. */
function packed(index: number, ...polygons: Polygon[]): PackedArea {
  const tri: PlaneTriangles = { coords: [], indices: [] };
  for (const p of polygons) triangulatePolygon(p, 3, tri);
  return quantizeArea(index, tri, QUANTUM);
}

/** A mesh of packed areas as the app unpacks it. */
const mesh = (...areas: PackedArea[]): FillGeometry => expandFill(areas, QUANTUM, radii(1));

describe("TriangleIndex.find", () => {
  const index = new TriangleIndex([mesh(packed(2, [box(0, 0, 10, 10)]), packed(5, [box(20, -10, 30, 0)]))]);

  it("gives the area of a point inside it", () => {
    expect(index.find(5, 5)).toBe(2);
    expect(index.find(0.5, 9.5)).toBe(2);
    expect(index.find(25, -5)).toBe(5);
    expect(index.find(29.9, -9.9)).toBe(5);
  });

  it("gives -1 for a point outside every area", () => {
    expect(index.find(15, 5)).toBe(-1);
    expect(index.find(5, -5)).toBe(-1);
    expect(index.find(5, 10.01)).toBe(-1);
    expect(index.find(-175, 80)).toBe(-1);
  });

  it("gives -1 for every point when there are no triangles", () => {
    const empty = new TriangleIndex([mesh(), mesh()]);
    expect(empty.find(0, 0)).toBe(-1);
    expect(new TriangleIndex([]).find(10, 10)).toBe(-1);
  });

  it("gives one of the two areas for a point on the edge they share", () => {
    const two = new TriangleIndex([mesh(packed(1, [box(0, 0, 1, 1)]), packed(2, [box(1, 0, 2, 1)]))]);
    expect([1, 2]).toContain(two.find(1, 0.5));
    expect([1, 2]).toContain(two.find(1, 1));
  });

  it("finds a point given as lon + 360 or lon - 360", () => {
    expect(index.find(5 + 360, 5)).toBe(2);
    expect(index.find(5 - 360, 5)).toBe(2);
    expect(index.find(25 + 360, -5)).toBe(5);
    expect(index.find(15 - 360, 5)).toBe(-1);
  });

  it("finds an area that continues past 180 (unwrapped to 185) at lon -176", () => {
    const pacific = new TriangleIndex([mesh(packed(3, [box(175, 0, 185, 10)]))]);
    expect(pacific.find(-176, 5)).toBe(3);
    expect(pacific.find(-179.5, 5)).toBe(3);
    expect(pacific.find(179, 5)).toBe(3);
    expect(pacific.find(-174, 5)).toBe(-1);
  });

  it("finds an area unwrapped west of -180 (to -185) at lon 176", () => {
    const west = new TriangleIndex([mesh(packed(3, [box(-185, 0, -175, 10)]))]);
    expect(west.find(176, 5)).toBe(3);
    expect(west.find(174, 5)).toBe(-1);
  });

  it("lets land (the first mesh) win over seas (the second) where they overlap", () => {
    const land = mesh(packed(0, [box(0, 0, 10, 10)]));
    const seas = mesh(packed(7, [box(-20, -20, 20, 20)]));
    const landFirst = new TriangleIndex([land, seas]);
    expect(landFirst.find(5, 5)).toBe(0);
    expect(landFirst.find(15, 15)).toBe(7);
    expect(landFirst.find(-5, 5)).toBe(7);
    // The order of the meshes decides, not the area numbers.
    expect(new TriangleIndex([seas, land]).find(5, 5)).toBe(7);
  });

  it("lets land win even when its triangle is found only through lon ± 360", () => {
    // Land unwrapped to 175..185; a sea on -180..-170 holds the same place on the sphere at lon -177.
    const land = mesh(packed(0, [box(175, 0, 185, 10)]));
    const seas = mesh(packed(9, [box(-180, -20, -170, 20)]));
    const both = new TriangleIndex([land, seas]);
    expect(both.find(-177, 5)).toBe(0);
    expect(both.find(-177, 15)).toBe(9);
    // And the other way round: land unwrapped to -185..-175, sea on 170..180, at lon 177.
    const west = new TriangleIndex([mesh(packed(0, [box(-185, 0, -175, 10)])), mesh(packed(9, [box(170, -20, 180, 20)]))]);
    expect(west.find(177, 5)).toBe(0);
    expect(west.find(177, -5)).toBe(9);
  });

  it("finds points in triangles larger than its 3° cells, at negative coordinates and near the poles", () => {
    const big = new TriangleIndex([buildFill([{ index: 4, polygons: [[box(-20, -20, 0, 0)]] }], radii(1), 40)]);
    expect(big.find(-0.5, -0.5)).toBe(4);
    expect(big.find(-10, -10)).toBe(4);
    expect(big.find(-19.5, -1)).toBe(4);
    const polar = new TriangleIndex([mesh(packed(6, [box(0, 80, 10, 90)]), packed(8, [Array.from({ length: 37 }, (_, i): LonLat => [180 - i * 10, -70])]))]);
    expect(polar.find(5, 89.9)).toBe(6);
    expect(polar.find(123, -89.9)).toBe(8);
    expect(polar.find(-45, -75)).toBe(8);
    expect(polar.find(-45, -65)).toBe(-1);
  });

  it("does not let a zero-area triangle claim points on its line beyond its corners", () => {
    const flat: FillGeometry = {
      positions: new Float32Array(9),
      area: Float32Array.from([5, 5, 5]),
      indices: Uint32Array.from([0, 1, 2]),
      lonLat: Float32Array.from([0, 0, 1, 0, 2, 0]),
    };
    expect(new TriangleIndex([flat]).find(2.5, 0)).toBe(-1);
  });
});

describe("expandFill", () => {
  const areas = [packed(3, [box(0, 40, 10, 50)]), packed(11, [box(175, -10, 185, 0)], [box(-60, -60, -50, -55)]), { index: 12, coords: new Int32Array(0), indices: new Uint32Array(0) }];
  const counts = areas.map((a) => a.coords.length / 2);
  const r = 0.998;
  const g = expandFill(areas, QUANTUM, radii(r));
  const vertexCount = counts.reduce((s, n) => s + n, 0);

  it("has one position, area and lonLat per vertex of every area, and every area's indices", () => {
    expect(g.positions.length).toBe(vertexCount * 3);
    expect(g.area.length).toBe(vertexCount);
    expect(g.lonLat.length).toBe(vertexCount * 2);
    expect(g.indices.length).toBe(areas.reduce((s, a) => s + a.indices.length, 0));
  });

  it("puts every vertex on the sphere of the given radius (|p| = radius within 1e-6)", () => {
    for (let v = 0; v < vertexCount; v++) {
      expect(Math.abs(Math.hypot(g.positions[v * 3]!, g.positions[v * 3 + 1]!, g.positions[v * 3 + 2]!) - r)).toBeLessThan(1e-6);
    }
  });

  it("places each vertex at its longitude and latitude (lon 90 on +x, y to the north), lon past 180 included", () => {
    for (let v = 0; v < vertexCount; v++) {
      const u = unitVector(g.lonLat[v * 2]!, g.lonLat[v * 2 + 1]!);
      for (let c = 0; c < 3; c++) expect(Math.abs(g.positions[v * 3 + c]! - r * u[c]!)).toBeLessThan(1e-6);
    }
  });

  it("gives lonLat as the integer coordinates divided by the quantum, and each vertex its area's index", () => {
    let v = 0;
    for (const a of areas) {
      for (let i = 0; i < a.coords.length / 2; i++, v++) {
        expect(g.lonLat[v * 2]).toBe(Math.fround(a.coords[i * 2]! / QUANTUM));
        expect(g.lonLat[v * 2 + 1]).toBe(Math.fround(a.coords[i * 2 + 1]! / QUANTUM));
        expect(g.area[v]).toBe(a.index);
      }
    }
    expect(Math.max(...g.lonLat.filter((_, i) => i % 2 === 0))).toBeCloseTo(185, 5);
  });

  it("offsets each area's indices by the vertices of the areas before it", () => {
    let base = 0;
    let k = 0;
    for (const [n, a] of areas.entries()) {
      for (let i = 0; i < a.indices.length; i++, k++) expect(g.indices[k]).toBe(base + a.indices[i]!);
      base += counts[n]!;
    }
  });

  it("never joins vertices of two areas in one triangle", () => {
    for (let t = 0; t < g.indices.length; t += 3) {
      const a = g.area[g.indices[t]!];
      expect(g.area[g.indices[t + 1]!]).toBe(a);
      expect(g.area[g.indices[t + 2]!]).toBe(a);
    }
  });

  it("gives an empty mesh for no areas", () => {
    const e = expandFill([], QUANTUM, radii(1));
    expect([e.positions.length, e.area.length, e.lonLat.length, e.indices.length]).toEqual([0, 0, 0, 0]);
  });
});
