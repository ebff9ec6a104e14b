import { geoDistance } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { SeasFile } from "../../../src/data/referenceSchema";
import { planarPolygon } from "../../../src/geo/antimeridian";
import { pointInRing } from "../../../src/geo/pointInRing";
import type { LonLat, Ring } from "../../../src/geo/units";
import { readRepoFile, worldTopology } from "../support";

/**
 * data/seas.json is drawn beneath the land, so an outline is meant to cross open water only on the limits of the
 * IHO's Limits of Oceans and Seas (S-23, 3rd edition, 1953) and to run over land everywhere else: then the land's
 * coastline is each sea's edge, and no water between a sea and its coast is left unshaded. These tests check that
 * against the land the app draws (world-atlas countries-50m, Natural Earth 1:50m).
 */

type SeaId = "barents" | "baltic" | "black" | "azov";
const SEA_IDS: SeaId[] = ["barents", "baltic", "black", "azov"];
const NAME: Record<SeaId, string> = { barents: "the Barents Sea", baltic: "the Baltic Sea", black: "the Black Sea", azov: "the Sea of Azov" };

const file = JSON.parse(readRepoFile("data/seas.json")) as {
  features: { id: SeaId; properties: { labelAt: [number, number] }; geometry: { coordinates: LonLat[][] } }[];
};
const outline = (id: SeaId): Ring => file.features.find((f) => f.id === id)!.geometry.coordinates[0]!;
const inSea = (id: SeaId, [lon, lat]: LonLat) => pointInRing(lon, lat, outline(id));
const seasAt = (p: LonLat) => SEA_IDS.filter((id) => inSea(id, p));

// The land: every country of the 1:50m atlas, its rings made continuous across the antimeridian.
const topology = worldTopology();
const landPolygons = (feature(topology, topology.objects.countries as GeometryCollection) as unknown as {
  features: { geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown } | null }[];
}).features.flatMap((f) => {
  const g = f.geometry;
  if (!g) return [];
  const polygons = (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as LonLat[][][];
  return polygons.map((p) => {
    const rings = planarPolygon(p);
    const lons = rings[0]!.map((q) => q[0]);
    const lats = rings[0]!.map((q) => q[1]);
    return { rings, box: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as const };
  });
});
/** Whether a point is inside some country of the atlas. */
function onLand([lon, lat]: LonLat): boolean {
  return landPolygons.some(
    ({ rings, box }) =>
      lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3] && pointInRing(lon, lat, rings[0]!) && !rings.slice(1).some((h) => pointInRing(lon, lat, h)),
  );
}

const EARTH_KM = 6371;
const km = (a: LonLat, b: LonLat) => geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_KM;
/** The point `dist` km from p towards a bearing (degrees from east, counter-clockwise), on a local flat map. */
const offset = ([lon, lat]: LonLat, dist: number, degrees: number): LonLat => [
  lon + (dist * Math.cos((degrees * Math.PI) / 180)) / (111.2 * Math.cos((lat * Math.PI) / 180)),
  lat + (dist * Math.sin((degrees * Math.PI) / 180)) / 111.2,
];
/** Whether there is land within `radius` km of p (p itself, then rings every km, every 10°). */
function landWithin(p: LonLat, radius: number): boolean {
  if (onLand(p)) return true;
  for (let r = 1; r <= radius; r++) for (let a = 0; a < 360; a += 10) if (onLand(offset(p, r, a))) return true;
  return false;
}
const lerp = (a: LonLat, b: LonLat, t: number): LonLat => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
const edges = (ring: Ring) => ring.slice(0, -1).map((a, i) => [a, ring[i + 1]!] as const);

