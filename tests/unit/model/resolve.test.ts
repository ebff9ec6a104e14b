import { beforeAll, describe, expect, it } from "vitest";
import type { Atlas } from "../../../src/data/atlas";
import { loadReference } from "../../../src/data/loadReference";
import { areaCount, resolveModel, type ResolvedModel } from "../../../src/model/resolve";
import type { Model } from "../../../src/model/schema";
import { validateModelText } from "../../../src/model/validate";
import { readRepoFile, realAtlas, type FixtureFile, type ModelFile } from "../support";

const ref = loadReference();
let atlas: Atlas;

function load(file: ModelFile | FixtureFile): Model {
  const r = validateModelText(readRepoFile(file), file, ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
}
const region = (res: ResolvedModel, id: string) => {
  const r = res.regions.find((x) => x.id === id);
  if (!r) throw new Error(`no region ${id}`);
  return r;
};
const regionIndex = (res: ResolvedModel, id: string) => res.regions.findIndex((x) => x.id === id);
const pieceIndex = (key: string) => {
  const p = atlas.pieces.find((x) => x.key === key);
  if (!p) throw new Error(`no piece ${key}`);
  return p.index;
};
/** Palette index of a sea, counted from data/seas.json read directly. */
const seaEntry = (id: string) => {
  const seas = (JSON.parse(readRepoFile("data/seas.json")) as { features: { id: string }[] }).features.map((f) => f.id);
  const i = seas.indexOf(id);
  if (i < 0) throw new Error(`no sea ${id}`);
  return atlas.pieces.length + i;
};

// Written out by hand.
const NATO_2011 = [
  "ALB", "BEL", "BGR", "CAN", "CZE", "DEU", "DNK", "ESP", "EST", "FRA", "GBR", "GRC", "HRV", "HUN",
  "ISL", "ITA", "LTU", "LUX", "LVA", "NLD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "TUR", "USA",
];
// Territories shaded with their sovereign in 2011 that world-atlas 1:50m draws (Gibraltar it does not).
const NATO_TERRITORIES_2011 = ["BMU", "FRO", "GGY", "GRL", "IMN", "JEY", "SPM"];

beforeAll(() => {
  atlas = realAtlas(ref);
});

describe("resolveModel: nato-two-systems on its date, 2011-05-03", () => {
  let res: ResolvedModel;
  beforeAll(() => {
    res = resolveModel(load("models/nato-two-systems.json"), atlas, ref);
  });

  it("takes the model's own date", () => expect(res.date).toBe("2011-05-03"));
  it("has one palette entry per land piece and per sea", () => {
    expect(res.areaRegion).toHaveLength(atlas.pieces.length + 4);
    expect(areaCount(atlas, ref)).toBe(atlas.pieces.length + 4);
  });
  it("shades the 28 member states (and their North Atlantic territories) as nato-members", () => {
    expect(region(res, "nato-members").countries).toEqual([...NATO_2011, ...NATO_TERRITORIES_2011].sort());
  });
  it("does not shade FIN, SWE, MNE or MKD as NATO in 2011", () => {
    for (const c of ["FIN", "SWE", "MNE", "MKD", "ALA"]) expect(region(res, "nato-members").countries).not.toContain(c);
  });
  it("the russia region is just RUS", () => expect(region(res, "russia").countries).toEqual(["RUS"]));
  it("leaves Crimea (part of Ukraine in 2011, which no region names) unshaded: areaRegion -1", () => {
    expect(res.pieceCountry[pieceIndex("RUS/crimea")]).toBe("UKR");
    expect(res.areaRegion[pieceIndex("RUS/crimea")]).toBe(-1);
    expect(res.areaRegion[pieceIndex("UKR")]).toBe(-1);
  });
  it("shades mainland Russia with the russia region", () => {
    expect(res.areaRegion[pieceIndex("RUS")]).toBe(regionIndex(res, "russia"));
  });
  it("shades Greenland with NATO (Denmark's territory)", () => {
    expect(res.areaRegion[pieceIndex("GRL")]).toBe(regionIndex(res, "nato-members"));
  });
  it("leaves every sea unshaded", () => {
    for (const s of ["barents", "baltic", "black", "azov"]) expect(res.areaRegion[seaEntry(s)]).toBe(-1);
  });
  it("shades South Sudan's piece as Sudan (not assigned) on this date", () => {
    expect(res.pieceCountry[pieceIndex("SSD")]).toBe("SDN");
  });
  it("keeps the model's region details", () => {
    const r = region(res, "nato-members");
    expect(r.party.id).toBe("nato");
    expect(r.certainty).toBe("clear");
    expect(r.alternativeParty).toBeUndefined();
    expect(r.sources.map((s) => s.id)).toEqual(["gsn-2011-05-03"]);
  });
});

describe("resolveModel: russia-sectors on its date, 2011-05-03", () => {
  let res: ResolvedModel;
  beforeAll(() => {
    res = resolveModel(load("models/russia-sectors.json"), atlas, ref);
  });

  it("shades Crimea, Ukrainian territory, with Ukraine's region", () => {
    expect(res.areaRegion[pieceIndex("RUS/crimea")]).toBe(regionIndex(res, "neighbours-outside-nato"));
    expect(res.areaRegion[pieceIndex("UKR")]).toBe(regionIndex(res, "neighbours-outside-nato"));
    expect(res.occupations).toEqual([]);
  });
  it("reads 'contiguous states' as Europe's land neighbours of Russia outside NATO: Belarus, Ukraine and, in 2011, Finland", () => {
    expect(region(res, "neighbours-outside-nato").countries).toEqual(["ALA", "BLR", "FIN", "UKR"]);
    expect(region(res, "neighbours-outside-nato").certainty).toBe("ambiguous");
  });
  it("reads 'Eastern Europe' (UN M49) as adding Moldova, which does not border Russia", () => {
    expect(region(res, "eastern-europe-outside-nato").countries).toEqual(["MDA"]);
  });
  it("leaves out Russia's neighbours outside Europe", () => {
    for (const c of ["GEO", "AZE", "KAZ", "CHN", "MNG", "PRK"]) expect(res.areaRegion[pieceIndex(c)], c).toBe(-1);
  });
  it("puts the NATO members that border Russia or lie in Eastern Europe in their disputed regions, not in nato-sectors", () => {
    const sectors = region(res, "nato-sectors").countries;
    for (const c of ["NOR", "EST", "LVA", "LTU", "POL", "CZE", "SVK", "HUN", "ROU", "BGR"]) expect(sectors).not.toContain(c);
    expect(region(res, "nato-members-bordering-russia").countries).toEqual(["EST", "LTU", "LVA", "NOR", "POL"]);
    expect(region(res, "nato-members-eastern-europe").countries).toEqual(["BGR", "CZE", "HUN", "ROU", "SVK"]);
    expect(res.areaRegion[pieceIndex("POL")]).toBe(regionIndex(res, "nato-members-bordering-russia"));
    expect(res.areaRegion[pieceIndex("ROU")]).toBe(regionIndex(res, "nato-members-eastern-europe"));
  });
  it("puts the other 18 members (and their territories) in nato-sectors", () => {
    const listed = ["NOR", "EST", "LVA", "LTU", "POL", "CZE", "SVK", "HUN", "ROU", "BGR"];
    const rest = NATO_2011.filter((c) => !listed.includes(c));
    expect(rest).toHaveLength(18);
    expect(region(res, "nato-sectors").countries).toEqual([...rest, ...NATO_TERRITORIES_2011].sort());
  });
  it("shades the ambiguous regions with an alternative party", () => {
    const r = region(res, "nato-members-bordering-russia");
    expect(r.certainty).toBe("ambiguous");
    expect(r.party.id).toBe("russia");
    expect(r.alternativeParty?.id).toBe("nato");
  });
  it("maps the barents, baltic, black and azov seas to eastern-seas, after the land pieces in data/seas.json order", () => {
    const i = regionIndex(res, "eastern-seas");
    expect(i).toBeGreaterThanOrEqual(0);
    for (const s of ["barents", "baltic", "black", "azov"]) expect(res.areaRegion[seaEntry(s)]).toBe(i);
    expect(Array.from(res.areaRegion.slice(atlas.pieces.length))).toEqual([i, i, i, i]);
    expect(region(res, "eastern-seas").seas).toEqual(["barents", "baltic", "black", "azov"]);
  });
  it("does not shade a country that neither reading takes in, such as Sweden or China", () => {
    expect(res.areaRegion[pieceIndex("SWE")]).toBe(-1);
    expect(res.areaRegion[pieceIndex("CHN")]).toBe(-1);
  });
  it("every palette entry is -1 or a valid region index", () => {
    for (const r of res.areaRegion) {
      expect(r).toBeGreaterThanOrEqual(-1);
      expect(r).toBeLessThan(res.regions.length);
    }
  });
});

describe("resolveModel on another date", () => {
  it("russia-sectors on 2026-11-25 computes the members bordering Russia for that date: Finland joins them, Sweden the rest of NATO", () => {
    const res = resolveModel(load("models/russia-sectors.json"), atlas, ref, "2026-11-25");
    expect(res.date).toBe("2026-11-25");
    expect(region(res, "nato-members-bordering-russia").countries).toEqual(["ALA", "EST", "FIN", "LTU", "LVA", "NOR", "POL"]);
    const sectors = region(res, "nato-sectors").countries;
    for (const c of ["SWE", "MNE", "MKD"]) expect(sectors).toContain(c);
    expect(sectors).not.toContain("FIN");
    expect(res.areaRegion[pieceIndex("SWE")]).toBe(regionIndex(res, "nato-sectors"));
    expect(region(res, "neighbours-outside-nato").countries).toEqual(["BLR", "UKR"]);
  });
  it("on 2026-11-25 Crimea is Ukrainian territory under Russian occupation, shaded with Ukraine's region", () => {
    // tests/fixtures/example-joint.json puts Ukraine in its region "core-b" (see fixtureModels in ../support.ts).
    const res = resolveModel(load("tests/fixtures/example-joint.json"), atlas, ref, "2026-11-25");
    expect(res.pieceCountry[pieceIndex("RUS/crimea")]).toBe("UKR");
    expect(res.pieceOccupier[pieceIndex("RUS/crimea")]).toBe("RUS");
    expect(res.pieceOccupier[pieceIndex("UKR")]).toBe("");
    expect(res.areaRegion[pieceIndex("RUS/crimea")]).toBe(regionIndex(res, "core-b"));
    expect(res.areaRegion[pieceIndex("UKR")]).toBe(regionIndex(res, "core-b"));
    expect(resolveModel(load("tests/fixtures/example-joint.json"), atlas, ref, "2011-05-03").pieceOccupier[pieceIndex("RUS/crimea")]).toBe("");
    expect(res.occupations.map((o) => [o.id, o.country, o.by, o.from])).toEqual([["crimea", "UKR", "RUS", "2014-03-18"]]);
  });
  it("leaves the parts of NATO members outside the treaty area unshaded: Hawaii, French Guiana, Réunion, Mayotte, the French Antilles and the Caribbean Netherlands", () => {
    const res = resolveModel(load("models/nato-two-systems.json"), atlas, ref, "2026-11-25");
    for (const key of ["USA/hawaii", "FRA/french-guiana", "FRA/reunion", "FRA/mayotte", "FRA/french-antilles", "NLD/caribbean-netherlands"]) {
      expect(res.areaRegion[pieceIndex(key)], key).toBe(-1);
    }
    for (const key of ["USA", "FRA", "NLD"]) expect(res.areaRegion[pieceIndex(key)], key).toBe(regionIndex(res, "nato-members"));
  });
  it("nato-two-systems on 2026-11-25 has 32 member states", () => {
    const res = resolveModel(load("models/nato-two-systems.json"), atlas, ref, "2026-11-25");
    const states = region(res, "nato-members").countries.filter((c) => !["ALA", ...NATO_TERRITORIES_2011].includes(c));
    expect(states).toHaveLength(32);
  });
});

describe("resolveModel's rules on a small model: listed countries, groups, within, bordering", () => {
  const model = (regions: Record<string, unknown>[]): Model => {
    const r = validateModelText(
      JSON.stringify({
        id: "x",
        title: { en: "x", ru: "икс" },
        summary: { en: "x", ru: "икс" },
        date: "2011-05-03",
        proposedBy: "a",
        view: { lon: 0, lat: 0, distance: 3 },
        parties: [
          { id: "a", name: { en: "A", ru: "А" }, colour: "blue" },
          { id: "b", name: { en: "B", ru: "Б" }, colour: "orange" },
        ],
        regions: regions.map((x, i) => ({ id: `r${i}`, label: { en: "r", ru: "р" }, party: "a", note: { en: "n", ru: "н" }, sources: ["s"], ...x })),
        sources: [{ id: "s", publication: { en: "P", ru: "П" }, date: "2011-05-03" }],
      }),
      "models/x.json",
      ref,
    );
    if (!r.ok) throw new Error(r.errors.join("\n"));
    return r.model;
  };
  const countries = (m: Model, date = "2011-05-03") => resolveModel(m, atlas, ref, date).regions.map((r) => r.countries);

  it("within keeps the members of every listed group", () => {
    expect(countries(model([{ groups: ["nato"], within: ["eastern-europe"] }]))).toEqual([["BGR", "CZE", "HUN", "POL", "ROU", "SVK"]]);
  });
  it("bordering keeps the countries with a land border to one of the listed ones, on the date", () => {
    expect(countries(model([{ groups: ["eastern-europe"], bordering: ["MDA"] }]))).toEqual([["ROU", "UKR"]]);
    expect(countries(model([{ groups: ["nato"], bordering: ["RUS"] }]), "2024-01-01")).toEqual([["ALA", "EST", "FIN", "LTU", "LVA", "NOR", "POL"]]);
  });
  it("a listed country is taken before any group takes it, whatever the order of the regions", () => {
    expect(countries(model([{ groups: ["eastern-europe"] }, { countries: ["POL"], party: "b" }]))[1]).toEqual(["POL"]);
  });
  it("a country listed by code keeps its overseas parts: the treaty area limits a group only", () => {
    const res = resolveModel(model([{ countries: ["FRA"] }]), atlas, ref);
    expect(res.areaRegion[pieceIndex("FRA/french-guiana")]).toBe(0);
  });
});
