import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { loadModels } from "../../../src/model/loadModels";
import { buildPalette } from "../../../src/model/palette";
import { resolveModel } from "../../../src/model/resolve";
import type { Model } from "../../../src/model/schema";
import { textViewRows } from "../../../src/model/textView";
import { validateModel } from "../../../src/model/validate";
import { LIGHT, rgb } from "../../../src/theme";
import { fixtureFiles, fixtureJson } from "../support";

/*
 * Written against the invented proposals of tests/fixtures/ (see fixtureModels in ../support.ts); example-joint:
 * group A for DEU; group B for BLR, UKR and the Baltic and Black seas, and for MDA on a reading; POL and CZE disputed.
 */
let g: Geography;
let models: Model[];
let joint: Model;
beforeAll(() => {
  g = prepareGeography();
  const loaded = loadModels(fixtureFiles(), g.ref);
  expect(loaded.errors).toEqual([]);
  models = loaded.models;
  joint = models.find((m) => m.id === "example-joint")!;
});

describe("textViewRows(resolved, lang)", () => {
  for (const date of ["2011-05-03", "2026-11-25"]) {
    it(`lists exactly the countries and seas the globe colours, for each proposal, as of ${date}`, () => {
      expect(models.length).toBeGreaterThanOrEqual(2);
      for (const m of models) {
        const resolved = resolveModel(m, g.atlas, g.ref, date);
        const palette = buildPalette(resolved, g.landCount, g.paletteWidth);
        const land = rgb(LIGHT.land);
        const ocean = rgb(LIGHT.ocean);
        // What the picture shows: every land piece or sea whose colour, or stripes' colour, is not the plain background
        // (a sea in a party's charge is the ocean under lines of the party's colour: row 1 of the palette).
        const colouredCountries = new Set<string>();
        const colouredSeas = new Set<string>();
        for (let i = 0; i < g.landCount + g.ref.seas.length; i++) {
          const background = i < g.landCount ? land : ocean;
          const plain = (t: number) => palette[t * 4] === background[0] && palette[t * 4 + 1] === background[1] && palette[t * 4 + 2] === background[2];
          if (plain(i) && (i < g.landCount || plain(g.paletteWidth + i))) continue;
          if (i < g.landCount) colouredCountries.add(resolved.pieceCountry[i]!);
          else colouredSeas.add(g.ref.seas[i - g.landCount]!.id);
        }
        const rows = textViewRows(resolved, "en");
        expect(new Set(rows.flatMap((r) => r.countries))).toEqual(colouredCountries);
        expect(new Set(rows.flatMap((r) => r.seas))).toEqual(colouredSeas);
        // Each row names who is responsible and at least one source.
        for (const r of rows) {
          expect(r.responsible.length).toBeGreaterThan(0);
          expect(r.sources.length).toBeGreaterThan(0);
        }
      }
    });
  }

  it("gives one row per region, in the model's order, with its countries, seas, who is responsible and its sources", () => {
    expect(textViewRows(resolveModel(joint, g.atlas, g.ref), "en")).toEqual([
      { regionId: "core-a", region: "Group A's part", responsible: "Group A", countries: ["DEU"], seas: [], sources: ["test-fixture"] },
      { regionId: "core-b", region: "Group B's part", responsible: "Group B", countries: ["BLR", "UKR"], seas: [], sources: ["invented-agency"] },
      { regionId: "poland-either", region: "Poland (readings differ)", responsible: "Group B on one reading, Group A on another", countries: ["POL"], seas: [], sources: ["test-fixture"] },
      { regionId: "czechia-either", region: "Czechia (readings differ)", responsible: "Group B on one reading, Group A on another", countries: ["CZE"], seas: [], sources: ["test-fixture"] },
      {
        regionId: "moldova-reading",
        region: "Moldova (this example's reading)",
        responsible: "Group B, on this explainer's reading (not named in the source)",
        countries: ["MDA"],
        seas: [],
        sources: ["test-fixture"],
      },
      { regionId: "two-seas", region: "Baltic and Black seas", responsible: "Group B", countries: [], seas: ["baltic", "black"], sources: ["test-fixture"] },
    ]);
  });

  it("takes a group's members on the date shown: Finland and Sweden today but not in May 2011", () => {
    // example-separate with group A's region drawn from the NATO group (data/groups/) instead of a list of countries.
    const json = fixtureJson("tests/fixtures/example-separate.json");
    json.regions[0].countries = [];
    json.regions[0].groups = ["nato"];
    const r = validateModel(json, "tests/fixtures/example-separate.json", g.ref);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    const then = textViewRows(resolveModel(r.model, g.atlas, g.ref, "2011-05-03"), "en").flatMap((x) => x.countries);
    const now = textViewRows(resolveModel(r.model, g.atlas, g.ref, "2026-11-25"), "en").flatMap((x) => x.countries);
    expect(then).toContain("POL");
    expect(then).not.toContain("FIN");
    expect(then).not.toContain("SWE");
    expect(now).toContain("FIN");
    expect(now).toContain("SWE");
  });

  it("marks a disputed region as such, naming both parties", () => {
    const row = textViewRows(resolveModel(joint, g.atlas, g.ref), "en").find((r) => r.regionId === "poland-either")!;
    expect(row.responsible).toBe("Group B on one reading, Group A on another");
    expect(row.countries).toEqual(["POL"]);
  });

  it("in Russian, gives the same rows with the regions' Russian labels and the parties' Russian names", () => {
    const resolved = resolveModel(joint, g.atlas, g.ref);
    const en = textViewRows(resolved, "en");
    const ru = textViewRows(resolved, "ru");
    expect(ru.map((r) => [r.regionId, r.countries, r.seas, r.sources])).toEqual(en.map((r) => [r.regionId, r.countries, r.seas, r.sources]));
    for (const r of ru) expect(r.responsible, r.regionId).not.toMatch(/[A-Za-z]/);
    expect(ru.map((r) => [r.region, r.responsible])).toEqual([
      ["Часть группы А", "Группа А"],
      ["Часть группы Б", "Группа Б"],
      ["Польша (прочтения расходятся)", "Группа Б при одном прочтении, Группа А при другом"],
      ["Чехия (прочтения расходятся)", "Группа Б при одном прочтении, Группа А при другом"],
      ["Молдавия (прочтение в данном примере)", "Группа Б — при прочтении, принятом в этом материале (в источнике не названо)"],
      ["Балтийское и Чёрное моря", "Группа Б"],
    ]);
  });
});
