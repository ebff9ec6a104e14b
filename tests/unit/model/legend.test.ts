import { beforeAll, describe, expect, it } from "vitest";
import { differenceEmphasis, FADED } from "../../../src/model/emphasis";
import { differenceLegend, legendEntries, proposalName, type LegendEntry } from "../../../src/model/legend";
import { resolveModel, type ResolvedModel } from "../../../src/model/resolve";
import { fixtureModels, type LoadedFiles } from "../support";

/*
 * Written against the invented proposals of tests/fixtures/ (see fixtureModels in ../support.ts), whose parties are
 * group A (blue) and group B (orange):
 * example-separate (group A's): "Group A's states" DEU, POL → A; "Group B's states" BLR → B.
 * example-joint (group B's): "Group A's part" DEU → A; "Group B's part" BLR, UKR → B; "Poland (readings differ)" and
 * "Czechia (readings differ)" → B or A; "Moldova (this example's reading)" → B on a reading; "Baltic and Black seas" → B.
 */
let f: LoadedFiles;
let separate: ResolvedModel;
let joint: ResolvedModel;

beforeAll(() => {
  f = fixtureModels();
  separate = f.resolved.get("example-separate")!;
  joint = f.resolved.get("example-joint")!;
});

/** An entry that stands for one party alone: one plain swatch in a party colour. */
const isPartyEntry = (e: LegendEntry) => e.swatches.length === 1 && e.swatches[0]!.colour !== "land" && !e.swatches[0]!.alt && !e.swatches[0]!.sea;

describe("legendEntries", () => {
  for (const id of ["example-separate", "example-joint"]) {
    describe(id, () => {
      let entries: LegendEntry[];
      beforeAll(() => {
        entries = legendEntries(f.resolved.get(id)!, "en");
      });
      it("lists each party once, in its colour and by name", () => {
        const parties = entries.filter(isPartyEntry);
        expect(parties.map((e) => [e.swatches[0]!.colour, e.text])).toEqual([
          ["blue", "Group A responsible"],
          ["orange", "Group B responsible"],
        ]);
      });
      it('ends with "Not assigned", in the land colour', () => {
        const last = entries.at(-1)!;
        expect(last.text).toBe("Not assigned in this proposal");
        expect(last.swatches).toEqual([{ colour: "land" }]);
        expect(entries.filter((e) => /Not assigned/.test(e.text))).toHaveLength(1);
      });
      it("gives every entry its own id", () => {
        expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      });
    });
  }

  it("a proposal with clear land regions only has no disputed and no sea entry: its two parties and not assigned", () => {
    const entries = legendEntries(separate, "en");
    expect(entries.some((e) => e.swatches.some((s) => s.alt || s.sea))).toBe(false);
    expect(entries.map((e) => e.id)).toEqual(["party-group-a", "party-group-b", "unassigned"]);
  });

  it("two disputed regions with the same readings (Poland, Czechia) give one disputed entry, with both parties' colours", () => {
    const disputed = legendEntries(joint, "en").filter((e) => e.id.startsWith("disputed-"));
    expect(disputed).toEqual([
      { id: "disputed-group-b-group-a", swatches: [{ colour: "orange", alt: "blue", sea: false }], text: "Disputed: Group B on one reading, Group A on another" },
    ]);
  });

  it("a sea region gives one sea entry, in its party's colour", () => {
    const seas = legendEntries(joint, "en").filter((e) => e.swatches.some((s) => s.sea));
    expect(seas).toEqual([{ id: "sea-group-b", swatches: [{ colour: "orange", alt: undefined, sea: true }], text: "Sea area in Group B's charge" }]);
  });

  it("a reading without an alternative party (Moldova) gives an entry of its party's colour striped with unshaded land", () => {
    const readings = legendEntries(joint, "en").filter((e) => e.id.startsWith("reading-"));
    expect(readings).toEqual([{ id: "reading-group-b", swatches: [{ colour: "orange", alt: "land", sea: false }], text: "Group B, on this explainer's reading" }]);
  });

  it("lists land entries in the order of the regions, then the seas, then not assigned", () => {
    expect(legendEntries(joint, "en").map((e) => e.id)).toEqual(["party-group-a", "party-group-b", "disputed-group-b-group-a", "reading-group-b", "sea-group-b", "unassigned"]);
  });

  it("a view with an occupied area (Crimea today) has an entry for the occupation hatch over the colour of the region it falls in, naming the place", () => {
    // example-joint gives Ukraine to group B; example-separate gives it to no one.
    const today = resolveModel(joint.model, f.atlas, f.ref, "2026-11-25");
    const occupied = legendEntries(today, "en").find((e) => e.id === "occupied")!;
    expect(occupied.swatches).toEqual([{ colour: "orange", alt: "occupied" }]);
    expect(occupied.text).toMatch(/^Hatched grey: .*Crimea/);
    const unassigned = legendEntries(resolveModel(separate.model, f.atlas, f.ref, "2026-11-25"), "en").find((e) => e.id === "occupied")!;
    expect(unassigned.swatches).toEqual([{ colour: "land", alt: "occupied" }]);
    // In May 2011 nothing was occupied.
    expect(legendEntries(joint, "en").some((e) => e.id === "occupied")).toBe(false);
  });
});

