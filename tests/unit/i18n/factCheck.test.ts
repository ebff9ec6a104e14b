import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en";
import { ru } from "../../../src/i18n/ru";
import { strings } from "../../../src/i18n/strings";
import { REPO, readRepoFile } from "../support";

/**
 * A newsroom check of the reader-facing texts against the Global Security Newswire article of 3 May 2011:
 * our own words (no long runs copied from the article outside quotation marks), no coverage vocabulary,
 * quotations reported in English marked as translations in Russian, and one Russian spelling per name.
 */

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

/** The article, beside the repository as in development; the copy check is skipped where it is absent. */
const ARTICLE_PATH = `${REPO}../shared/source/gsn-2011-05-03-missile-shield-talks.txt`;
const article = existsSync(ARTICLE_PATH) ? readFileSync(ARTICLE_PATH, "utf8") : undefined;

/** Runs of this many words shared with the article count as copying. */
const RUN = 9;

/** The proposal models, briefings and context files (the JSON Schemas are documentation for authors, not readers). */
const MODEL_FILES = readdirSync(`${REPO}models`)
  .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
  .map((f) => `models/${f}`);
const DATA_FILES = readdirSync(`${REPO}data`)
  .filter((f) => f.endsWith(".json"))
  .map((f) => `data/${f}`);

type Text = { file: string; path: string; text: string };

/** Every string in a JSON value, with its path ("steps[4].caption.en"). */
function leaves(value: unknown, path = ""): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

const json = (file: string): Record<string, any> => JSON.parse(readRepoFile(file));

/** Paths that hold no prose of ours: the schema pointer, comments, ids, verbatim quotations, quoted key statements, headlines. */
function notOurProse(path: string, model: Record<string, any>): boolean {
  const last = path.replace(/\.(en|ru)$/, "").split(".").pop()!;
  if (["$schema", "$comment", "id"].includes(last.replace(/\[\d+\]$/, ""))) return true;
  if (/(^|\.)quote(\.|$)/.test(path)) return true;
  if (path.startsWith("keyStatement.text") && model.keyStatement?.quoted === true) return true;
  return /(^|\.)sources\[\d+\]\.title\./.test(path);
}

/** The texts of the model files in one language (en: every string but the Russian ones; ru: the Russian ones). */
function modelTexts(lang: "en" | "ru", all = false): Text[] {
  return MODEL_FILES.flatMap((file) => {
    const model = json(file);
    return leaves(model)
      .filter(({ path }) => (lang === "ru") === path.endsWith(".ru"))
      .filter(({ path }) => all || !notOurProse(path, model))
      .map(({ path, text }) => ({ file, path, text }));
  });
}

/** Every leaf of an interface dictionary, functions called with a placeholder for each argument. */
function dictionaryTexts(dict: object, file: string, prefix = ""): Text[] {
  return Object.entries(dict).flatMap(([k, v]): Text[] => {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") return [{ file, path, text: v }];
    // ["x"] works as a string, a number, a flag and a list alike.
    if (typeof v === "function") return [{ file, path, text: String(v(...Array.from({ length: v.length }, () => ["x"]))) }];
    return dictionaryTexts(v as object, file, path);
  });
}

/** A Markdown file, paragraph by paragraph, each named by the line it starts on. */
function markdownTexts(file: string, text = readRepoFile(file)): Text[] {
  let line = 1;
  return text.split(/(\n\s*\n)/).flatMap((part, i) => {
    const start = line;
    line += part.split("\n").length - 1;
    return i % 2 === 0 ? [{ file, path: `paragraph at line ${start}`, text: part }] : [];
  });
}

/** The English strings of the reference data (notes, names of groups, parts and occupied areas). */
const DATA_ENGLISH: Text[] = DATA_FILES.filter((f) => f !== "data/countries.json").flatMap((file) =>
  leaves(json(file))
    .filter(({ path }) => !path.endsWith(".ru"))
    .map(({ path, text }) => ({ file, path, text })),
);
const INTERFACE_AND_DOCS: Text[] = [
  ...dictionaryTexts(en, "src/i18n/en.ts"),
  ...markdownTexts("README.md"),
  ...markdownTexts("data/README.md"),
  ...DATA_ENGLISH,
];
/** The English prose of ours, for the copy check. */
const ENGLISH_PROSE: Text[] = [...modelTexts("en"), ...INTERFACE_AND_DOCS];
/** Every English and every Russian text a reader sees, quotations and headlines included. */
const ENGLISH: Text[] = [...modelTexts("en", true), ...INTERFACE_AND_DOCS];
const RUSSIAN: Text[] = [...modelTexts("ru", true), ...dictionaryTexts(ru, "src/i18n/ru.ts")];

/** Passages between quotation marks (“…”, "…", «…», ‘…’), each replaced by a break so that no run spans it. */
const withoutQuotations = (text: string) => text.replace(/“[^”]*”|"[^"]*"|«[^»]*»|‘[^’]*’/g, " | ");