/**
 * The lines on which each outline crosses open water, by their two ends, written out here from S-23 (1953):
 * the named points, at the coordinates S-23 gives or, where it gives none, at the place's own position (for
 * Kvitøya and the islands of Franz Josef Land, where the 1:50m island ends). A few are closing lines of the app's
 * own, where two S-23 lines leave a passage open between them. Each line's ends sit on the 1:50m coast, which can
 * be a few kilometres from the named point, so a line is the outline's edge whose ends lie nearest its two ends,
 * each within `withinKm`; the 1:50m coast is coarsest at Skjelby (Falster ends 16 km short), Sørkapp (13 km) and
 * Cape Leigh Smith (17 km).
 */
interface Limit {
  name: string;
  ends: [LonLat, LonLat];
  /** How far (km) each end of the outline's edge may be from the named point. */
  withinKm: [number, number];
}
const LIMITS: Record<SeaId, Limit[]> = {
  baltic: [
    { name: "Little Belt: Falshöft – Vejsnæs Nakke (Ærø)", ends: [[9.958, 54.783], [10.433, 54.817]], withinKm: [5, 5] },
    { name: "Ærø – Gulstav (closing line between the Little Belt and Great Belt lines)", ends: [[10.5, 54.85], [10.7, 54.717]], withinKm: [3, 5] },
    { name: "Great Belt: Gulstav – Kappel Kirke (Lolland)", ends: [[10.7, 54.717], [11.017, 54.767]], withinKm: [5, 3] },
    { name: "Guldborg Sound: Flinthorne Rev – Skjelby", ends: [[11.84, 54.66], [11.883, 54.633]], withinKm: [7, 17] },
    { name: "The Sound: Stevns lighthouse – Falsterbo point", ends: [[12.45, 55.283], [12.817, 55.383]], withinKm: [4, 7] },
  ],
  barents: [
    { name: "Sørkapp (Spitsbergen) – North Cape of Bjørnøya", ends: [[16.55, 76.47], [19.0, 74.52]], withinKm: [14, 2] },
    { name: "Kapp Bull (Bjørnøya) – North Cape (25°45′E)", ends: [[19.25, 74.37], [25.783, 71.167]], withinKm: [4, 7] },
    { name: "Magerøysundet (closing line: Magerøya – the mainland)", ends: [[25.59, 70.96], [25.56, 70.9]], withinKm: [2, 2] },
    { name: "Hinlopen Strait at 80°N", ends: [[16.5, 80.0], [18.8, 80.0]], withinKm: [2, 2] },
    { name: "Cape Leigh Smith (Nordaustlandet) – Kvitøya", ends: [[28.0, 80.083], [31.5, 80.11]], withinKm: [18, 2] },
    { name: "Kvitøya – Cape Mary Harmsworth (Alexandra Land)", ends: [[33.6, 80.22], [44.6, 80.62]], withinKm: [2, 7] },
    { name: "Franz Josef Land, along its northern coasts (1 of 6)", ends: [[48.68, 80.72], [49.17, 80.71]], withinKm: [2, 2] },
    { name: "Franz Josef Land, along its northern coasts (2 of 6)", ends: [[50.9, 80.89], [54.07, 80.87]], withinKm: [2, 2] },
    { name: "Franz Josef Land, along its northern coasts (3 of 6)", ends: [[56.15, 81.03], [56.39, 81.18]], withinKm: [2, 2] },
    { name: "Franz Josef Land, along its northern coasts (4 of 6)", ends: [[57.7, 81.56], [57.99, 81.7]], withinKm: [2, 2] },
    { name: "Franz Josef Land, along its northern coasts (5 of 6)", ends: [[59.35, 81.76], [62.13, 81.68]], withinKm: [2, 2] },
    { name: "Franz Josef Land, along its northern coasts (6 of 6), to Cape Kohlsaat", ends: [[63.55, 81.6], [65.167, 81.233]], withinKm: [2, 8] },
    { name: "Cape Kohlsaat – Cape Zhelaniya", ends: [[65.167, 81.233], [68.583, 76.95]], withinKm: [8, 4] },
    { name: "Matochkin Shar, western entrance (closing line)", ends: [[54.31, 73.35], [54.34, 73.3]], withinKm: [2, 2] },
    { name: "Kara Gates: Kusov Nos – Dolgaya Bay (Vaygach, 70°15′N 58°25′E)", ends: [[57.2, 70.58], [58.417, 70.25]], withinKm: [3, 4] },
    { name: "Yugorsky Shar: Cape Greben (Vaygach) – Cape Belyi Nos", ends: [[60.22, 69.69], [60.2, 69.6]], withinKm: [2, 2] },
    { name: "White Sea: Svyatoy Nos – Kanin Nos", ends: [[39.783, 68.167], [43.271, 68.659]], withinKm: [2, 4] },
  ],
  black: [
    { name: "Bosporus: Rumeli Feneri – Anadolu Feneri", ends: [[29.11, 41.235], [29.15, 41.218]], withinKm: [6, 1] },
    { name: "Kerch Strait: Cape Takil – Cape Panagia", ends: [[36.45, 45.1], [36.633, 45.133]], withinKm: [4, 2] },
  ],
  azov: [{ name: "Kerch Strait: Cape Takil – Cape Panagia", ends: [[36.45, 45.1], [36.633, 45.133]], withinKm: [4, 2] }],
};
const KERCH = LIMITS.black[1]!;

