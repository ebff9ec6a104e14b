import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { loadModels } from "../../../src/model/loadModels";
import { withCredit } from "../../../src/model/siteCredit";
import { validateSite, validateSiteText, type SiteDates } from "../../../src/model/validateSite";
import { SITE_FILES, SITE_FIXTURE, allModelFiles, fixtureFiles, readRepoFile, withoutHints } from "../support";

const ref = loadReference();
const TODAY = "2026-12-01";
const FILE = "models/site.json";

/*
 * The validator's mechanics are tested on the invented files of tests/fixtures/: the two fixture proposals (each
 * dated 2011-05-03) and the fixture context (its last event on 2011-06-09), and the invented site file (credit,
 * byline, two notes, updated 2026-11-20). The shipped site file is checked at the end.
 */
const fixtures = loadModels(fixtureFiles(), ref, TODAY);
const DATES: SiteDates = { models: fixtures.models, contexts: fixtures.contexts, today: TODAY };
const site = (): Record<string, any> => JSON.parse(readRepoFile(SITE_FIXTURE));

/** Errors (without hints) from validating a copy of the invented site file changed by `change`. */
function errorsAfter(change: (s: Record<string, any>) => void, dates: SiteDates = DATES): string[] {
  const s = site();
  change(s);
  const r = validateSite(s, FILE, dates);
  return r.ok ? [] : withoutHints(r.errors);
}

