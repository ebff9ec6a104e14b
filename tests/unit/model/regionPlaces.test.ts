import { beforeAll, describe, expect, it } from "vitest";
import { regionPlaces } from "../../../src/model/regionPlaces";
import type { ResolvedRegion } from "../../../src/model/resolve";
import { realModels, type RealModels } from "../support";

let real: RealModels;
beforeAll(() => {
  real = realModels();
});

const nato = () => real.resolved.get("nato-two-systems")!.regions.find((r) => r.id === "nato-members")!;

describe("regionPlaces: a region's places as a reader looks for them", () => {
  it("lists NATO's member states only, by English name in alphabetical order, with their territories under them", () => {
    const { states } = regionPlaces(nato(), real.ref, "2011-05-03", "en");
    expect(states).toHaveLength(28);
    expect(states.map((p) => p.name).slice(0, 4)).toEqual(["Albania", "Belgium", "Bulgaria", "Canada"]);
    const byName = new Map(states.map((p) => [p.name, p.territories]));
    expect(byName.get("Denmark")).toEqual(["Faroe Islands", "Greenland"]);
    expect(byName.get("United Kingdom")).toEqual(["Bermuda", "Guernsey", "Isle of Man", "Jersey"]);
    expect(byName.get("France")).toEqual(["Saint Pierre and Miquelon"]);
    for (const territory of ["Bermuda", "Greenland", "Faroe Islands", "Jersey"]) expect(byName.has(territory), territory).toBe(false);
  });
  it("sorts by the Russian names in Russian", () => {
    const { states } = regionPlaces(nato(), real.ref, "2011-05-03", "ru");
    const names = states.map((p) => p.name);
    expect(names[0]).toBe("Албания");
    expect([...names].sort(new Intl.Collator("ru").compare)).toEqual(names);
  });
  it("names the members as they were called on the date (Macedonia joined in 2020 as North Macedonia)", () => {
    const region = { ...nato(), countries: [...nato().countries, "MKD"].sort() } as ResolvedRegion;
    expect(regionPlaces(region, real.ref, "2026-11-25", "en").states.map((p) => p.name)).toContain("North Macedonia");
    expect(regionPlaces(region, real.ref, "2011-05-03", "en").states.map((p) => p.name)).toContain("Macedonia");
  });
  it("puts a territory whose state is not in the region on its own, and lists seas after the states", () => {
    const region = { ...nato(), countries: ["GRL"], seas: ["baltic"] } as ResolvedRegion;
    expect(regionPlaces(region, real.ref, "2011-05-03", "en")).toEqual({ states: [{ code: "GRL", name: "Greenland", territories: [] }], seas: ["Baltic Sea"] });
  });
});
