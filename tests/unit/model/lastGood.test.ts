import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { withLastGood } from "../../../src/model/lastGood";
import { loadModels } from "../../../src/model/loadModels";
import { SITE_FIXTURE, fixtureFiles, fixtureJson, readRepoFile, withoutHints } from "../support";

const ref = loadReference();
// The invented files of tests/fixtures/ (see fixtureModels in ../support.ts): two proposals, a briefing showing
// both and a context file showing example-joint.
const SEPARATE = "tests/fixtures/example-separate.json";
const JOINT = "tests/fixtures/example-joint.json";
const BRIEFING = "tests/fixtures/example-briefing.json";
const CONTEXT = "tests/fixtures/example-context.json";
const FILES = fixtureFiles();
const SITE = "models/site.json";

/** The joint example's text with its English title changed, and optionally broken. */
function joint(title: string, broken?: "unknown-country" | "not-json"): string {
  if (broken === "not-json") return "{ not json";
  const m = fixtureJson(JOINT);
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
    const edited = { ...FILES, [JOINT]: joint("Edited") };
    const shown = withLastGood(edited, first.good, ref);
    expect(titleOf(shown, "example-joint")).toBe("Edited");
    expect(shown.errors).toEqual([]);
    expect(shown.good[JOINT]).toBe(edited[JOINT]);
  });

  it("an invalid edit keeps the last good version on screen and reports the edit's problem", () => {
    const good = withLastGood({ ...FILES, [JOINT]: joint("Good") }, {}, ref).good;
    const shown = withLastGood({ ...FILES, [JOINT]: joint("Bad", "unknown-country") }, good, ref);
    expect(titleOf(shown, "example-joint")).toBe("Good");
    expect(shown.models.map((m) => m.id)).toEqual(["example-joint", "example-separate"]);
    expect(withoutHints(shown.errors)).toEqual([`${JOINT}: regions[0].countries[0]: unknown country "XYZ"`]);
    expect(shown.kept).toEqual([JOINT]);
    expect(shown.good[JOINT]).toBe(good[JOINT]);
  });

  it("the site file too: an edit that does not validate keeps its last valid credit, with the edit's problem", () => {
    const site = readRepoFile(SITE_FIXTURE);
    const first = withLastGood({ ...FILES, [SITE]: site }, {}, ref);
    expect(first.site?.credit?.en).toBe("Graphic: Example Desk / The Example Daily");
    const bad = JSON.parse(site);
    bad.credit.en = "Graphic: " + "x".repeat(200);
    const shown = withLastGood({ ...FILES, [SITE]: JSON.stringify(bad) }, first.good, ref);
    expect(shown.site?.credit?.en).toBe("Graphic: Example Desk / The Example Daily");
    expect(shown.kept).toEqual([SITE]);
    expect(shown.errors).toHaveLength(1);
    expect(shown.errors[0]).toMatch(/^models\/site\.json: credit\.en: at most 120 characters/);
    expect(withLastGood(FILES, shown.good, ref).site).toBeNull();
  });

  it("text that is no longer JSON keeps the last good version too; so do several bad edits in a row", () => {
    const good = withLastGood({ ...FILES, [JOINT]: joint("Good") }, {}, ref).good;
    const once = withLastGood({ ...FILES, [JOINT]: joint("", "not-json") }, good, ref);
    expect(titleOf(once, "example-joint")).toBe("Good");
    expect(once.errors).toHaveLength(1);
    expect(once.errors[0]!.startsWith(`${JOINT}: not valid JSON: `)).toBe(true);
    const twice = withLastGood({ ...FILES, [JOINT]: joint("Still bad", "unknown-country") }, once.good, ref);
    expect(titleOf(twice, "example-joint")).toBe("Good");
    expect(twice.kept).toEqual([JOINT]);
  });

  it("a briefing showing a proposal whose edit is invalid still loads beside the proposal's last good version, unreported", () => {
    const good = withLastGood(FILES, {}, ref).good;
    const shown = withLastGood({ ...FILES, [JOINT]: joint("Bad", "unknown-country") }, good, ref);
    expect(shown.briefings.map((b) => b.id)).toEqual(["example-briefing"]);
    expect(shown.contexts.map((c) => c.id)).toEqual(["example-context"]);
    expect(shown.errors.every((e) => e.startsWith(`${JOINT}: `))).toBe(true);
    expect(shown.good[BRIEFING]).toBe(FILES[BRIEFING]);
  });

  it("a file that was never valid is left out and reported, as loadModels does, until it is fixed", () => {
    const files = { [SEPARATE]: FILES[SEPARATE]!, [JOINT]: joint("Bad", "unknown-country") };
    const shown = withLastGood(files, {}, ref);
    expect(shown.models.map((m) => m.id)).toEqual(["example-separate"]);
    expect(shown.errors).toEqual(loadModels(files, ref).errors);
    expect(shown.kept).toEqual([]);
    expect(Object.keys(shown.good)).toEqual([SEPARATE]);
    const fixed = withLastGood({ ...files, [JOINT]: joint("Fixed") }, shown.good, ref);
    expect(titleOf(fixed, "example-joint")).toBe("Fixed");
    expect(fixed.errors).toEqual([]);
  });

  it("a removed file is gone, and is not brought back by its last good version", () => {
    const good = withLastGood(FILES, {}, ref).good;
    const { [JOINT]: _removed, [BRIEFING]: _briefing, [CONTEXT]: _context, ...rest } = FILES;
    const shown = withLastGood(rest, good, ref);
    expect(shown.models.map((m) => m.id)).toEqual(["example-separate"]);
    expect(shown.errors).toEqual([]);
    expect(Object.keys(shown.good)).toEqual([SEPARATE]);
  });

  it("an added file is shown once it is valid", () => {
    const good = withLastGood(FILES, {}, ref).good;
    const added = fixtureJson(SEPARATE);
    added.id = "added";
    const shown = withLastGood({ ...FILES, "models/added.json": JSON.stringify(added) }, good, ref);
    expect(shown.models.map((m) => m.id)).toEqual(["added", "example-joint", "example-separate"]);
  });
});

