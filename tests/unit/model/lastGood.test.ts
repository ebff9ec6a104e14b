import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { withLastGood } from "../../../src/model/lastGood";
import { loadModels } from "../../../src/model/loadModels";
import { allModelFiles, modelJson, withoutHints } from "../support";

const ref = loadReference();
const NATO = "models/nato-two-systems.json";
const RUSSIA = "models/russia-sectors.json";
const BRIEFING = "models/may-2011.json";
const FILES = allModelFiles();

/** The real Russian model's text with its English title changed, and optionally broken. */
function russia(title: string, broken?: "unknown-country" | "not-json"): string {
  if (broken === "not-json") return "{ not json";
  const m = modelJson(RUSSIA);
  m.title.en = title;
  if (broken === "unknown-country") m.regions[0].countries[0] = "XYZ";
  return JSON.stringify(m);
}

const titleOf = (shown: { models: { id: string; title: { en: string } }[] }, id: string) => shown.models.find((m) => m.id === id)?.title.en;

describe("withLastGood: previous good files + new files → shown models and errors", () => {
  it("with nothing before, shows what loadModels loads and remembers every valid file", () => {
    const shown = withLastGood(FILES, {}, ref);
    const loaded = loadModels(FILES, ref);
    expect(shown.models).toEqual(loaded.models);
    expect(shown.briefings).toEqual(loaded.briefings);
    expect(shown.contexts).toEqual(loaded.contexts);
    expect(shown.errors).toEqual([]);
    expect(shown.kept).toEqual([]);
    expect(shown.good).toEqual(FILES);
  });

  it("a valid edit is shown at once and becomes the last good version", () => {
    const first = withLastGood(FILES, {}, ref);
    const edited = { ...FILES, [RUSSIA]: russia("Edited") };
    const shown = withLastGood(edited, first.good, ref);
    expect(titleOf(shown, "russia-sectors")).toBe("Edited");
    expect(shown.errors).toEqual([]);
    expect(shown.good[RUSSIA]).toBe(edited[RUSSIA]);
  });

  it("an invalid edit keeps the last good version on screen and reports the edit's problem", () => {
    const good = withLastGood({ ...FILES, [RUSSIA]: russia("Good") }, {}, ref).good;
    const shown = withLastGood({ ...FILES, [RUSSIA]: russia("Bad", "unknown-country") }, good, ref);
    expect(titleOf(shown, "russia-sectors")).toBe("Good");
    expect(shown.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(withoutHints(shown.errors)).toEqual([`${RUSSIA}: regions[0].countries[0]: unknown country "XYZ"`]);
    expect(shown.kept).toEqual([RUSSIA]);
    expect(shown.good[RUSSIA]).toBe(good[RUSSIA]);
  });

  it("text that is no longer JSON keeps the last good version too; so do several bad edits in a row", () => {
    const good = withLastGood({ ...FILES, [RUSSIA]: russia("Good") }, {}, ref).good;
    const once = withLastGood({ ...FILES, [RUSSIA]: russia("", "not-json") }, good, ref);
    expect(titleOf(once, "russia-sectors")).toBe("Good");
    expect(once.errors).toHaveLength(1);
    expect(once.errors[0]!.startsWith(`${RUSSIA}: not valid JSON: `)).toBe(true);
    const twice = withLastGood({ ...FILES, [RUSSIA]: russia("Still bad", "unknown-country") }, once.good, ref);
    expect(titleOf(twice, "russia-sectors")).toBe("Good");
    expect(twice.kept).toEqual([RUSSIA]);
  });

  it("a briefing showing a proposal whose edit is invalid still loads beside the proposal's last good version, unreported", () => {
    const good = withLastGood(FILES, {}, ref).good;
    const shown = withLastGood({ ...FILES, [RUSSIA]: russia("Bad", "unknown-country") }, good, ref);
    expect(shown.briefings.map((b) => b.id)).toEqual(["may-2011"]);
    expect(shown.contexts.map((c) => c.id)).toEqual(["may-2011-context"]);
    expect(shown.errors.every((e) => e.startsWith(`${RUSSIA}: `))).toBe(true);
    expect(shown.good[BRIEFING]).toBe(FILES[BRIEFING]);
  });

  it("a file that was never valid is left out and reported, as loadModels does, until it is fixed", () => {
    const files = { [NATO]: FILES[NATO]!, [RUSSIA]: russia("Bad", "unknown-country") };
    const shown = withLastGood(files, {}, ref);
    expect(shown.models.map((m) => m.id)).toEqual(["nato-two-systems"]);
    expect(shown.errors).toEqual(loadModels(files, ref).errors);
    expect(shown.kept).toEqual([]);
    expect(Object.keys(shown.good)).toEqual([NATO]);
    const fixed = withLastGood({ ...files, [RUSSIA]: russia("Fixed") }, shown.good, ref);
    expect(titleOf(fixed, "russia-sectors")).toBe("Fixed");
    expect(fixed.errors).toEqual([]);
  });

  it("a removed file is gone, and is not brought back by its last good version", () => {
    const good = withLastGood(FILES, {}, ref).good;
    const { [RUSSIA]: _removed, [BRIEFING]: _briefing, "models/may-2011-context.json": _context, ...rest } = FILES;
    const shown = withLastGood(rest, good, ref);
    expect(shown.models.map((m) => m.id)).toEqual(["nato-two-systems"]);
    expect(shown.errors).toEqual([]);
    expect(Object.keys(shown.good)).toEqual([NATO]);
  });

  it("an added file is shown once it is valid", () => {
    const good = withLastGood(FILES, {}, ref).good;
    const added = modelJson(NATO);
    added.id = "added";
    const shown = withLastGood({ ...FILES, "models/added.json": JSON.stringify(added) }, good, ref);
    expect(shown.models.map((m) => m.id)).toEqual(["added", "nato-two-systems", "russia-sectors"]);
  });
});

describe("withLastGood with the edits that once blanked the page: the last good version stays, with the edit's problem", () => {
  const many = () => {
    const m = modelJson(RUSSIA);
    m.regions[0].countries = Array.from({ length: 200_000 }, () => "QQ");
    return JSON.stringify(m);
  };
  const longId = () => JSON.stringify({ ...modelJson(RUSSIA), id: "x".repeat(5_000_001) });
  const cases: [name: string, text: () => string, problem: RegExp][] = [
    ["10,000 nested lists", () => "[".repeat(10_000), /nested more than 32 levels deep/],
    ["10,000 nested objects", () => '{"a":'.repeat(10_000), /nested more than 32 levels deep/],
    ["an id of 5,000,001 characters", longId, /more than the 1,000,000 a file may have/],
    ["a region of 200,000 unknown codes", many, /more than the 1,000,000 a file may have|a list of more than 2,000 items/],
    ["a field written twice", () => russia("Twice").replace('"id":"russia-sectors"', '"id":"evil-other","id":"russia-sectors"'), /field "id" is written twice/],
  ];
  for (const [name, text, problem] of cases) {
    it(`${name}: never throws, keeps showing the file's last valid version, and says why`, () => {
      const first = withLastGood(FILES, {}, ref);
      const shown = withLastGood({ ...FILES, [RUSSIA]: text() }, first.good, ref);
      expect(titleOf(shown, "russia-sectors")).toBe(titleOf(first, "russia-sectors"));
      expect(shown.kept).toEqual([RUSSIA]);
      expect(shown.errors).toHaveLength(1);
      expect(shown.errors[0]).toMatch(problem);
      expect(shown.errors[0]!.startsWith(`${RUSSIA}: `)).toBe(true);
    });
  }
});
