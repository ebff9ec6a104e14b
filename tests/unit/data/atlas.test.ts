import { beforeAll, describe, expect, it } from "vitest";
import { bordersAt, buildAtlas, outlineOf, type Atlas, type Piece } from "../../../src/data/atlas";
import { borderOwnerAt, borderingAt, countryAt, occupationAt } from "../../../src/data/pieces";
import { loadReference } from "../../../src/data/loadReference";
import type { LonLat } from "../../../src/geo/units";
import { readRepoFile, worldTopology } from "../support";

const ref = loadReference();
let atlas: Atlas;
const piece = (key: string): Piece => {
  const p = atlas.pieces.find((x) => x.key === key);
  if (!p) throw new Error(`no piece ${key}`);
  return p;
};
/** Border points in a lon/lat box. */
const pointsIn = (paths: LonLat[][], lon0: number, lon1: number, lat0: number, lat1: number) =>
  paths.flat().filter(([lon, lat]) => lon >= lon0 && lon <= lon1 && lat >= lat0 && lat <= lat1);

beforeAll(() => {
  atlas = buildAtlas(worldTopology(), ref);
});

describe("buildAtlas (world-atlas countries-50m with data/)", () => {
  it("maps every world-atlas geometry to a piece of its country", () => {
    const codeByName = new Map(
      (JSON.parse(readRepoFile("data/countries.json")) as { code: string; atlasName: string }[]).map((c) => [c.atlasName, c.code]),
    );
    const geometries = (worldTopology().objects.countries as { geometries: { properties?: { name?: string } }[] }).geometries;
    expect(geometries.length).toBeGreaterThan(200);
    const countries = new Set(atlas.pieces.map((p) => p.country));
    for (const g of geometries) {
      const code = codeByName.get(g.properties?.name ?? "");
      expect(code, g.properties?.name).toBeDefined();
      expect(countries.has(code!), `${g.properties?.name} → ${code}`).toBe(true);
    }
    // One piece per geometry, plus the split-off parts: Crimea, and six parts of NATO members outside the treaty area.
    expect(atlas.pieces.length).toBe(geometries.length + 7);
    expect(atlas.pieces.filter((p) => p.part).map((p) => p.key).sort()).toEqual([
      "FRA/french-antilles",
      "FRA/french-guiana",
      "FRA/mayotte",
      "FRA/reunion",
      "NLD/caribbean-netherlands",
      "USA/hawaii",
    ]);
  });
  it("numbers the pieces 0, 1, 2, … in order, with unique keys", () => {
    atlas.pieces.forEach((p, i) => expect(p.index).toBe(i));
    expect(new Set(atlas.pieces.map((p) => p.key)).size).toBe(atlas.pieces.length);
  });
  it("has one geometry per piece, tagged with the piece's index", () => {
    expect(atlas.geometries.geometries).toHaveLength(atlas.pieces.length);
    atlas.geometries.geometries.forEach((g, i) => expect((g.properties as { piece: number }).piece).toBe(i));
  });
  it("has polygons for every piece, each ring closed and of at least three distinct points (what the SVG globe draws and packGeography triangulates)", () => {
    for (const p of atlas.pieces) {
      expect(p.polygons.length, p.key).toBeGreaterThan(0);
      for (const poly of p.polygons) {
        expect(poly.length, p.key).toBeGreaterThan(0);
        for (const ring of poly) {
          expect(ring.length, p.key).toBeGreaterThanOrEqual(4);
          expect(ring[ring.length - 1], p.key).toEqual(ring[0]);
        }
      }
    }
  });
  it("gives a piece its country's shape in lon/lat degrees: Poland lies within lon 14–24.2, lat 49–55", () => {
    const points = piece("POL").polygons.flatMap((poly) => poly.flat());
    expect(points.length).toBeGreaterThan(50);
    for (const [lon, lat] of points) {
      expect(lon).toBeGreaterThan(14);
      expect(lon).toBeLessThan(24.2);
      expect(lat).toBeGreaterThan(49);
      expect(lat).toBeLessThan(55);
    }
    // It reaches close to its extremes: the Oder in the west, the Bug in the east, the Baltic coast in the north.
    expect(Math.min(...points.map((p) => p[0]))).toBeLessThan(14.5);
    expect(Math.max(...points.map((p) => p[0]))).toBeGreaterThan(23.8);
    expect(Math.max(...points.map((p) => p[1]))).toBeGreaterThan(54.6);
  });
  it("splits Crimea from Russia as the piece RUS/crimea (country RUS, correction crimea), in the peninsula", () => {
    const crimea = piece("RUS/crimea");
    expect(crimea.country).toBe("RUS");
    expect(crimea.correction).toBe("crimea");
    for (const poly of crimea.polygons) {
      for (const [lon, lat] of poly[0]!) {
        expect(lon).toBeGreaterThan(32);
        expect(lon).toBeLessThan(37);
        expect(lat).toBeGreaterThan(44);
        expect(lat).toBeLessThan(46.5);
      }
    }
  });
  it("keeps the rest of Russia as the piece RUS without a correction", () => {
    const rus = piece("RUS");
    expect(rus.country).toBe("RUS");
    expect(rus.correction).toBeUndefined();
    // No polygon of the main piece lies wholly on the Crimean peninsula.
    const onCrimea = rus.polygons.filter((poly) => poly[0]!.every(([lon, lat]) => lon > 32.2 && lon < 36.9 && lat > 44.2 && lat < 46.5));
    expect(onCrimea).toEqual([]);
  });
  it("tags the whole of South Sudan with the south-sudan correction", () => {
    const ssd = piece("SSD");
    expect(ssd.country).toBe("SSD");
    expect(ssd.correction).toBe("south-sudan");
  });
  it("leaves an uncorrected country such as Ukraine whole", () => {
    expect(atlas.pieces.filter((p) => p.country === "UKR").map((p) => p.key)).toEqual(["UKR"]);
    expect(piece("UKR").correction).toBeUndefined();
  });
});