describe("validateSite: the site file's schema", () => {
  it("accepts a file with every field, and one with only its type", () => {
    const r = validateSite(site(), FILE, DATES);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.site.credit).toEqual({ en: "Graphic: Example Desk / The Example Daily", ru: "Графика: отдел примеров / «Ежедневный пример»" });
    expect(r.site.notes).toHaveLength(2);
    expect(validateSite({ type: "site" }, FILE, DATES)).toEqual({ ok: true, site: { type: "site", notes: [] } });
  });

  it("has no id: any file name will do", () => {
    expect(validateSite(site(), "models/publication.json", DATES).ok).toBe(true);
  });

  it("rejects an unknown field, naming it and the allowed ones", () => {
    const s = site();
    s.logo = "logo.png";
    const r = validateSite(s, FILE, DATES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([`${FILE}: (top level): unknown field "logo"\n  hint: allowed fields: $schema, $comment, type, credit, byline, notes, updated`]);
    expect(errorsAfter((x) => (x.credit.de = "Grafik"))).toEqual([`${FILE}: credit: unknown field "de"`]);
  });

  it("rejects a credit or byline longer than 120 characters, or on more than one line", () => {
    const long = "Graphic: " + "x".repeat(112);
    expect(long).toHaveLength(121);
    const [tooLong] = errorsAfter((x) => (x.credit.en = long));
    expect(tooLong).toMatch(/^models\/site\.json: credit\.en: at most 120 characters: a credit line is printed on one line \(value: "Graphic: x+…\)$/);
    expect(errorsAfter((x) => (x.credit.en = "Graphic: " + "x".repeat(111)))).toEqual([]);
    expect(errorsAfter((x) => (x.byline.ru = "Автор:\nПример"))).toEqual([`${FILE}: byline.ru: must be on one line: a byline is printed on one line (value: "Автор:\\nПример")`]);
  });

  it("rejects an empty or missing translation, more than three notes, and a wrong type", () => {
    expect(errorsAfter((x) => delete x.credit.ru)).toEqual([`${FILE}: credit.ru: missing Russian text`]);
    expect(errorsAfter((x) => (x.notes[1].en = "  "))).toEqual([`${FILE}: notes[1].en: empty English text (value: "  ")`]);
    const tooMany = errorsAfter((x) => x.notes.push(x.notes[0], x.notes[1]));
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]).toMatch(/^models\/site\.json: notes: must have at most 3 items \(value: \[\{"en":"An invented note/);
    expect(errorsAfter((x) => (x.type = "sites"))).toEqual([`${FILE}: type: must be one of "site" (value: "sites")`]);
  });

  it("rejects a date that is not a calendar date written YYYY-MM-DD", () => {
    expect(errorsAfter((x) => (x.updated = "1 December 2026"))).toEqual([`${FILE}: updated: must be a date written YYYY-MM-DD (value: "1 December 2026")`]);
    expect(errorsAfter((x) => (x.updated = "2026-02-30"))).toEqual([`${FILE}: updated: is not a calendar date (value: "2026-02-30")`]);
  });

  it("rejects a date of revision before the latest date the proposals and context files show, naming the file that shows it", () => {
    expect(errorsAfter((x) => (x.updated = "2011-06-08"))).toEqual([
      `${FILE}: updated: "2011-06-08" is before "2011-06-09", the latest date that context "example-context" shows: the files cannot have been revised before it`,
    ]);
    expect(errorsAfter((x) => (x.updated = "2011-05-02"), { ...DATES, contexts: [] })).toEqual([
      `${FILE}: updated: "2011-05-02" is before "2011-05-03", the latest date that proposal "example-joint" shows: the files cannot have been revised before it`,
    ]);
    expect(errorsAfter((x) => (x.updated = "2011-06-09"))).toEqual([]);
  });

  it("rejects a date of revision after the day of validation, but for one day (time zones ahead of UTC)", () => {
    expect(errorsAfter((x) => (x.updated = "2026-12-02"))).toEqual([]);
    expect(errorsAfter((x) => (x.updated = "2026-12-03"))).toEqual([
      `${FILE}: updated: "2026-12-03" is in the future (today is 2026-12-01): a date of revision cannot be later than the day it is checked`,
    ]);
    // The year written wrong, and the end of a year.
    expect(errorsAfter((x) => (x.updated = "2062-12-01"))).toHaveLength(1);
    expect(errorsAfter((x) => (x.updated = "2027-01-01"), { ...DATES, today: "2026-12-31" })).toEqual([]);
  });

  it("reports text that is not JSON, naming the file", () => {
    const r = validateSiteText('{ "type": "site", }', FILE, DATES);
    expect(r.ok ? [] : r.errors[0]).toMatch(/^models\/site\.json: not valid JSON: /);
  });
});

describe("loadModels with a site file", () => {
  const withSite = (files: Record<string, string>) => loadModels({ ...fixtureFiles(), ...files }, ref, TODAY);

  it("gives site: null when there is none", () => {
    const r = loadModels(fixtureFiles(), ref, TODAY);
    expect(r.site).toBeNull();
    expect(r.errors).toEqual([]);
  });

  it("tells the site file by \"type\": \"site\", whatever its name, and leaves it out of the models", () => {
    const r = withSite({ "models/desk.json": readRepoFile(SITE_FIXTURE) });
    expect(r.errors).toEqual([]);
    expect(r.site?.byline?.en).toBe("By An Example Author");
    expect(r.models.map((m) => m.id)).toEqual(["example-joint", "example-separate"]);
  });

  it("a second site file is an error naming both files; the first by file name loads", () => {
    const other = site();
    other.credit.en = "Graphic: Another Desk";
    const r = withSite({ "models/site.json": readRepoFile(SITE_FIXTURE), "models/z-site.json": JSON.stringify(other) });
    expect(r.site?.credit?.en).toBe("Graphic: Example Desk / The Example Daily");
    expect(r.errors).toEqual([
      "models/z-site.json: type: a models/ folder has one site file at most, and models/site.json is one already\n  hint: move this file's fields into models/site.json, or remove this file",
    ]);
  });

  it("an invalid site file is left out and reported; the rest loads", () => {
    const bad = site();
    bad.updated = "2011-01-01";
    const r = withSite({ "models/site.json": JSON.stringify(bad) });
    expect(r.site).toBeNull();
    expect(r.models).toHaveLength(2);
    expect(r.briefings).toHaveLength(1);
    expect(withoutHints(r.errors)).toEqual([
      'models/site.json: updated: "2011-01-01" is before "2011-06-09", the latest date that context "example-context" shows: the files cannot have been revised before it',
    ]);
  });
});

describe("withCredit: the CREDIT build option takes the place of the site file's credit", () => {
  it("in every language; the rest of the file stays", () => {
    const loaded = withSite();
    const s = withCredit(loaded, "Graphic: Jane Doe / The Daily");
    expect(s?.credit).toEqual({ en: "Graphic: Jane Doe / The Daily", ru: "Graphic: Jane Doe / The Daily" });
    expect(s?.byline).toEqual(loaded.byline);
    expect(s?.updated).toBe("2026-11-20");
  });
  it("without a site file gives one of the credit alone; without a credit leaves the site file as it is", () => {
    expect(withCredit(null, "Graphic: Jane Doe")).toEqual({ type: "site", notes: [], credit: { en: "Graphic: Jane Doe", ru: "Graphic: Jane Doe" } });
    expect(withCredit(null, null)).toBeNull();
    const loaded = withSite();
    expect(withCredit(loaded, null)).toBe(loaded);
  });

  function withSite() {
    const r = validateSite(site(), FILE, DATES);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    return r.site;
  }
});

describe("the shipped site file models/site.json", () => {
  it("validates with the shipped models and context file: no byline or credit of ours, revised on 1 December 2026, notes in both languages", () => {
    const loaded = loadModels(allModelFiles(), ref, TODAY);
    expect(loaded.errors).toEqual([]);
    expect(SITE_FILES).toEqual([FILE]);
    const s = loaded.site!;
    expect(s.credit).toBeUndefined();
    expect(s.byline).toBeUndefined();
    expect(s.updated).toBe("2026-12-01");
    expect(s.notes.length).toBeGreaterThanOrEqual(1);
    for (const n of s.notes) {
      expect(n.en).toMatch(/[A-Za-z]/);
      expect(n.ru).toMatch(/[А-Яа-яЁё]/);
    }
  });
});