describe("proposalName", () => {
  it("names the proposal after the party that made it", () => {
    expect(proposalName(separate, "en")).toBe("Group A's proposal");
    expect(proposalName(joint, "en")).toBe("Group B's proposal");
  });
});

describe("differenceLegend", () => {
  const SENTENCE = /^Under (.+?)'s proposal: (.+)\. Under (.+?)'s proposal: (.+)\.$/;
  /** The parties and the sides of each sentence. */
  const sides = (entries: LegendEntry[]) =>
    entries.map((e) => {
      const m = SENTENCE.exec(e.text);
      if (!m) throw new Error(`not a difference sentence: ${e.text}`);
      return [m[1]!, m[2]!, m[3]!, m[4]!] as const;
    });

  it("writes each entry as \"Under Group A's proposal: … Under Group B's proposal: …\"", () => {
    const entries = differenceLegend(separate, joint, null, "en");
    expect(entries.length).toBeGreaterThan(0);
    for (const [a, , b] of sides(entries)) {
      expect(a).toBe("Group A");
      expect(b).toBe("Group B");
    }
  });

  it("has one entry for each distinct pair of regions an area moves between, naming each side's region and party", () => {
    // Ukraine and the Crimean piece move between the same two regions: one entry.
    const pairs = sides(differenceLegend(separate, joint, null, "en")).map(([, a, , b]) => `${a} → ${b}`);
    expect(pairs.sort()).toEqual(
      [
        "Group A's states: Group A → Poland (readings differ): Group B or Group A",
        "not assigned → Czechia (readings differ): Group B or Group A",
        "not assigned → Group B's part: Group B",
        "not assigned → Moldova (this example's reading): Group B, on this explainer's reading",
        "not assigned → Baltic and Black seas: Group B",
      ].sort(),
    );
  });

  it("names the party of each side, and both readings of a disputed region", () => {
    const [, a, , b] = sides(differenceLegend(separate, joint, null, "en").filter((e) => e.text.includes("Poland")))[0]!;
    expect(a).toBe("Group A's states: Group A");
    expect(b).toBe("Poland (readings differ): Group B or Group A");
  });

  it("has no entry for areas assigned the same way (Germany, Belarus)", () => {
    const text = differenceLegend(separate, joint, null, "en")
      .map((e) => e.text)
      .join("\n");
    expect(text).not.toContain("Group A's part");
    expect(text).not.toContain("Group B's states");
  });

  it("is empty for a proposal compared with itself", () => {
    expect(differenceLegend(joint, joint, null, "en")).toEqual([]);
  });

  it("follows the order of the arguments", () => {
    const entries = differenceLegend(joint, separate, null, "en");
    for (const [a, , b] of sides(entries)) {
      expect(a).toBe("Group B");
      expect(b).toBe("Group A");
    }
    expect(entries.find((e) => e.text.includes("Poland"))!.text).toBe(
      "Under Group B's proposal: Poland (readings differ): Group B or Group A. Under Group A's proposal: Group A's states: Group A.",
    );
    expect(entries).toHaveLength(5);
  });

  it("gives two swatches per entry: nothing, a sea area, or a disputed region", () => {
    const entries = differenceLegend(separate, joint, null, "en");
    // Unassigned sea is drawn as the ocean, and its swatch says so.
    expect(entries.find((e) => e.text.includes("Baltic and Black seas"))!.swatches).toEqual([
      { colour: "land", sea: true },
      { colour: "orange", alt: undefined, sea: true },
    ]);
    expect(entries.find((e) => e.text.includes("Poland"))!.swatches).toEqual([
      { colour: "blue", alt: undefined, sea: false },
      { colour: "orange", alt: "blue", sea: false },
    ]);
    expect(entries.find((e) => e.text.includes("Moldova"))!.swatches).toEqual([
      { colour: "land", sea: false },
      { colour: "orange", alt: "land", sea: false },
    ]);
  });

  it("with the difference emphasis, gives the same entries as without", () => {
    expect(differenceLegend(separate, joint, differenceEmphasis(separate, joint), "en")).toEqual(differenceLegend(separate, joint, null, "en"));
  });

  it("leaves out areas the emphasis does not show in full", () => {
    const e = differenceEmphasis(separate, joint);
    for (const sea of ["baltic", "black"]) e[f.sea(sea)] = FADED;
    const text = differenceLegend(separate, joint, e, "en")
      .map((x) => x.text)
      .join("\n");
    expect(text).not.toContain("Baltic and Black seas");
    expect(text).toContain("Moldova (this example's reading)");
  });

  it("gives every entry its own id", () => {
    const entries = differenceLegend(separate, joint, null, "en");
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe("in Russian", () => {
  const latin = /[A-Za-z]/;

  it("legendEntries gives the same entries, with the same ids and swatches, in Russian words and the parties' Russian names", () => {
    for (const resolved of [separate, joint]) {
      const en = legendEntries(resolved, "en");
      const ru = legendEntries(resolved, "ru");
      expect(ru.map((e) => [e.id, e.swatches])).toEqual(en.map((e) => [e.id, e.swatches]));
      for (const e of ru) expect(e.text, e.id).not.toMatch(latin);
    }
    expect(Object.fromEntries(legendEntries(joint, "ru").map((e) => [e.id, e.text]))).toEqual({
      "party-group-a": "Отвечает Группа А",
      "party-group-b": "Отвечает Группа Б",
      "disputed-group-b-group-a": "Под вопросом: при одном прочтении отвечает Группа Б, при другом — Группа А",
      "reading-group-b": "Группа Б — при прочтении, принятом в этом материале",
      "sea-group-b": "Морские районы, за которые отвечает Группа Б",
      unassigned: "В этом предложении не отнесено ни к одной из сторон",
    });
  });

  it("proposalName names the party in Russian", () => {
    expect(proposalName(separate, "ru")).toBe("Предложение: Группа А");
    expect(proposalName(joint, "ru")).toBe("Предложение: Группа Б");
  });

  it("differenceLegend writes the same sentences in Russian: each proposal's party, then the region's Russian label and who is responsible", () => {
    const en = differenceLegend(separate, joint, null, "en");
    const ru = differenceLegend(separate, joint, null, "ru");
    expect(ru.map((e) => [e.id, e.swatches])).toEqual(en.map((e) => [e.id, e.swatches]));
    // A party name that is neither an abbreviation nor a word in -ия is put after «стороны», in quotation marks.
    const SENTENCE = /^По предложению стороны «Группа А»: (.+)\. По предложению стороны «Группа Б»: (.+)\.$/;
    for (const e of ru) {
      expect(e.text).toMatch(SENTENCE);
      expect(e.text).not.toMatch(latin);
    }
    expect(ru.find((e) => e.text.includes("Польша"))!.text).toBe(
      "По предложению стороны «Группа А»: Государства группы А — отвечает Группа А. По предложению стороны «Группа Б»: Польша (прочтения расходятся) — отвечает Группа Б или Группа А.",
    );
    expect(ru.filter((e) => e.text.startsWith("По предложению стороны «Группа А»: не отнесено ни к одной из сторон."))).toHaveLength(4);
  });
});