/** How far an edge's ends are from a limit's ends, each as a share of its tolerance (in the order that fits best). */
function misfit([a, b]: readonly [LonLat, LonLat], { ends: [p, q], withinKm: [tp, tq] }: Limit): number {
  return Math.min(Math.max(km(a, p) / tp, km(b, q) / tq), Math.max(km(a, q) / tq, km(b, p) / tp));
}
/** Each limit's edge in a sea's outline: the edge whose ends fit the limit's best, if they fit within its tolerances. */
function limitEdges(id: SeaId): Map<string, readonly [LonLat, LonLat]> {
  const found = new Map<string, readonly [LonLat, LonLat]>();
  for (const limit of LIMITS[id]) {
    let best: (readonly [LonLat, LonLat]) | undefined;
    for (const e of edges(outline(id))) if (misfit(e, limit) <= 1 && (!best || misfit(e, limit) < misfit(best, limit))) best = e;
    if (best) found.set(limit.name, best);
  }
  return found;
}

/** Points that must lie in one sea and in no other, each checked to be water in the 1:50m atlas. */
const IN_SEA: [SeaId, string, LonLat][] = [
  ["baltic", "the north end of the Gulf of Bothnia, off Haparanda", [24.0, 65.6]],
  ["baltic", "the Bothnian Bay off Oulu", [25.0, 65.1]],
  ["baltic", "the east end of the Gulf of Finland, off St Petersburg", [29.82, 59.95]],
  ["baltic", "the Gulf of Riga", [23.5, 57.6]],
  ["baltic", "Kiel Bay", [10.4, 54.55]],
  ["baltic", "the Fehmarn Belt", [11.2, 54.6]],
  ["baltic", "the Bay of Mecklenburg", [11.5, 54.2]],
  ["baltic", "Faxe Bay, south of the Stevns – Falsterbo line", [12.35, 55.15]],
  ["baltic", "the Bornholm basin", [15.5, 55.3]],
  ["baltic", "the Curonian Lagoon", [21.1, 55.3]],
  ["baltic", "the Szczecin Lagoon", [14.21, 53.76]],
  ["barents", "the open sea", [40, 73]],
  ["barents", "the Pechora Sea", [56.0, 69.5]],
  ["barents", "Pechora Bay", [54.0, 68.6]],
  ["barents", "Cheshskaya Bay", [47.5, 67.3]],
  ["barents", "the sea off Kolguyev", [49.0, 68.2]],
  ["barents", "Varangerfjord", [30.0, 70.0]],
  ["barents", "Porsangerfjord, east of North Cape", [25.75, 70.53]],
  ["barents", "Kola Bay", [33.43, 69.2]],
  ["barents", "Storfjorden (Spitsbergen)", [19.5, 77.5]],
  ["barents", "Hinlopen Strait, south of 80°N", [18.3, 79.63]],
  ["black", "the open sea", [34, 43.3]],
  ["black", "the Bosporus mouth, on the Black Sea side", [29.12, 41.3]],
  ["black", "Karkinit Bay", [33.3, 45.95]],
  ["black", "the Dnieper–Bug estuary", [31.9, 46.6]],
  ["black", "the Kerch Strait south of the Takil – Panagia line", [36.55, 45.05]],
  ["azov", "the Kerch Strait north of the Takil – Panagia line", [36.55, 45.25]],
  ["azov", "Taganrog Bay", [38.5, 47.1]],
  ["azov", "the Utlyuk estuary, north of the Arabat Spit", [35.04, 46.08]],
];
/** The Sivash, west of the Arabat Spit: the 1:50m atlas draws it as land, but it is the Sea of Azov's. */
const SIVASH: [string, LonLat][] = [
  ["the eastern Sivash", [34.9, 45.6]],
  ["the western Sivash, by Perekop", [34.0, 46.05]],
];
/** Water that is in none of the four seas. */
const IN_NO_SEA: [string, LonLat][] = [
  ["the Kattegat", [11.5, 57.0]],
  ["the Great Belt, north of the Gulstav – Kappel line", [10.95, 55.4]],
  ["the Little Belt, north of the Falshöft line", [9.85, 55.3]],
  ["the Sound off Copenhagen, north of the Stevns – Falsterbo line", [12.75, 55.7]],
  ["Smålandsfarvandet, north of the Guldborg Sound line", [11.5, 55.05]],
  ["the Skagerrak", [9.5, 58.0]],
  ["the White Sea", [37.0, 65.5]],
  ["the White Sea's funnel, south of the Svyatoy Nos – Kanin Nos line", [40.5, 66.3]],
  ["the Norwegian Sea, west of North Cape", [22.0, 71.5]],
  ["the Greenland Sea", [8, 78]],
  ["the Kara Sea", [65, 72]],
  ["the Arctic Ocean north of Franz Josef Land", [55, 82.5]],
  ["Hinlopen Strait, north of 80°N", [17.5, 80.15]],
  ["the Sea of Marmara", [28.5, 40.8]],
];

