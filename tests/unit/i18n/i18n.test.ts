import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en";
import { formatDate, formatSpan, joinList } from "../../../src/i18n/format";
import { DEFAULT_LANG, LANGS, LANG_NAMES, isLang, pick } from "../../../src/i18n/lang";
import { ru } from "../../../src/i18n/ru";
import { DICTIONARIES, strings } from "../../../src/i18n/strings";

/**
 * Sample arguments for every string with parameters, by its path in the dictionary. A new function in the
 * dictionary needs an entry here, so that the test below can check what it writes in both languages.
 */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  "words.quote": ["Q"],
  "video.progress": [2, 8, 140, 900],
  "video.left": [75],
  "video.made": ["MP4", "H.264", 1080, 1920, 64],
  "video.failed": ["M"],
  "video.handoutFailed": ["M"],
  "handout.step": [1, 8],
  "handout.pictureAlt": ["T"],
  "export.asOf": ["D"],
  "export.today": ["D"],
  "publication.updated": ["D"],
  "publish.pictureAlt": ["NATO: two systems"],
  "announce.comparisonTitle": [true, true],
  "app.briefing": ["B"],
  "app.showing": ["P"],
  "announce.step": [3, 8, "S"],
  "announce.point": ["P"],
  "announce.sideBySide": ["A", "B", true],
  "announce.asOf": ["D"],
  "notices.fileNotLoaded": ["M"],
  "notices.fileKept": ["M"],
  "notices.webglFailed": ["M"],
  "notices.startupFailed": ["M"],
  "url.ignored": ["k", "v", "w"],
  "url.repeated": ["k"],
  "url.unknown": ["k"],
  "url.unknownMany": [["a", "b", "c"], 2],
  "url.repeatedMany": [["a", "b"], 2],
  "url.tooLong": [400],
  "url.tooMany": [32],
  "embed.unusableFields": [["a", "b", "c"], 5, ["proposal", "step"]],
  "url.noProposal": [["a", "b"]],
  "url.noPoint": ["p"],
  "url.noBriefing": ["b"],
  "url.at": [1.35, 6],
  "url.origins": [8],
  "url.childId": [200],
  "share.embedLinkText": ["T"],
  "embed.unusableField": ["k", ["proposal", "step"]],
  "story.documentTitle": ["T"],
  "story.globeTitle": ["T"],
  "story.stepOf": [3, 8],
  "story.sources": [["S1", "S2"]],
  "url.stepRange": [8],
  "changes.grown": ["G", 28, 32, "J"],
  "briefing.of": [8],
  "proposal.proposedBy": ["P"],
  "proposal.attribution": ["S", false],
  "proposal.schematic": ["T", ["N1", "N2"], ["L"]],
  "inset.description": [["p1", "p2"], ["a1"]],
  "inset.part": ["L", "O"],
  "inset.holding": ["L", "O", "P"],
  "inset.oneWay": ["A", "B", "L"],
  "inset.bothWays": ["A", "B", "L"],
  "sources.asReportedBy": ["R"],
  "timeline.around": ["D"],
  "textView.caption": ["T", "D"],
  "textView.disputed": ["A", "B"],
  "textView.reading": ["A"],
  "textView.occupied": ["P", "a note"],
  "tooltip.reading": ["A"],
  "legend.reading": ["A"],
  "legend.occupied": ["P"],
  "legend.diffReading": ["R", "A"],
  "describe.partReading": ["R", "A"],
  "describe.regionReading": ["R", "A", ": x"],
  "tooltip.responsible": ["P"],
  "tooltip.readings": ["A", "B"],
  "legend.disputed": ["A", "B"],
  "legend.responsible": ["P"],
  "legend.sea": ["P"],
  "legend.proposalName": ["P"],
  "legend.difference": ["A", "a", "B", "b"],
  "legend.diffRegion": ["R", "P"],
  "legend.diffDisputed": ["R", "A", "B"],
  "describe.globe": ["T", "D", ["p1", "p2"]],
  "describe.part": ["R", "P"],
  "describe.partDisputed": ["R", "A", "B"],
  "describe.region": ["R", "P", ": x"],
  "describe.regionDisputed": ["R", "A", "B", ": x"],
  "share.imageFailed": ["M"],
  "export.sources": [["S1", "S2"]],
};

/**
 * Russian strings that are rightly the same as the English ones, each with the reason. Everything else must differ,
 * so that a string copied from English and never translated is caught.
 */
const SAME_IN_BOTH: Record<string, string> = {
  "textView.occupied": "punctuation around a place and a note that come from data/ in the reader's language",
  "inset.part": "brackets around the parties of a part, both names coming from the model in the reader's language",
  "publication.separator": "a middle dot between the date of revision and the credit, both in the reader's language",
};

/** Strings made only of punctuation around their arguments: they have no words to write in Cyrillic. */
const NO_WORDS = new Set(["words.quote", "textView.occupied", "inset.part", "publication.separator"]);