describe("countryAt", () => {
  it("Crimea is Ukrainian territory on every date, though Natural Earth draws it in Russia", () => {
    expect(piece("RUS/crimea").country).toBe("RUS");
    for (const d of ["2011-05-03", "2014-03-18", "2026-11-25"]) expect(countryAt(piece("RUS/crimea"), ref, d)).toBe("UKR");
  });
  it("Crimea is occupied by Russia from 2014-03-18, not the day before; no other piece is occupied", () => {
    expect(occupationAt(piece("RUS/crimea"), ref, "2014-03-17")).toBeUndefined();
    expect(occupationAt(piece("RUS/crimea"), ref, "2014-03-18")).toMatchObject({ by: "RUS", correction: "crimea" });
    expect(atlas.pieces.filter((p) => occupationAt(p, ref, "2026-11-25")).map((p) => p.key)).toEqual(["RUS/crimea"]);
  });
  it("South Sudan is part of Sudan on 2011-05-03 and on its own from 2011-07-09", () => {
    expect(countryAt(piece("SSD"), ref, "2011-05-03")).toBe("SDN");
    expect(countryAt(piece("SSD"), ref, "2011-07-08")).toBe("SDN");
    expect(countryAt(piece("SSD"), ref, "2011-07-09")).toBe("SSD");
  });
  it("a piece without a correction belongs to its country on any date", () => {
    for (const d of ["1950-01-01", "2011-05-03", "2026-11-25"]) {
      expect(countryAt(piece("RUS"), ref, d)).toBe("RUS");
      expect(countryAt(piece("POL"), ref, d)).toBe("POL");
    }
  });
});

describe("bordersAt", () => {
  let b2011: LonLat[][];
  let b2011july: LonLat[][];
  let b2026: LonLat[][];
  beforeAll(() => {
    b2011 = bordersAt(atlas, ref, "2011-05-03");
    b2011july = bordersAt(atlas, ref, "2011-07-09");
    b2026 = bordersAt(atlas, ref, "2026-11-25");
  });

  it("has no border across the Perekop isthmus on 2011-05-03 (Crimea part of Ukraine)", () => {
    expect(pointsIn(b2011, 33.3, 34.2, 45.9, 46.3)).toEqual([]);
  });
  it("has a line of control across the Perekop isthmus on 2026-11-25 (Crimea occupied)", () => {
    expect(pointsIn(b2026, 33.3, 34.2, 45.9, 46.3).length).toBeGreaterThan(0);
  });
  it("has no Sudan–South Sudan border on 2011-05-03", () => {
    expect(pointsIn(b2011, 25, 33, 9, 10)).toEqual([]);
  });
  it("has the Sudan–South Sudan border from 2011-07-09", () => {
    expect(pointsIn(b2011july, 25, 33, 9, 10).length).toBeGreaterThan(5);
    expect(pointsIn(b2026, 25, 33, 9, 10).length).toBeGreaterThan(5);
  });
  it("keeps borders that never changed, such as Poland–Germany along the Oder (lon 14–15, lat 51–53)", () => {
    for (const b of [b2011, b2026]) expect(pointsIn(b, 14, 15, 51, 53).length).toBeGreaterThan(5);
  });
  it("has land borders only: no coastline of an island state such as Iceland", () => {
    expect(pointsIn(b2026, -25, -13, 63, 67)).toEqual([]);
  });
  it("has more border paths once South Sudan has separated and Crimea is occupied", () => {
    expect(b2011july.length).toBeGreaterThan(b2011.length);
    expect(b2026.length).toBeGreaterThan(b2011july.length);
  });
});