describe("data/seas.json: which water each sea holds", () => {
  for (const [id, where, p] of IN_SEA) {
    it(`${where} (${p.join(", ")}) is water, in ${NAME[id]} and no other`, () => {
      expect(onLand(p)).toBe(false);
      expect(seasAt(p)).toEqual([id]);
    });
  }
  for (const [where, p] of SIVASH) {
    it(`${where} (${p.join(", ")}) is in the Sea of Azov and no other`, () => {
      expect(seasAt(p)).toEqual(["azov"]);
    });
  }
  for (const [where, p] of IN_NO_SEA) {
    it(`${where} (${p.join(", ")}) is water in none of the seas`, () => {
      expect(onLand(p)).toBe(false);
      expect(seasAt(p)).toEqual([]);
    });
  }
  it("keeps the islands inside their seas: Gotland, Öland, Bornholm, Saaremaa, Hiiumaa, Åland, Rügen, Fehmarn; Kolguyev, Edgeøya", () => {
    const islands: [SeaId, LonLat][] = [
      ["baltic", [18.5, 57.5]],
      ["baltic", [16.6, 56.7]],
      ["baltic", [14.9, 55.12]],
      ["baltic", [22.5, 58.4]],
      ["baltic", [22.6, 58.9]],
      ["baltic", [20.0, 60.2]],
      ["baltic", [13.4, 54.45]],
      ["baltic", [11.15, 54.45]],
      ["barents", [49.0, 69.1]],
      ["barents", [22.5, 77.8]],
    ];
    for (const [id, p] of islands) {
      expect(onLand(p), `${p}`).toBe(true);
      expect(inSea(id, p), `${p}`).toBe(true);
    }
  });
});