describe("withLastGood with the edits that once blanked the page: the last good version stays, with the edit's problem", () => {
  const many = () => {
    const m = fixtureJson(JOINT);
    m.regions[0].countries = Array.from({ length: 200_000 }, () => "QQ");
    return JSON.stringify(m);
  };
  const longId = () => JSON.stringify({ ...fixtureJson(JOINT), id: "x".repeat(5_000_001) });
  const cases: [name: string, text: () => string, problem: RegExp][] = [
    ["10,000 nested lists", () => "[".repeat(10_000), /nested more than 32 levels deep/],
    ["10,000 nested objects", () => '{"a":'.repeat(10_000), /nested more than 32 levels deep/],
    ["an id of 5,000,001 characters", longId, /more than the 1,000,000 a file may have/],
    ["a region of 200,000 unknown codes", many, /more than the 1,000,000 a file may have|a list of more than 2,000 items/],
    ["a field written twice", () => joint("Twice").replace('"id":"example-joint"', '"id":"evil-other","id":"example-joint"'), /field "id" is written twice/],
  ];
  for (const [name, text, problem] of cases) {
    it(`${name}: never throws, keeps showing the file's last valid version, and says why`, () => {
      const first = withLastGood(FILES, {}, ref);
      const shown = withLastGood({ ...FILES, [JOINT]: text() }, first.good, ref);
      expect(titleOf(shown, "example-joint")).toBe(titleOf(first, "example-joint"));
      expect(shown.kept).toEqual([JOINT]);
      expect(shown.errors).toHaveLength(1);
      expect(shown.errors[0]).toMatch(problem);
      expect(shown.errors[0]!.startsWith(`${JOINT}: `)).toBe(true);
    });
  }
});
