import { geoArea } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { simplifiedWorld } from "../../../src/data/packGeography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { planarPolygon } from "../../../src/geo/antimeridian";
import { worldTopology } from "../support";

const EARTH_KM2 = 4 * Math.PI * 6371 ** 2;

/** Spherical area of the land mesh's triangles tagged with one area index, as a share of the sphere. */
function meshShare(g: Geography, index: number): { share: number; longestEdge: number } {
  const { positions: p, indices, area } = g.land;
  let total = 0;
  let longestEdge = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    if (area[a] !== index) continue;
    const at = (i: number) => [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!] as const;
    const [x, y, z] = [at(a), at(b), at(c)];
    const u = [y[0]! - x[0]!, y[1]! - x[1]!, y[2]! - x[2]!];
    const w = [z[0]! - x[0]!, z[1]! - x[1]!, z[2]! - x[2]!];
    total += Math.hypot(u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!) / 2;
    for (const [m, n] of [[x, y], [y, z], [z, x]] as const) longestEdge = Math.max(longestEdge, Math.hypot(m[0]! - n[0]!, m[1]! - n[1]!, m[2]! - n[2]!));
  }
  return { share: total / (4 * Math.PI), longestEdge };
}

let g: Geography;
let world: Topology;
beforeAll(() => {
  g = prepareGeography();
  world = simplifiedWorld();
});

describe("the real land mesh", () => {
  it("planarPolygon takes the ring that encloses the land as outer when two rings circle the pole (Antarctica)", () => {
    const nearPole = Array.from({ length: 37 }, (_, i) => [-180 + i * 10, -89.999] as const);
    const coast = Array.from({ length: 37 }, (_, i) => [180 - i * 10, -70] as const);
    const rings = planarPolygon([nearPole, coast]);
    expect(rings).toHaveLength(2);
    expect(Math.max(...rings[0]!.map((p) => p[1]))).toBeCloseTo(-70, 6);
    expect(Math.max(...rings[1]!.map((p) => p[1]))).toBeGreaterThan(-90);
    expect(Math.max(...rings[1]!.map((p) => p[1]))).toBeLessThan(-89.9);
  });

  for (const code of ["ATA", "RUS", "FJI", "USA", "NOR"]) {
    it(`covers ${code}'s spherical area (d3-geo's geoArea of the simplified feature) within 2%, and of the full one within 4%, with no stray long triangle`, () => {
      const name = g.ref.countries.get(code)!.atlasName;
      const areaIn = (topo: Topology) => {
        const geom = (topo.objects.countries as GeometryCollection).geometries.find((x) => (x.properties as { name: string }).name === name)!;
        return geoArea(feature(topo, geom) as never) / (4 * Math.PI);
      };
      const piece = g.atlas.pieces.find((p) => p.key === code)!;
      const { share, longestEdge } = meshShare(g, piece.index);
      const simplified = areaIn(world);
      expect(share * EARTH_KM2).toBeGreaterThan(simplified * EARTH_KM2 * 0.98);
      expect(share * EARTH_KM2).toBeLessThan(simplified * EARTH_KM2 * 1.02);
      const full = areaIn(worldTopology());
      expect(share * EARTH_KM2).toBeGreaterThan(full * EARTH_KM2 * 0.96);
      expect(share * EARTH_KM2).toBeLessThan(full * EARTH_KM2 * 1.04);
      // A 3° grid cell's diagonal is about 0.074 globe radii.
      expect(longestEdge).toBeLessThan(0.08);
    });
  }

  it("finds Antarctica under the pointer, on its interior and near the pole", () => {
    const ata = g.atlas.pieces.find((p) => p.key === "ATA")!.index;
    expect(g.areas.find(0, -75)).toBe(ata);
    expect(g.areas.find(100, -80)).toBe(ata);
    expect(g.areas.find(-150, -85)).toBe(ata);
  });
});