describe("data/seas.json: each outline crosses open water only on the IHO's limits", () => {
  for (const id of SEA_IDS) {
    it(`${id}: every other edge runs over land, sampled every 2 km or closer`, () => {
      const offLand: string[] = [];
      const limits = new Set([...limitEdges(id).values()].map((e) => JSON.stringify(e)));
      for (const edge of edges(outline(id))) {
        if (limits.has(JSON.stringify(edge))) continue;
        const n = Math.max(1, Math.ceil(km(edge[0], edge[1]) / 2));
        for (let s = 0; s <= n; s++) {
          const p = lerp(edge[0], edge[1], s / n);
          if (!onLand(p)) offLand.push(`${p[0].toFixed(3)}, ${p[1].toFixed(3)} on the edge ${edge[0].join(", ")} – ${edge[1].join(", ")}`);
        }
      }
      expect(offLand).toEqual([]);
    });
    it(`${id}: each of its limits is an edge of the outline, crossing water, its ends on or within 10 km of land`, () => {
      const found = limitEdges(id);
      expect([...found.keys()].sort()).toEqual(LIMITS[id].map((l) => l.name).sort());
      for (const [name, [a, b]] of found) {
        expect(onLand(lerp(a, b, 0.5)), `${name}: its middle is water`).toBe(false);
        expect(landWithin(a, 10), `${name}: ${a}`).toBe(true);
        expect(landWithin(b, 10), `${name}: ${b}`).toBe(true);
      }
    });
  }
  it("the Black Sea and the Sea of Azov share the Kerch Strait line exactly, and the water either side of it is in exactly one of them", () => {
    const kerch = (id: SeaId) => limitEdges(id).get(KERCH.name)!;
    const [a, b] = kerch("black");
    expect(kerch("azov")).toEqual([b, a]);
    // Just north and just south of the line (1.5 km across), all along it.
    const across = (Math.atan2(b[1] - a[1], (b[0] - a[0]) * Math.cos((a[1] * Math.PI) / 180)) * 180) / Math.PI + 90;
    const north = Math.sin((across * Math.PI) / 180) > 0 ? across : across + 180;
    for (let t = 0.1; t < 0.95; t += 0.1) {
      const p = lerp(a, b, t);
      const n = offset(p, 1.5, north);
      const s = offset(p, 1.5, north + 180);
      expect(onLand(n) || onLand(s), `${p}`).toBe(false);
      expect(seasAt(n), `${n}`).toEqual(["azov"]);
      expect(seasAt(s), `${s}`).toEqual(["black"]);
    }
  });
});

describe("data/seas.json: where each sea's name is written (labelAt)", () => {
  for (const id of SEA_IDS) {
    it(`${id}: its label point is inside the sea, in open water at least 30 km from any land`, () => {
      const at = file.features.find((f) => f.id === id)!.properties.labelAt;
      expect(seasAt(at)).toEqual([id]);
      expect(landWithin(at, 30)).toBe(false);
    });
  }
  it("is carried into the reference: each sea's labelAt, as in the file", () => {
    const ref = loadReference();
    expect(ref.seas.map((s) => [s.id, s.labelAt])).toEqual(file.features.map((f) => [f.id, f.properties.labelAt]));
  });
});

describe("SeasFile (the schema of data/seas.json)", () => {
  const copy = () => structuredClone(JSON.parse(readRepoFile("data/seas.json"))) as { features: { properties: Record<string, unknown> }[] };
  it("accepts the shipped file", () => {
    expect(SeasFile.safeParse(copy()).success).toBe(true);
  });
  it("refuses a sea without labelAt, naming the field", () => {
    const seas = copy();
    delete seas.features[2]!.properties.labelAt;
    const r = SeasFile.safeParse(seas);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["features.2.properties.labelAt"]);
  });
  it("refuses a labelAt that is not a longitude and a latitude in range", () => {
    for (const bad of [[34], [34, 43, 0], [190, 43], [34, -91], ["34", "43"]]) {
      const seas = copy();
      seas.features[0]!.properties.labelAt = bad;
      expect(SeasFile.safeParse(seas).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
