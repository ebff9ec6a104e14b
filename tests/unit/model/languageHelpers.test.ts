/** The text-producing helpers in each language: accessible descriptions, source lines, the tooltip and the globe's labels. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { describeModel, describeRegion } from "../../../src/model/describe";
import type { ResolvedModel } from "../../../src/model/resolve";
import type { Source } from "../../../src/model/schema";
import { layoutGlobeLinks } from "../../../src/screen/globeLinkLayout";
import { createHoverStore } from "../../../src/ui/hoverStore";
import { attributionLine } from "../../../src/model/sourceLine";
import { sourceLine } from "../../../src/model/sourceLine";
import { tooltipContent } from "../../../src/ui/Tooltip";
import { realModels, type RealModels } from "../support";

let real: RealModels;
let geography: Geography;
let nato: ResolvedModel;
let russia: ResolvedModel;
beforeAll(() => {
  real = realModels();
  geography = prepareGeography();
  nato = real.resolved.get("nato-two-systems")!;
  russia = real.resolved.get("russia-sectors")!;
});

describe("describeModel (the globe's accessible name)", () => {
  it("names the proposal, the date and every region with who is responsible, in English", () => {
    const text = describeModel(russia, "en");
    expect(text).toMatch(/^Globe showing Russia: one joint system divided into sectors, as of 3 May 2011\. /);
    expect(text).toContain("NATO members bordering Russia (readings differ): Russia or NATO, depending on the reading");
    expect(text).toContain("Russia (eastern sector): Russia");
  });
  it("says the same in Russian, with the models' Russian texts", () => {
    const text = describeModel(russia, "ru");
    expect(text).toMatch(/^Глобус: Россия: единая совместная система, разделённая на секторы, по состоянию на 3 мая 2011 г\. /);
    expect(text).toContain("Страны НАТО, граничащие с Россией (прочтения расходятся) — отвечает Россия или НАТО, в зависимости от прочтения");
    expect(text).not.toMatch(/[A-Za-z]/);
  });
  it("describeRegion lists the places it is given, in either language", () => {
    const region = russia.regions.find((r) => r.id === "nato-members-bordering-russia")!;
    const names = (code: string) => code;
    expect(describeRegion(region, names, (id) => id, "en")).toBe(
      "NATO members bordering Russia (readings differ), Russia or NATO depending on the reading: EST, LTU, LVA, NOR, POL.",
    );
    expect(describeRegion(region, names, (id) => id, "ru")).toBe(
      "Страны НАТО, граничащие с Россией (прочтения расходятся), отвечает Россия или НАТО в зависимости от прочтения: EST, LTU, LVA, NOR, POL.",
    );
  });
});

describe("sourceLine", () => {
  const sources = () => new Map(real.contexts.flatMap((c) => c.sources).map((s) => [s.id, s] as [string, Source]));
  it("writes the label and who reported it, in English as before", () => {
    const byId = sources();
    expect(sourceLine(byId.get("interfax-ii-2011-04-29")!, "en", byId)).toBe("Interfax II, April 29, as reported by Global Security Newswire");
    expect(sourceLine(byId.get("izvestia-2011-04-29")!, "en", byId)).toBe("Izvestia, as reported by RIA Novosti, April 29");
    expect(sourceLine(byId.get("gsn-2011-05-03")!, "en")).toBe("Global Security Newswire, 3 May 2011");
    expect(sourceLine(byId.get("gsn-2011-04-18")!, "en")).toBe("GSN, April 18");
  });
  it("names a date once: the plain form names publications only, for a line that gives the date itself", () => {
    const byId = sources();
    expect(sourceLine(byId.get("gsn-2011-05-03")!, "en", byId, "plain")).toBe("Global Security Newswire");
    expect(sourceLine(byId.get("interfax-i-2011-04-29")!, "en", byId, "plain")).toBe("Interfax, as reported by Global Security Newswire");
    expect(sourceLine(byId.get("izvestia-2011-04-29")!, "ru", byId, "plain")).toBe("Известия, по сообщению РИА Новости");
    // A label already names the day, and no date is added to it.
    expect(sourceLine(byId.get("interfax-i-2011-04-29")!, "en", byId)).not.toMatch(/2011/);
  });
  it("writes the same in Russian, with the Russian labels", () => {
    const byId = sources();
    expect(sourceLine(byId.get("interfax-ii-2011-04-29")!, "ru", byId)).toBe("Интерфакс II, 29 апреля, по сообщению Global Security Newswire");
    expect(sourceLine(byId.get("izvestia-2011-04-29")!, "ru", byId)).toBe("Известия, по сообщению РИА Новости, 29 апреля");
    expect(sourceLine(byId.get("gsn-2011-05-03")!, "ru")).toBe("Global Security Newswire, 3 мая 2011 г.");
    expect(sourceLine(byId.get("gsn-2011-04-18")!, "ru")).toBe("GSN, 18 апреля");
  });
});

describe("layoutGlobeLinks (the labels on the globe)", () => {
  it("labels the parties and the link in the language asked for, at the same places", () => {
    const en = layoutGlobeLinks(nato, geography, "en");
    const ru = layoutGlobeLinks(nato, geography, "ru");
    expect(en.labels.map((l) => [l.id, l.text])).toEqual([
      ["party-nato", "NATO"],
      ["party-russia", "Russia"],
      ["link-data-exchange", "⇄ Exchange data on potential missile threats"],
    ]);
    expect(ru.labels.map((l) => [l.id, l.text])).toEqual([
      ["party-nato", "НАТО"],
      ["party-russia", "Россия"],
      ["link-data-exchange", "⇄ Обмен данными о потенциальных ракетных угрозах"],
    ]);
    expect(ru.labels.map((l) => l.position)).toEqual(en.labels.map((l) => l.position));
    expect(ru.arcs).toEqual(en.arcs);
  });
});

describe("tooltipContent", () => {
  it("gives the shown model's sources by id, so that the tooltip's source line names who reported each", () => {
    const store = createHoverStore();
    store.set({ view: 0, area: real.piece("RUS"), clientX: 0, clientY: 0 });
    const content = tooltipContent(store, [russia], geography, "en")!;
    expect(content.region!.id).toBe("russia");
    expect(content.region!.sources.map((s) => sourceLine(s, "en", content.sources))).toEqual(["Interfax II, April 29, as reported by Global Security Newswire"]);
    expect(content.region!.sources.map((s) => sourceLine(s, "ru", content.sources))).toEqual(["Интерфакс II, 29 апреля, по сообщению Global Security Newswire"]);
  });
  it("names the country or sea under the pointer in the language asked for", () => {
    const store = createHoverStore();
    store.set({ view: 0, area: real.piece("POL"), clientX: 0, clientY: 0 });
    expect(tooltipContent(store, [russia], geography, "en")?.place).toBe("Poland");
    expect(tooltipContent(store, [russia], geography, "ru")?.place).toBe("Польша");
    store.set({ view: 0, area: real.sea("baltic"), clientX: 0, clientY: 0 });
    expect(tooltipContent(store, [russia], geography, "en")?.place).toBe("Baltic Sea");
    expect(tooltipContent(store, [russia], geography, "ru")?.place).toBe("Балтийское море");
  });
});

describe("attributionLine: who, where reported, when, each once", () => {
  const contexts = () => real.contexts;
  it("gives every statement's date once, in both languages, after the publication and its reporter", () => {
    for (const c of contexts()) {
      const byId = new Map(c.sources.map((s) => [s.id, s]));
      for (const p of c.people) {
        for (const s of p.statements) {
          for (const lang of ["en", "ru"] as const) {
            const line = attributionLine(p.name[lang], byId.get(s.sources[0]!), s.date, lang, byId);
            expect(line.match(/2011/g), line).toHaveLength(1);
            expect(line.match(/(April|апреля)/g) ?? [], line).toHaveLength(1);
          }
        }
      }
    }
  });
  it("writes the key statements' lines the same way", () => {
    for (const m of [...real.resolved.values()].map((r) => r.model)) {
      const k = m.keyStatement;
      if (!k) continue;
      const byId = new Map(m.sources.map((s) => [s.id, s]));
      const line = attributionLine(k.speaker.en, byId.get(k.source), k.date, "en", byId);
      expect(line.match(/2011/g), line).toHaveLength(1);
    }
    const gsn = { id: "g", publication: { en: "Global Security Newswire", ru: "Global Security Newswire" }, date: "2011-05-03" };
    expect(attributionLine("The speaker", gsn, "2011-05-03", "en")).toBe("The speaker; Global Security Newswire, 3 May 2011");
  });
});
