import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { loadModels } from "../../../src/model/loadModels";
import { buildPalette } from "../../../src/model/palette";
import { resolveModel } from "../../../src/model/resolve";
import type { Model } from "../../../src/model/schema";
import { textViewRows } from "../../../src/model/textView";
import { THEME, rgb } from "../../../src/theme";
import { allModelFiles } from "../support";

let g: Geography;
let models: Model[];
beforeAll(() => {
  g = prepareGeography();
  models = loadModels(allModelFiles(), g.ref).models;
});

describe("textViewRows(resolved, lang)", () => {
  for (const date of ["2011-05-03", "2026-11-25"]) {
    it(`lists exactly the countries and seas the globe colours, for each proposal, as of ${date}`, () => {
      expect(models.length).toBeGreaterThanOrEqual(2);
      for (const m of models) {
        const resolved = resolveModel(m, g.atlas, g.ref, date);
        const palette = buildPalette(resolved, g.landCount, g.paletteWidth);
        const land = rgb(THEME.land);
        const ocean = rgb(THEME.ocean);
        // What the picture shows: every land piece or sea whose colour is not the plain background.
        const colouredCountries = new Set<string>();
        const colouredSeas = new Set<string>();
        for (let i = 0; i < g.landCount + g.ref.seas.length; i++) {
          const c = [palette[i * 4], palette[i * 4 + 1], palette[i * 4 + 2]];
          const background = i < g.landCount ? land : ocean;
          if (c[0] === background[0] && c[1] === background[1] && c[2] === background[2]) continue;
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

  it("puts Finland and Sweden with NATO today but not in May 2011", () => {
    const nato = models.find((m) => m.id === "nato-two-systems")!;
    const then = textViewRows(resolveModel(nato, g.atlas, g.ref, "2011-05-03"), "en").flatMap((r) => r.countries);
    const now = textViewRows(resolveModel(nato, g.atlas, g.ref, "2026-11-25"), "en").flatMap((r) => r.countries);
    expect(then).not.toContain("FIN");
    expect(now).toContain("FIN");
    expect(now).toContain("SWE");
  });

  it("marks a disputed region as such, naming both parties", () => {
    const russia = models.find((m) => m.id === "russia-sectors")!;
    const row = textViewRows(resolveModel(russia, g.atlas, g.ref), "en").find((r) => r.regionId === "nato-members-bordering-russia")!;
    expect(row.responsible).toBe("Russia on one reading, NATO on another");
    expect(row.countries).toEqual(["EST", "LTU", "LVA", "NOR", "POL"]);
  });

  it("in Russian, gives the same rows with the regions' Russian labels and the parties' Russian names", () => {
    const russia = models.find((m) => m.id === "russia-sectors")!;
    const resolved = resolveModel(russia, g.atlas, g.ref);
    const en = textViewRows(resolved, "en");
    const ru = textViewRows(resolved, "ru");
    expect(ru.map((r) => [r.regionId, r.countries, r.seas, r.sources])).toEqual(en.map((r) => [r.regionId, r.countries, r.seas, r.sources]));
    for (const r of ru) {
      expect(r.region).toBe(russia.regions.find((x) => x.id === r.regionId)!.label.ru);
      expect(r.responsible, r.regionId).not.toMatch(/[A-Za-z]/);
    }
    const bordering = ru.find((r) => r.regionId === "nato-members-bordering-russia")!;
    expect(bordering.responsible).toBe("Россия при одном прочтении, НАТО при другом");
    expect(ru.find((r) => r.regionId === "russia")!.responsible).toBe("Россия");
  });
});