/** Lower-case words (letters, digits, apostrophes), in stretches that a break ("|": a quotation or a table's cell border) ends. */
function wordStretches(text: string): string[][] {
  return text
    .replace(/’/g, "'")
    .toLowerCase()
    .split("|")
    .map((s) => s.match(/[\p{L}\p{N}']+/gu) ?? []);
}

/** Every run of RUN words in a text, joined by spaces. */
function runs(text: string): string[] {
  return wordStretches(text).flatMap((words) => words.slice(0, Math.max(0, words.length - RUN + 1)).map((_, i) => words.slice(i, i + RUN).join(" ")));
}

/** The longest stretches of a text's words (outside quotations) that also stand in the article, RUN words or more. */
function sharedRuns(text: string, articleRuns: Set<string>): string[] {
  const found: string[] = [];
  for (const words of wordStretches(withoutQuotations(text))) {
    let i = 0;
    while (i + RUN <= words.length) {
      if (!articleRuns.has(words.slice(i, i + RUN).join(" "))) {
        i++;
        continue;
      }
      let end = i + RUN;
      while (end < words.length && articleRuns.has(words.slice(end - RUN + 1, end + 1).join(" "))) end++;
      found.push(words.slice(i, end).join(" "));
      i = end;
    }
  }
  return found;
}

const where = ({ file, path }: Text) => `${file}: ${path}`;

/** The Russian mark after a quotation reported in English. */
const TRANSLATED = "» (пер. с англ.)";
const count = (text: string, part: string) => text.split(part).length - 1;

/** Every {en, ru} pair in a JSON value outside "sources" lists (their titles are headlines, not our texts), with its path. */
function pairs(value: unknown, path = ""): { path: string; en: string; ru: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => pairs(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const o = value as Record<string, unknown>;
  if (typeof o.en === "string" && typeof o.ru === "string") return [{ path, en: o.en, ru: o.ru }];
  return Object.entries(o)
    .filter(([k]) => k !== "sources")
    .flatMap(([k, v]) => pairs(v, path ? `${path}.${k}` : k));
}

/** The Russian texts whose spelling must agree: the models, data/ and the Russian interface strings. */
function russianCorpus(): Text[] {
  const data = DATA_FILES.flatMap((file) => leaves(json(file)).map(({ path, text }) => ({ file, path, text })));
  return [...RUSSIAN, ...data];
}

// ---------------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------------

describe("the helpers find what they look for", () => {
  it("a copied run is found outside quotation marks and ignored inside them", () => {
    const articleRuns = new Set(runs("The alliance has proposed two separate but integrated systems that would exchange data."));
    expect(sharedRuns("NATO: the alliance has proposed two separate but integrated systems, it said.", articleRuns)).toEqual([
      "the alliance has proposed two separate but integrated systems",
    ]);
    expect(sharedRuns("NATO said “the alliance has proposed two separate but integrated systems”.", articleRuns)).toEqual([]);
    expect(sharedRuns("The alliance has proposed two separate systems.", articleRuns)).toEqual([]);
  });

  it("the key statement's text counts as prose only when it is not a quotation", () => {
    expect(notOurProse("keyStatement.text.en", { keyStatement: { quoted: true } })).toBe(true);
    expect(notOurProse("keyStatement.text.en", { keyStatement: { quoted: false } })).toBe(false);
    expect(notOurProse("sources[0].title.en", {})).toBe(true);
    expect(notOurProse("steps[0].caption.en", {})).toBe(false);
  });

  it("finds texts in every kind of file", () => {
    for (const file of [...MODEL_FILES, "src/i18n/en.ts", "README.md", "data/README.md"]) expect(ENGLISH_PROSE.some((t) => t.file === file), file).toBe(true);
    for (const file of [...MODEL_FILES, "src/i18n/ru.ts"]) expect(RUSSIAN.some((t) => t.file === file), file).toBe(true);
  });
});

describe.skipIf(!article)(`our own words: no text shares a run of ${RUN} or more words with the article outside quotation marks`, () => {
  const articleRuns = new Set(runs(article ?? ""));

  it.each(["models/", "src/i18n/en.ts", "README.md", "data/"])("in %s", (prefix) => {
    const copied = ENGLISH_PROSE.filter((t) => t.file.startsWith(prefix)).flatMap((t) => sharedRuns(t.text, articleRuns).map((run) => `${where(t)}: “${run}”`));
    expect(copied).toEqual([]);
  });
});

describe("no coverage vocabulary: the texts say who would be responsible, not what a system would cover", () => {
  it("in English: no cover, covers, covered, covering or coverage", () => {
    const found = ENGLISH.filter((t) => /\bcover(s|ed|ing|age)?\b/i.test(t.text)).map(where);
    expect(found).toEqual([]);
  });

  it("in Russian: no «прикрывать» or «охват(ить)»", () => {
    const found = RUSSIAN.filter((t) => /прикры|охват/i.test(t.text)).map(where);
    expect(found).toEqual([]);
  });
});

describe("quotations reported in English are marked as translations in Russian", () => {
  it("every quotation (“…”) of an English text is followed in Russian by «…» (пер. с англ.)", () => {
    const unmarked = MODEL_FILES.flatMap((file) =>
      pairs(json(file))
        .filter((p) => count(p.en, "“") !== count(p.ru, TRANSLATED))
        .map((p) => `${file}: ${p.path}: ${count(p.en, "“")} in English, ${count(p.ru, TRANSLATED)} marked in Russian`),
    );
    expect(unmarked).toEqual([]);
  });

  it("structured quotations are rendered «…» (пер. с англ.) in Russian, and plain “…” in English", () => {
    expect(strings("ru").words.quote("x")).toBe("«x» (пер. с англ.)");
    expect(strings("en").words.quote("x")).toBe("“x”");
  });

  it("the sources panel has a note on back-translated words in both languages", () => {
    expect(strings("ru").sources.translationNote).toMatch(/обратном переводе с английского/);
    expect(strings("en").sources.translationNote).toMatch(/Global Security Newswire/);
  });
});

describe("one Russian spelling for each name", () => {
  const corpus = russianCorpus();
  const using = (pattern: RegExp) => corpus.filter((t) => pattern.test(t.text)).map(where);

  it("O'Reilly is «О'Рейли»", () => {
    expect(using(/О['’]Райли/)).toEqual([]);
  });

  it("the NATO-Russia Council is «Совет Россия — НАТО», with a spaced em dash", () => {
    const spellings = corpus.flatMap((t) => [...t.text.matchAll(/Росси[яи]\s*[-–—]\s*НАТО/g)].map((m) => `${where(t)}: ${m[0]}`));
    expect(spellings.filter((s) => !/Россия — НАТО$/.test(s))).toEqual([]);
  });

  it("Belarus and Moldova are named one way: «Белоруссия», «Молдавия»", () => {
    expect(using(/Беларус/)).toEqual([]);
    expect(using(/Молдов/)).toEqual([]);
    expect(using(/Белорусси/).length).toBeGreaterThan(0);
  });

  it("China is «Китай», not «КНР»", () => {
    expect(using(/КНР/)).toEqual([]);
    expect(json("data/countries.json").find((c: { code: string }) => c.code === "CHN").ru).toBe("Китай");
  });
});

describe.skipIf(!article)("solid colour means the source says so: a clear region takes only what the article names", () => {
  const countries = new Map((json("data/countries.json") as { code: string; en: string }[]).map((c) => [c.code, c.en]));
  const groups = new Map(
    readdirSync(`${REPO}data`)
      .filter((f) => f.endsWith(".json"))
      .map((f) => json(`data/${f}`))
      .filter((d) => typeof d.id === "string" && Array.isArray(d.members))
      .map((d) => [d.id as string, d.name.en as string]),
  );
  const seas = new Map((json("data/seas.json").features as { id: string; properties: { name: { en: string } } }[]).map((f) => [f.id, f.properties.name.en]));
  const proposals = MODEL_FILES.map((file) => [file, json(file)] as const).filter(([, m]) => Array.isArray(m.regions));

  const named = (name: string) => article!.includes(name.replace(/ Sea$/, ""));
  /** What clear regions take that the article does not name, for each model given. */
  const unsupported = (models: readonly (readonly [string, Record<string, any>])[]) =>
    models.flatMap(([file, m]) =>
      (m.regions as Record<string, any>[])
        .filter((r) => (r.certainty ?? "clear") === "clear")
        .flatMap((r) => [
          ...(r.countries ?? []).filter((c: string) => !named(countries.get(c) ?? c)).map((c: string) => `${file}: ${r.id}: country ${c}`),
          ...(r.groups ?? []).filter((g: string) => !named(groups.get(g) ?? g)).map((g: string) => `${file}: ${r.id}: group ${g}`),
          ...(r.seas ?? []).filter((x: string) => !named(seas.get(x) ?? x) && !r.note.en.includes(seas.get(x))).map((x: string) => `${file}: ${r.id}: sea ${x}`),
          ...[...(r.within ?? []), ...(r.bordering ?? [])].map((x: string) => `${file}: ${r.id}: a clear region read by a rule (${x})`),
        ]),
    );

  it("its countries, groups and seas are named in the article (a sea the article does not name is explained in the region's note); a rule that reads a phrase (within, bordering) is never clear", () => {
    expect(unsupported(proposals)).toEqual([]);
  });
  it("the check can fail: Belarus listed in a clear region, or a reading drawn solid, is reported", () => {
    const [file, russia] = proposals.find(([f]) => f.endsWith("russia-sectors.json"))!;
    const changed = structuredClone(russia);
    changed.regions[0].countries.push("BLR");
    const reading = changed.regions.find((r: Record<string, any>) => r.id === "neighbours-outside-nato");
    reading.certainty = "clear";
    expect(unsupported([[file, changed]])).toEqual([
      `${file}: russia: country BLR`,
      `${file}: neighbours-outside-nato: group europe`,
      `${file}: neighbours-outside-nato: a clear region read by a rule (RUS)`,
    ]);
  });
});
