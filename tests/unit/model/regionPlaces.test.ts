import { beforeAll, describe, expect, it } from "vitest";
import { regionPlaces } from "../../../src/model/regionPlaces";
import { resolveModel, type ResolvedRegion } from "../../../src/model/resolve";
import { validateModel } from "../../../src/model/validate";
import { fixtureJson, fixtureModels, type LoadedFiles } from "../support";

/*
 * Regions of the invented proposals of tests/fixtures/ (see fixtureModels in ../support.ts): example-joint's
 * "Group B's part" (BLR, UKR) and "Baltic and Black seas"; and example-separate with its group A region drawn from
 * the NATO group of data/groups/, so that a region's places follow the group's members on the date.
 */
let f: LoadedFiles;
let members: ResolvedRegion;
beforeAll(() => {
  f = fixtureModels();
  const json = fixtureJson("tests/fixtures/example-separate.json");
  json.regions[0].countries = [];
  json.regions[0].groups = ["nato"];
  const r = validateModel(json, "tests/fixtures/example-separate.json", f.ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  members = resolveModel(r.model, f.atlas, f.ref, "2011-05-03").regions.find((x) => x.id === "group-a-states")!;
});

const region = (model: string, id: string) => f.resolved.get(model)!.regions.find((r) => r.id === id)!;

describe("regionPlaces: a region's places as a reader looks for them", () => {
  it("lists a region's countries by English name in alphabetical order", () => {
    expect(regionPlaces(region("example-joint", "core-b"), f.ref, "2011-05-03", "en")).toEqual({
      states: [
        { code: "BLR", name: "Belarus", territories: [] },
        { code: "UKR", name: "Ukraine", territories: [] },
      ],
      seas: [],
    });
  });
  it("names a region's seas", () => {
    expect(regionPlaces(region("example-joint", "two-seas"), f.ref, "2011-05-03", "en")).toEqual({ states: [], seas: ["Baltic Sea", "Black Sea"] });
  });
  it("lists a group's member states only, by English name in alphabetical order, with their territories under them", () => {
    const { states } = regionPlaces(members, f.ref, "2011-05-03", "en");
    expect(states).toHaveLength(28);
    expect(states.map((p) => p.name).slice(0, 4)).toEqual(["Albania", "Belgium", "Bulgaria", "Canada"]);
    const byName = new Map(states.map((p) => [p.name, p.territories]));
    expect(byName.get("Denmark")).toEqual(["Faroe Islands", "Greenland"]);
    expect(byName.get("United Kingdom")).toEqual(["Bermuda", "Guernsey", "Isle of Man", "Jersey"]);
    expect(byName.get("France")).toEqual(["Saint Pierre and Miquelon"]);
    for (const territory of ["Bermuda", "Greenland", "Faroe Islands", "Jersey"]) expect(byName.has(territory), territory).toBe(false);
  });
  it("sorts by the Russian names in Russian", () => {
    const { states } = regionPlaces(members, f.ref, "2011-05-03", "ru");
    const names = states.map((p) => p.name);
    expect(names[0]).toBe("Албания");
    expect([...names].sort(new Intl.Collator("ru").compare)).toEqual(names);
  });
  it("names the members as they were called on the date (Macedonia joined in 2020 as North Macedonia)", () => {
    const withMacedonia = { ...members, countries: [...members.countries, "MKD"].sort() } as ResolvedRegion;
    expect(regionPlaces(withMacedonia, f.ref, "2026-11-25", "en").states.map((p) => p.name)).toContain("North Macedonia");
    expect(regionPlaces(withMacedonia, f.ref, "2011-05-03", "en").states.map((p) => p.name)).toContain("Macedonia");
  });
  it("puts a territory whose state is not in the region on its own, and lists seas after the states", () => {
    const r = { ...members, countries: ["GRL"], seas: ["baltic"] } as ResolvedRegion;
    expect(regionPlaces(r, f.ref, "2011-05-03", "en")).toEqual({ states: [{ code: "GRL", name: "Greenland", territories: [] }], seas: ["Baltic Sea"] });
  });
});
