import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { regionEmphasis } from "../../../src/model/emphasis";
import { resolveModel, type ResolvedModel } from "../../../src/model/resolve";
import { loadModels } from "../../../src/model/loadModels";
import { globeLabels, type GlobeLabel } from "../../../src/screen/globeLabels";
import { allModelFiles, fixtureModels, type LoadedFiles } from "../support";

/*
 * Written against tests/fixtures/: example-separate (group A: DEU, POL; group B: BLR; no sea) and example-joint
 * (group A: DEU; group B: BLR, UKR, the Baltic and Black seas; POL, CZE, MDA on readings), both of 3 May 2011.
 */
let f: LoadedFiles;
let geography: Geography;
beforeAll(() => {
  f = fixtureModels();
  geography = prepareGeography();
}, 120_000);

const byId = (labels: readonly GlobeLabel[]) => new Map(labels.map((l) => [l.id, l]));
/** Longitude and latitude of a point of the scene (y to the north pole, (0, 0) on +z), written out here. */
const lonLat = ([x, y, z]: readonly number[]) => {
  const r = Math.hypot(x!, y!, z!);
  return [(Math.atan2(x!, z!) * 180) / Math.PI, (Math.asin(y! / r) * 180) / Math.PI] as const;
};
/** The land piece under a label's first anchor (-1 for the ocean). */
const pieceUnder = (l: GlobeLabel) => {
  const [lon, lat] = lonLat(l.anchors[0]!.at);
  const area = geography.areas.find(lon, lat);
  return area < geography.landCount ? area : -1;
};
/** The country whose land is under a label's first anchor, on the model's date. */
const countryUnder = (r: ResolvedModel, l: GlobeLabel) => r.pieceCountry[pieceUnder(l)] ?? "(sea)";

describe("globeLabels", () => {
  it("names each party on land of its own", () => {
    const r = f.resolved.get("example-separate")!;
    const labels = byId(globeLabels(r, null, geography, "en"));
    expect(labels.get("party-group-a")!.text).toBe("Group A");
    expect(["DEU", "POL"]).toContain(countryUnder(r, labels.get("party-group-a")!));
    expect(countryUnder(r, labels.get("party-group-b")!)).toBe("BLR");
  });

  it("puts the parties first, then the model's seas, the countries it shades, their neighbours and other seas, then the rest", () => {
    const r = f.resolved.get("example-joint")!;
    const labels = globeLabels(r, null, geography, "en");
    const rank = byId(labels);
    expect(labels.slice(0, 2).map((l) => l.kind)).toEqual(["party", "party"]);
    for (const id of ["sea-baltic", "sea-black"]) expect(rank.get(id)!.rank, id).toBe(1);
    for (const id of ["country-DEU", "country-BLR", "country-UKR", "country-POL"]) expect(rank.get(id)!.rank, id).toBe(2);
    for (const id of ["country-RUS", "country-LTU", "country-ROU", "sea-barents", "sea-azov"]) expect(rank.get(id)!.rank, id).toBe(4);
    expect(rank.get("country-USA")!.rank).toBe(5);
    const ranks = labels.map((l) => l.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("orders countries of one rank from the largest down", () => {
    const labels = globeLabels(f.resolved.get("example-joint")!, null, geography, "en").filter((l) => l.kind === "country" && l.rank === 2);
    expect(labels.map((l) => l.id).slice(0, 3)).toEqual(["country-UKR", "country-DEU", "country-POL"]);
    const sizes = labels.map((l) => l.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("ranks the countries of a step's regions above the shaded countries it fades, and its faded seas with other seas", () => {
    const r = f.resolved.get("example-joint")!;
    const labels = byId(globeLabels(r, regionEmphasis(r, ["core-b"]), geography, "en"));
    expect(labels.get("country-BLR")!.rank).toBe(2);
    expect(labels.get("country-DEU")!.rank).toBe(3);
    expect(labels.get("sea-baltic")!.rank).toBe(4);
  });

  it("writes names in the language asked for, as the countries were called on the model's date", () => {
    const r = f.resolved.get("example-joint")!;
    const en = byId(globeLabels(r, null, geography, "en"));
    const ru = byId(globeLabels(r, null, geography, "ru"));
    expect(en.get("country-MKD")!.text).toBe("Macedonia");
    expect(ru.get("country-UKR")!.text).toBe("Украина");
    expect(ru.get("sea-baltic")!.text).toBe("Балтийское море");
    expect(ru.get("party-group-b")!.text).toBe("Группа Б");
    for (const l of ru.values()) if (l.kind !== "party") expect(l.text, l.id).toMatch(/[А-Яа-яЁё]/);
  });

  it("gives a large country several places to be named, and a small one one", () => {
    const labels = byId(globeLabels(f.resolved.get("example-joint")!, null, geography, "en"));
    const rus = labels.get("country-RUS")!.anchors.map((a) => lonLat(a.at));
    // Named in European Russia when the view looks at Europe, in Siberia when it looks there.
    expect(rus.some(([lon, lat]) => lon > 30 && lon < 55 && lat > 50 && lat < 60)).toBe(true);
    expect(rus.some(([lon]) => lon > 80)).toBe(true);
    expect(labels.get("country-MDA")!.anchors).toHaveLength(1);
  });

  it("is worked out once per resolved model, emphasis and language", () => {
    const r = f.resolved.get("example-joint")!;
    expect(globeLabels(r, null, geography, "en")).toBe(globeLabels(r, null, geography, "en"));
    expect(globeLabels(r, null, geography, "ru")).not.toBe(globeLabels(r, null, geography, "en"));
  });
});

describe("the shipped proposals' names", () => {
  it("name each party on its own land, and Russia once", () => {
    const loaded = loadModels(allModelFiles(), geography.ref);
    for (const model of loaded.models) {
      const r = resolveModel(model, geography.atlas, geography.ref);
      const labels = globeLabels(r, null, geography, "en");
      for (const l of labels.filter((x) => x.kind === "party")) {
        const region = r.regions[r.areaRegion[pieceUnder(l)]!];
        expect(region?.party.id, `${model.id}: ${l.id} over ${countryUnder(r, l)}`).toBe(l.id.replace("party-", ""));
        expect(region?.certainty, `${model.id}: ${l.id}`).toBe("clear");
      }
      expect(labels.filter((l) => l.text === "Russia"), model.id).toHaveLength(1);
    }
  });
});