describe("borderingAt: land neighbours from the atlas's shared borders, on a date", () => {
  const near = (code: string, date: string) => [...borderingAt(atlas, new Set([code]), atlas.pieces.map((p) => countryAt(p, ref, date)))].sort();

  it("Russia borders Norway, Finland, the Baltic states, Poland and Lithuania (Kaliningrad), Belarus and Ukraine, but not Moldova or Sweden", () => {
    const rus = near("RUS", "2011-05-03");
    for (const c of ["NOR", "FIN", "EST", "LVA", "LTU", "POL", "BLR", "UKR", "GEO", "AZE", "KAZ", "CHN", "MNG", "PRK"]) expect(rus, c).toContain(c);
    for (const c of ["MDA", "SWE", "ROU", "DEU", "USA"]) expect(rus, c).not.toContain(c);
  });
  it("Moldova borders Ukraine and Romania only", () => {
    expect(near("MDA", "2026-11-25")).toEqual(["ROU", "UKR"]);
  });
  it("follows the dated corrections: Sudan bordered Uganda until South Sudan's independence, and South Sudan after it", () => {
    expect(near("SDN", "2011-05-03")).toContain("UGA");
    expect(near("SDN", "2011-05-03")).not.toContain("SSD");
    expect(near("SDN", "2011-07-09")).toContain("SSD");
    expect(near("SDN", "2011-07-09")).not.toContain("UGA");
  });
});

describe("data/territories.json lists only what the atlas draws", () => {
  it("every territory is a feature of world-atlas 1:50m, shaded with a sovereign that is one too", () => {
    const territories = (JSON.parse(readRepoFile("data/territories.json")) as { territories: { territory: string; sovereign: string }[] }).territories;
    const drawn = new Set(atlas.pieces.map((p) => p.country));
    for (const t of territories) {
      expect(drawn.has(t.territory), t.territory).toBe(true);
      expect(drawn.has(t.sovereign), t.sovereign).toBe(true);
    }
    expect(territories.map((t) => t.territory)).not.toContain("GIB");
  });
  it("every part outside a group's area picks out at least one polygon of its country", () => {
    const nato = JSON.parse(readRepoFile("data/groups/nato-members.json")) as { area: { outside: { id: string; country: string }[] } };
    for (const p of nato.area.outside) expect(piece(`${p.country}/${p.id}`).part, p.id).toBe(p.id);
  });
});

describe("outlineOf", () => {
  const ownersOn = (date: string) => atlas.pieces.map((p) => borderOwnerAt(p, ref, date));
  /** Path ends used an odd number of times: none when the paths close up. */
  const openEnds = (paths: LonLat[][]) => {
    const uses = new Map<string, number>();
    for (const p of paths) for (const q of [p[0]!, p[p.length - 1]!]) uses.set(String(q), (uses.get(String(q)) ?? 0) + 1);
    return [...uses].filter(([, n]) => n % 2 === 1);
  };

  it("outlines Ukraine with Crimea in 2011: no line across the Perekop isthmus, Crimea's coast included, Russia's left out", () => {
    const out = outlineOf(atlas, ownersOn("2011-05-03"), piece("UKR").index);
    // The line across the isthmus: the points that Ukraine's and Crimea's outlines share once Crimea is occupied.
    const later = new Set(outlineOf(atlas, ownersOn("2026-11-25"), piece("UKR").index).flat().map(String));
    const isthmus = outlineOf(atlas, ownersOn("2026-11-25"), piece("RUS/crimea").index).flat().map(String).filter((p) => later.has(p));
    expect(isthmus.length).toBeGreaterThan(4);
    const drawn = new Set(out.flat().map(String));
    // Only its two ends, where it meets the coast, are on the 2011 outline.
    expect(new Set(isthmus.filter((p) => drawn.has(p))).size).toBeLessThanOrEqual(2);
    expect(pointsIn(out, 33, 36.5, 44.3, 45.5).length).toBeGreaterThan(10);
    expect(pointsIn(out, 40.5, 180, -90, 90)).toEqual([]);
    expect(openEnds(out)).toEqual([]);
    expect(outlineOf(atlas, ownersOn("2011-05-03"), piece("RUS/crimea").index)).toEqual(out);
  });

  it("outlines Crimea alone once it is held without recognition, across the isthmus", () => {
    const out = outlineOf(atlas, ownersOn("2026-11-25"), piece("RUS/crimea").index);
    expect(pointsIn(out, 33.3, 34.2, 45.9, 46.3).length).toBeGreaterThan(0);
    expect(pointsIn(out, 22, 32, 44, 53)).toEqual([]);
    expect(openEnds(out)).toEqual([]);
  });

  it("outlines an island state by its coast (Iceland), and gives nothing for no piece", () => {
    expect(pointsIn(outlineOf(atlas, ownersOn("2026-11-25"), piece("ISL").index), -25, -13, 63, 67).length).toBeGreaterThan(10);
    expect(outlineOf(atlas, ownersOn("2026-11-25"), -1)).toEqual([]);
  });
});
