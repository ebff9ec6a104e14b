import { beforeAll, describe, expect, it } from "vitest";
import { differenceEmphasis } from "../../../src/model/emphasis";
import { differenceLegend, legendEntries, proposalName, type LegendEntry } from "../../../src/model/legend";
import { resolveModel, type ResolvedModel } from "../../../src/model/resolve";
import { modelJson, realModels, type RealModels } from "../support";

let real: RealModels;
let nato: ResolvedModel;
let russia: ResolvedModel;

beforeAll(() => {
  real = realModels();
  nato = real.resolved.get("nato-two-systems")!;
  russia = real.resolved.get("russia-sectors")!;
});

/** Region labels, read from the model files. */
const label = (file: "models/nato-two-systems.json" | "models/russia-sectors.json", id: string): string => {
  const r = (modelJson(file).regions as { id: string; label: { en: string } }[]).find((x) => x.id === id);
  if (!r) throw new Error(`no region ${id} in ${file}`);
  return r.label.en;
};
/** An entry that stands for one party alone: one plain swatch in a party colour. */
const isPartyEntry = (e: LegendEntry) => e.swatches.length === 1 && e.swatches[0]!.colour !== "land" && !e.swatches[0]!.alt && !e.swatches[0]!.sea;

describe("legendEntries", () => {
  for (const id of ["nato-two-systems", "russia-sectors"]) {
    describe(id, () => {
      let entries: LegendEntry[];
      beforeAll(() => {
        entries = legendEntries(real.resolved.get(id)!, "en");
      });
      it("lists each party once, in its colour and by name", () => {
        const parties = entries.filter(isPartyEntry);
        expect(parties.map((e) => e.swatches[0]!.colour).sort()).toEqual(["blue", "orange"]);
        expect(parties.find((e) => e.swatches[0]!.colour === "blue")!.text).toContain("NATO");
        expect(parties.find((e) => e.swatches[0]!.colour === "orange")!.text).toContain("Russia");
      });
      it('ends with "Not assigned", in the land colour', () => {
        const last = entries.at(-1)!;
        expect(last.text).toMatch(/^Not assigned/);
        expect(last.swatches).toEqual([{ colour: "land" }]);
        expect(entries.filter((e) => /Not assigned/.test(e.text))).toHaveLength(1);
      });
      it("gives every entry its own id", () => {
        expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      });
    });
  }

  it("NATO's proposal has no disputed and no sea entry", () => {
    const entries = legendEntries(nato, "en");
    expect(entries.some((e) => e.swatches.some((s) => s.alt || s.sea))).toBe(false);
    expect(entries).toHaveLength(3);
  });

  it("Russia's proposal has one disputed entry (for its two disputed regions), with both parties' colours", () => {
    const disputed = legendEntries(russia, "en").filter((e) => e.id.startsWith("disputed-"));
    expect(disputed).toHaveLength(1);
    expect(disputed[0]!.swatches).toHaveLength(1);
    expect(disputed[0]!.swatches[0]!.colour).toBe("orange");
    expect(disputed[0]!.swatches[0]!.alt).toBe("blue");
    expect(disputed[0]!.text).toMatch(/Disputed/);
    expect(disputed[0]!.text).toContain("Russia");
    expect(disputed[0]!.text).toContain("NATO");
  });

  it("Russia's proposal has one sea entry, in Russia's colour", () => {
    const seas = legendEntries(russia, "en").filter((e) => e.swatches.some((s) => s.sea));
    expect(seas).toHaveLength(1);
    expect(seas[0]!.swatches[0]!.colour).toBe("orange");
    expect(seas[0]!.text).toMatch(/[Ss]ea/);
    expect(seas[0]!.text).toContain("Russia");
  });

  it("Russia's proposal has one entry for the explainer's readings: Russia's colour striped with unshaded land", () => {
    const readings = legendEntries(russia, "en").filter((e) => e.id.startsWith("reading-"));
    expect(readings).toHaveLength(1);
    expect(readings[0]!.swatches).toEqual([{ colour: "orange", alt: "land", sea: false }]);
    expect(readings[0]!.text).toMatch(/^Russia, on this explainer's reading/);
  });

  it("Russia's proposal has six entries: two parties, disputed, a reading, sea, not assigned", () => {
    expect(legendEntries(russia, "en").map((e) => e.id)).toEqual(["party-russia", "disputed-russia-nato", "party-nato", "reading-russia", "sea-russia", "unassigned"]);
  });

  it("a view with an occupied area (Crimea today) has an entry for the occupation hatch, naming the place", () => {
    const today = resolveModel(russia.model, real.atlas, real.ref, "2026-11-25");
    const occupied = legendEntries(today, "en").find((e) => e.id === "occupied")!;
    // Crimea falls in Russia's sector with Ukraine on this reading: the hatch is over Russia's colour, as on the globe.
    expect(occupied.swatches).toEqual([{ colour: "orange", alt: "occupied" }]);
    const nato = legendEntries(resolveModel(real.resolved.get("nato-two-systems")!.model, real.atlas, real.ref, "2026-11-25"), "en").find((e) => e.id === "occupied")!;
    expect(nato.swatches).toEqual([{ colour: "land", alt: "occupied" }]);
    expect(occupied.text).toContain("Crimea");
    expect(legendEntries(russia, "en").some((e) => e.id === "occupied")).toBe(false);
  });
});

describe("proposalName", () => {
  it("names the proposal after the party that made it", () => {
    expect(proposalName(nato, "en")).toBe("NATO's proposal");
    expect(proposalName(russia, "en")).toBe("Russia's proposal");
  });
});

describe("differenceLegend", () => {
  const SENTENCE = /^Under (.+?)'s proposal: (.+)\. Under (.+?)'s proposal: (.+)\.$/;
  /** The region label (or "not assigned") each side of each sentence starts with. */
  const sides = (entries: LegendEntry[]) =>
    entries.map((e) => {
      const m = SENTENCE.exec(e.text);
      if (!m) throw new Error(`not a difference sentence: ${e.text}`);
      return [m[1]!, m[2]!, m[3]!, m[4]!] as const;
    });
  const N = "models/nato-two-systems.json";
  const R = "models/russia-sectors.json";

  it('writes each entry as "Under NATO\'s proposal: … Under Russia\'s proposal: …"', () => {
    const entries = differenceLegend(nato, russia, null, "en");
    expect(entries.length).toBeGreaterThan(0);
    for (const [a, , b] of sides(entries)) {
      expect(a).toBe("NATO");
      expect(b).toBe("Russia");
    }
  });

  it("has one entry for each distinct pair of regions an area moves between", () => {
    const pairs = sides(differenceLegend(nato, russia, null, "en")).map(([, a, , b]) => [a, b]);
    const starts = (text: string, prefix: string) => text === prefix || text.startsWith(`${prefix}:`);
    const expected = [
      ["not assigned", label(R, "neighbours-outside-nato")],
      ["not assigned", label(R, "eastern-europe-outside-nato")],
      ["not assigned", label(R, "eastern-seas")],
      [label(N, "nato-members"), label(R, "nato-members-bordering-russia")],
      [label(N, "nato-members"), label(R, "nato-members-eastern-europe")],
    ];
    expect(pairs).toHaveLength(expected.length);
    for (const [a, b] of expected) {
      expect(
        pairs.filter(([x, y]) => starts(x!, a!) && starts(y!, b!)),
        `${a} → ${b}`,
      ).toHaveLength(1);
    }
  });

  it("names the party of each side, and both readings of a disputed region", () => {
    const bordering = differenceLegend(nato, russia, null, "en").find((e) => e.text.includes(label(R, "nato-members-bordering-russia")))!;
    const [, a, , b] = sides([bordering])[0]!;
    expect(a).toContain("NATO");
    expect(b).toContain("Russia");
    expect(b).toContain("NATO");
  });

  it("has no entry for areas assigned the same way (the rest of NATO, Russia itself)", () => {
    const text = differenceLegend(nato, russia, null, "en")
      .map((e) => e.text)
      .join("\n");
    expect(text).not.toContain(label(R, "nato-sectors"));
    expect(text).not.toContain(label(R, "russia"));
  });

  it("is empty for a proposal compared with itself", () => {
    expect(differenceLegend(russia, russia, null, "en")).toEqual([]);
  });

  it("follows the order of the arguments", () => {
    for (const [a, , b] of sides(differenceLegend(russia, nato, null, "en"))) {
      expect(a).toBe("Russia");
      expect(b).toBe("NATO");
    }
    expect(differenceLegend(russia, nato, null, "en")).toHaveLength(differenceLegend(nato, russia, null, "en").length);
  });

  it("gives two swatches per entry: nothing, a sea area, or a disputed region", () => {
    const entries = differenceLegend(nato, russia, null, "en");
    const seas = entries.find((e) => e.text.includes(label(R, "eastern-seas")))!;
    expect(seas.swatches).toHaveLength(2);
    // Unassigned sea is drawn as the ocean, and its swatch says so.
    expect(seas.swatches[0]).toEqual({ colour: "land", sea: true });
    expect(seas.swatches[1]!.colour).toBe("orange");
    expect(seas.swatches[1]!.sea).toBe(true);
    const disputed = entries.find((e) => e.text.includes(label(R, "nato-members-eastern-europe")))!;
    expect(disputed.swatches[0]!.colour).toBe("blue");
    expect(disputed.swatches[0]!.alt).toBeUndefined();
    expect(disputed.swatches[1]!.colour).toBe("orange");
    expect(disputed.swatches[1]!.alt).toBe("blue");
  });

  it("with the difference emphasis, gives the same entries as without", () => {
    expect(differenceLegend(nato, russia, differenceEmphasis(nato, russia), "en")).toEqual(differenceLegend(nato, russia, null, "en"));
  });

  it("leaves out areas the emphasis does not show in full", () => {
    const e = differenceEmphasis(nato, russia);
    for (const sea of ["barents", "baltic", "black", "azov"]) e[real.sea(sea)] = 1;
    const text = differenceLegend(nato, russia, e, "en")
      .map((x) => x.text)
      .join("\n");
    expect(text).not.toContain(label(R, "eastern-seas"));
    expect(text).toContain(label(R, "neighbours-outside-nato"));
  });

  it("gives every entry its own id", () => {
    const entries = differenceLegend(nato, russia, null, "en");
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe("in Russian", () => {
  /** Region labels in Russian, read from the model files. */
  const labelRu = (file: "models/nato-two-systems.json" | "models/russia-sectors.json", id: string): string =>
    (modelJson(file).regions as { id: string; label: { ru: string } }[]).find((x) => x.id === id)!.label.ru;
  const latin = /[A-Za-z]/;

  it("legendEntries gives the same entries, with the same ids and swatches, in Russian words and the parties' Russian names", () => {
    for (const resolved of [nato, russia]) {
      const en = legendEntries(resolved, "en");
      const ru = legendEntries(resolved, "ru");
      expect(ru.map((e) => [e.id, e.swatches])).toEqual(en.map((e) => [e.id, e.swatches]));
      for (const e of ru) expect(e.text, e.id).not.toMatch(latin);
    }
    const ru = new Map(legendEntries(russia, "ru").map((e) => [e.id, e.text]));
    expect(ru.get("party-nato")).toBe("Отвечает НАТО");
    expect(ru.get("party-russia")).toBe("Отвечает Россия");
    expect(ru.get("disputed-russia-nato")).toMatch(/^Под вопросом: .*Россия.*НАТО/);
    expect(ru.get("sea-russia")).toMatch(/^Морские районы.*Россия$/);
    expect(ru.get("unassigned")).toMatch(/не отнесено ни к одной из сторон/);
  });

  it("proposalName names the party in Russian", () => {
    expect(proposalName(nato, "ru")).toBe("Предложение: НАТО");
    expect(proposalName(russia, "ru")).toBe("Предложение: Россия");
  });

  it("differenceLegend writes the same sentences in Russian: each proposal's party, then the region's Russian label and who is responsible", () => {
    const en = differenceLegend(nato, russia, null, "en");
    const ru = differenceLegend(nato, russia, null, "ru");
    expect(ru.map((e) => [e.id, e.swatches])).toEqual(en.map((e) => [e.id, e.swatches]));
    const SENTENCE = /^По предложению (НАТО|России): (.+)\. По предложению (НАТО|России): (.+)\.$/;
    for (const e of ru) {
      const m = SENTENCE.exec(e.text);
      expect(m, e.text).not.toBeNull();
      expect([m![1], m![3]]).toEqual(["НАТО", "России"]);
      expect(e.text).not.toMatch(latin);
    }
    const bordering = ru.find((e) => e.text.includes(labelRu("models/russia-sectors.json", "nato-members-bordering-russia")))!;
    expect(bordering.text).toContain(`${labelRu("models/nato-two-systems.json", "nato-members")} — отвечает НАТО`);
    expect(bordering.text).toContain("— отвечает Россия или НАТО");
    expect(ru.filter((e) => e.text.startsWith("По предложению НАТО: не отнесено ни к одной из сторон."))).toHaveLength(3);
  });
});