/** Every leaf of a dictionary: [path, value], values being strings or functions. */
function leaves(dict: object, prefix = ""): [string, unknown][] {
  return Object.entries(dict).flatMap(([k, v]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${k}` : k;
    return typeof v === "object" && v !== null ? leaves(v as object, path) : [[path, v]];
  });
}

/** What a leaf says: the string, or what the function writes for its sample arguments. */
function say(path: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value !== "function") throw new Error(`${path}: neither a string nor a function`);
  const args = SAMPLE_ARGS[path];
  if (!args) throw new Error(`${path}: add sample arguments for it to SAMPLE_ARGS`);
  return (value as (...a: unknown[]) => string)(...args);
}

describe("the dictionaries", () => {
  const enLeaves = new Map(leaves(en));
  const ruLeaves = new Map(leaves(ru));

  it("have exactly the same keys, each a string in both or a function in both", () => {
    expect([...ruLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [path, value] of enLeaves) expect(typeof ruLeaves.get(path), path).toBe(typeof value);
  });

  it("say something non-empty everywhere, in both languages", () => {
    for (const [path, value] of [...enLeaves, ...ruLeaves]) expect(say(path, value).trim(), path).not.toBe("");
  });

  it("every string with parameters has sample arguments, and no sample is left over", () => {
    const functions = [...enLeaves].filter(([, v]) => typeof v === "function").map(([p]) => p);
    expect(Object.keys(SAMPLE_ARGS).sort()).toEqual(functions.sort());
  });

  it("Russian differs from English everywhere (except the allow-list), and is written in Cyrillic", () => {
    for (const [path, value] of ruLeaves) {
      const r = say(path, value);
      const e = say(path, enLeaves.get(path));
      if (path in SAME_IN_BOTH) expect(r, path).toBe(e);
      else expect(r, path).not.toBe(e);
      if (!NO_WORDS.has(path)) expect(r, path).toMatch(/[А-ЯЁа-яё]/);
    }
  });

  it("functions use every argument they are given, in both languages (nothing silently dropped)", () => {
    for (const [path, args] of Object.entries(SAMPLE_ARGS)) {
      for (const dict of [enLeaves, ruLeaves]) {
        const text = say(path, dict.get(path));
        for (const a of args.flat()) if (typeof a === "string" || typeof a === "number") expect(text, path).toContain(String(a));
      }
    }
  });

  it("strings(lang) gives each language's dictionary", () => {
    expect(strings("en")).toBe(en);
    expect(strings("ru")).toBe(ru);
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LANGS].sort());
  });
});

describe("languages", () => {
  it("are English (the default) and Russian, each named in itself", () => {
    expect(LANGS).toEqual(["en", "ru"]);
    expect(DEFAULT_LANG).toBe("en");
    expect(LANG_NAMES).toEqual({ en: "English", ru: "Русский" });
  });
  it("isLang accepts only the known codes, as written", () => {
    expect(["en", "ru"].every(isLang)).toBe(true);
    for (const bad of ["", "EN", "Ru", "de", "en-GB", " ru"]) expect(isLang(bad), bad).toBe(false);
  });
  it("pick takes a model text in a language", () => {
    expect(pick({ en: "NATO", ru: "НАТО" }, "en")).toBe("NATO");
    expect(pick({ en: "NATO", ru: "НАТО" }, "ru")).toBe("НАТО");
  });
});

describe("formatting", () => {
  it("writes dates in each language", () => {
    expect(formatDate("2011-05-03", "en")).toBe("3 May 2011");
    expect(formatDate("2011-05-03", "ru")).toBe("3 мая 2011 г.");
    expect(formatDate("2011-06-09", "ru")).toBe("9 июня 2011 г.");
  });
  it("writes timeline spans and approximate dates in each language", () => {
    expect(formatSpan("2011-05-03", undefined, false, "en")).toBe("3 May 2011");
    // Within one month the month is written once; across months, on both sides.
    expect(formatSpan("2011-05-02", "2011-05-05", false, "en")).toBe("2–5 May 2011");
    expect(formatSpan("2011-05-26", "2011-05-27", true, "en")).toBe("around 26–27 May 2011");
    expect(formatSpan("2011-05-02", "2011-05-05", false, "ru")).toBe("2–5 мая 2011 г.");
    expect(formatSpan("2011-05-26", "2011-05-27", true, "ru")).toBe("около 26–27 мая 2011 г.");
    expect(formatSpan("2011-05-30", "2011-06-02", false, "en")).toBe("30 May – 2 June 2011");
    expect(formatSpan("2011-05-03", "2011-05-03", false, "ru")).toBe("3 мая 2011 г.");
  });
  it("ends a sentence with a date once: «… 3 мая 2011 г.», not «г..»", () => {
    expect(ru.announce.asOf(formatDate("2011-05-03", "ru"))).toBe("Границы и членство по состоянию на 3 мая 2011 г.");
    expect(en.announce.asOf(formatDate("2011-05-03", "en"))).toBe("Borders and membership as of 3 May 2011.");
    expect(ru.describe.globe("T", formatDate("2011-05-03", "ru"), ["a", "b"])).toBe("Глобус: T, по состоянию на 3 мая 2011 г. a; b.");
  });
  it("joins lists with the language's 'and'", () => {
    expect(joinList([], "en")).toBe("");
    expect(joinList(["A"], "ru")).toBe("A");
    expect(joinList(["A", "B", "C"], "en")).toBe("A, B and C");
    expect(joinList(["A", "B", "C"], "ru")).toBe("A, B и C");
  });
});
