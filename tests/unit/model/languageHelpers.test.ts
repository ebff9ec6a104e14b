/** The text-producing helpers in each language: accessible descriptions, source lines, the tooltip and the globe's labels. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { describeModel, describeRegion } from "../../../src/model/describe";
import type { ResolvedModel } from "../../../src/model/resolve";
import type { Source } from "../../../src/model/schema";
import { createHoverStore } from "../../../src/ui/hoverStore";
import { attributionLine } from "../../../src/model/sourceLine";
import { sourceLine } from "../../../src/model/sourceLine";
import { tooltipContent } from "../../../src/ui/Tooltip";
import { fixtureModels, realModels, type LoadedFiles, type RealModels } from "../support";

/*
 * The accessible descriptions, the globe's labels and the tooltip are written against the invented proposals of
 * tests/fixtures/ (see fixtureModels in ../support.ts); the source and attribution lines below are read from the
 * shipped sources and statements of models/, as the article cites them.
 */
let real: RealModels;
let f: LoadedFiles;
let geography: Geography;
let separate: ResolvedModel;
let joint: ResolvedModel;
beforeAll(() => {
  f = fixtureModels();
  geography = prepareGeography();
  separate = f.resolved.get("example-separate")!;
  joint = f.resolved.get("example-joint")!;
});

describe("describeModel (the globe's accessible name)", () => {
  it("names the proposal, the date and every region with who is responsible, in English", () => {
    expect(describeModel(joint, "en")).toBe(
      "Globe showing Example: one shared arrangement in two parts, as of 3 May 2011. " +
        "Group A's part: Group A; Group B's part: Group B; " +
        "Poland (readings differ): Group B or Group A, depending on the reading; Czechia (readings differ): Group B or Group A, depending on the reading; " +
        "Moldova (this example's reading): Group B, on this explainer's reading; Baltic and Black seas: Group B.",
    );
  });
  it("says the same in Russian, with the models' Russian texts", () => {
    const text = describeModel(joint, "ru");
    expect(text).toBe(
      "Глобус: Пример: общий механизм из двух частей, по состоянию на 3 мая 2011 г. " +
        "Часть группы А — отвечает Группа А; Часть группы Б — отвечает Группа Б; " +
        "Польша (прочтения расходятся) — отвечает Группа Б или Группа А, в зависимости от прочтения; Чехия (прочтения расходятся) — отвечает Группа Б или Группа А, в зависимости от прочтения; " +
        "Молдавия (прочтение в данном примере) — отвечает Группа Б при прочтении, принятом в этом материале; Балтийское и Чёрное моря — отвечает Группа Б.",
    );
    expect(text).not.toMatch(/[A-Za-z]/);
  });
  it("describeRegion lists the places it is given, in either language", () => {
    const region = joint.regions.find((r) => r.id === "core-b")!;
    const disputed = joint.regions.find((r) => r.id === "poland-either")!;
    const seas = joint.regions.find((r) => r.id === "two-seas")!;
    const names = (code: string) => code;
    expect(describeRegion(region, names, (id) => id, "en")).toBe("Group B's part, Group B: BLR, UKR.");
    expect(describeRegion(disputed, names, (id) => id, "en")).toBe("Poland (readings differ), Group B or Group A depending on the reading: POL.");
    expect(describeRegion(seas, names, (id) => `the ${id} sea`, "en")).toBe("Baltic and Black seas, Group B: the baltic sea, the black sea.");
    expect(describeRegion(disputed, names, (id) => id, "ru")).toBe("Польша (прочтения расходятся), отвечает Группа Б или Группа А в зависимости от прочтения: POL.");
  });
});

describe("sourceLine", () => {
  beforeAll(() => {
    real = realModels();
  });
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

describe("tooltipContent", () => {
  it("gives the shown model's sources by id, so that the tooltip's source line names who reported each", () => {
    const store = createHoverStore();
    store.set({ view: 0, area: f.piece("BLR"), clientX: 0, clientY: 0 });
    const content = tooltipContent(store, [joint], geography, "en")!;
    expect(content.region!.id).toBe("core-b");
    expect(content.region!.sources.map((s) => sourceLine(s, "en", content.sources))).toEqual(["Invented Agency, May 2, as reported by Example Newswire"]);
    expect(content.region!.sources.map((s) => sourceLine(s, "ru", content.sources))).toEqual(["Вымышленное агентство, 2 мая, по сообщению Пример-ньюс"]);
  });
  it("names the country or sea under the pointer in the language asked for", () => {
    const store = createHoverStore();
    store.set({ view: 0, area: f.piece("POL"), clientX: 0, clientY: 0 });
    expect(tooltipContent(store, [joint], geography, "en")?.place).toBe("Poland");
    expect(tooltipContent(store, [joint], geography, "ru")?.place).toBe("Польша");
    store.set({ view: 0, area: f.sea("baltic"), clientX: 0, clientY: 0 });
    expect(tooltipContent(store, [joint], geography, "en")?.place).toBe("Baltic Sea");
    expect(tooltipContent(store, [joint], geography, "ru")?.place).toBe("Балтийское море");
  });
  it("gives the region under the pointer in the view it is in, and none for an area that view leaves unassigned", () => {
    const store = createHoverStore();
    store.set({ view: 1, area: f.piece("UKR"), clientX: 0, clientY: 0 });
    expect(tooltipContent(store, [separate, joint], geography, "en")!.region!.id).toBe("core-b");
    store.set({ view: 0, area: f.piece("UKR"), clientX: 0, clientY: 0 });
    const content = tooltipContent(store, [separate, joint], geography, "en")!;
    expect(content.place).toBe("Ukraine");
    expect(content.region).toBeNull();
  });
});

describe("attributionLine: who, where reported, when, each once", () => {
  beforeAll(() => {
    real = realModels();
  });
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
