import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runValidate } from "../../../src/cli/validateCommand";
import { starterModel } from "../../../src/model/starterModel";
import { captured, tempRepo, type TempRepo } from "./cliSupport";
import { REPO } from "../support";

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** What `npm run validate models/x.json` prints for the starter model "x" changed by `change`, and its exit status. */
function validateChanged(change: (m: Record<string, any>) => void, file = "models/x.json") {
  repo = tempRepo();
  const m = starterModel("x", "2011-05-03") as Record<string, any>;
  change(m);
  repo.write(file, m);
  const io = captured(repo.dir);
  const status = runValidate([file], io);
  return { status, out: io.stdout.join("\n"), lines: io.stdout };
}

/** The problem lines alone (without the summary). */
const problems = (r: { lines: string[] }) => r.lines.slice(0, -1).join("\n");

describe("npm run validate: one message per kind of problem, with the path, the bad value and a hint", () => {
  it("an unknown country: the closest known codes, a name that starts with it first", () => {
    const r = validateChanged((m) => (m.regions[0].countries = ["GER"]));
    expect(problems(r)).toBe(
      'models/x.json: regions[0].countries[0]: unknown country "GER"\n' +
        "  hint: closest known codes: DEU (Germany), GBR (United Kingdom), GEO (Georgia); codes are ISO 3166-1 alpha-3, listed in data/countries.json",
    );
    expect(r.status).toBe(1);
  });

  it("an unknown group or sea: the known ones", () => {
    expect(problems(validateChanged((m) => (m.regions[0].groups = ["csto"])))).toBe('models/x.json: regions[0].groups[0]: unknown group "csto" (known: nato, eastern-europe, europe)');
    expect(problems(validateChanged((m) => (m.regions[0].seas = ["north"])))).toMatch(/^models\/x\.json: regions\[0\]\.seas\[0\]: unknown sea "north" \(known: .*baltic.*\)$/);
  });

  it("a duplicate id: where the id is first used", () => {
    expect(problems(validateChanged((m) => (m.regions[1].id = "region-a")))).toBe(
      'models/x.json: regions[1].id: duplicate id "region-a"\n  hint: regions[0] already has this id; each must have its own',
    );
  });

  it("an id that is not the file name: both ways to fix it", () => {
    expect(problems(validateChanged((m) => (m.id = "y")))).toBe(
      'models/x.json: id: "y" does not match the file name (expected "x")\n  hint: set "id" to "x", or rename the file to y.json',
    );
  });

  it("an unknown field: the field it may be a slip for, and the allowed fields", () => {
    expect(problems(validateChanged((m) => (m.regions[0].countires = ["PRT"])))).toBe(
      'models/x.json: regions[0]: unknown field "countires"\n' +
        '  hint: did you mean "countries"? allowed fields: $comment, id, label, countries, groups, within, bordering, seas, party, certainty, alternativeParty, note, sources',
    );
    expect(problems(validateChanged((m) => (m.rangeKm = 500)))).toMatch(/^models\/x\.json: \(top level\): unknown field "rangeKm"\n {2}hint: allowed fields: \$schema, \$comment, id, title, /);
  });

  it("a missing required field: its type and meaning", () => {
    expect(problems(validateChanged((m) => delete m.regions[0].party))).toBe(
      'models/x.json: regions[0].party: missing required field "party"\n  hint: id: Id of the party responsible for this region in this proposal.',
    );
  });

  it("a wrong type: the expected type, what was found, and the value", () => {
    expect(problems(validateChanged((m) => (m.view.lat = "40")))).toBe(
      'models/x.json: view.lat: expected number, -90 to 90, got a string (value: "40")\n  hint: Latitude of the point the camera looks at, degrees.',
    );
    expect(problems(validateChanged((m) => (m.regions[0].label = "Portugal")))).toBe(
      'models/x.json: regions[0].label: expected text {en, ru}, got a string (value: "Portugal")\n  hint: a text is written { "en": "…", "ru": "…" }, both required',
    );
  });

  it("a value out of range or not among the choices", () => {
    expect(problems(validateChanged((m) => (m.view.distance = 10)))).toBe(
      "models/x.json: view.distance: must be at most 6 (value: 10)\n  hint: number, 1.35 to 6: Camera distance from the globe's centre, in globe radii.",
    );
    expect(problems(validateChanged((m) => (m.parties[0].colour = "#ff0000")))).toBe(
      'models/x.json: parties[0].colour: must be one of "blue", "orange", "purple", "green" (value: "#ff0000")',
    );
  });

  it("a missing or empty Russian translation", () => {
    expect(problems(validateChanged((m) => delete m.title.ru))).toBe(
      'models/x.json: title.ru: missing Russian text\n  hint: a text is written { "en": "…", "ru": "…" }, both required',
    );
    expect(problems(validateChanged((m) => (m.regions[0].note.ru = "  ")))).toBe('models/x.json: regions[0].note.ru: empty Russian text (value: "  ")');
  });

  it("a date that is not written YYYY-MM-DD, or is not a day of the calendar", () => {
    expect(problems(validateChanged((m) => (m.date = "3 May 2011")))).toBe(
      'models/x.json: date: must be a date written YYYY-MM-DD (value: "3 May 2011")\n  hint: write dates as YYYY-MM-DD, e.g. 2011-05-03 for 3 May 2011',
    );
    expect(problems(validateChanged((m) => (m.sources[0].date = "2011-02-29")))).toBe('models/x.json: sources[0].date: is not a calendar date (value: "2011-02-29")');
  });

  it("an id that is not lower-case words joined by hyphens: the id it could be", () => {
    expect(problems(validateChanged((m) => (m.regions[0].id = "Region A")))).toBe(
      'models/x.json: regions[0].id: must be lower-case words joined by hyphens (value: "Region A")\n  hint: try "region-a"',
    );
  });

  it("an unknown party: the model's parties", () => {
    expect(problems(validateChanged((m) => (m.regions[0].party = "party-c")))).toBe(
      'models/x.json: regions[0].party: unknown party "party-c"\n  hint: the model\'s parties: party-a, party-b',
    );
  });

  it("text that is not JSON: where, and the usual slip", () => {
    repo = tempRepo();
    repo.write("models/x.json", '{\n  "id": "x",\n  "title": { "en": "a", "ru": "б" },\n}\n');
    repo.write("models/y.json", "{\n  'id': 'y'\n}\n");
    repo.write("models/z.json", '{\n  "id": "z"\n  "title": 1\n}\n');
    const io = captured(repo.dir);
    expect(runValidate(["models/x.json", "models/y.json", "models/z.json"], io)).toBe(1);
    expect(io.stdout).toEqual([
      'models/x.json: not valid JSON: expected a field name in double quotes at line 4, column 1\n  hint: JSON allows no comma before "}": remove the last comma',
      'models/y.json: not valid JSON: expected a field name in double quotes at line 2, column 3\n  hint: JSON strings and field names take double quotes (")',
      'models/z.json: not valid JSON: expected "," or "}" at line 3, column 3\n  hint: line 3: "title": 1',
      "3 files checked: 3 with problems (3 problems), 0 valid",
    ]);
  });

  it("every problem of a file, one after another, then the summary", () => {
    const r = validateChanged((m) => {
      m.regions[0].countries = ["XYZ"];
      m.regions[1].party = "nobody";
    });
    expect(r.lines.map((l) => l.split("\n")[0])).toEqual([
      'models/x.json: regions[0].countries[0]: unknown country "XYZ"',
      'models/x.json: regions[1].party: unknown party "nobody"',
      "1 file checked: 1 with problems (2 problems), 0 valid",
    ]);
  });
});

describe("npm run validate: which files, and the exit status", () => {
  it("checks every file of models/ but the JSON Schemas when given none, and exits 0 when all are valid", () => {
    repo = tempRepo(true);
    const io = captured(repo.dir);
    expect(runValidate([], io)).toBe(0);
    expect(io.stdout).toEqual([
      "models/may-2011-context.json: ok",
      "models/may-2011.json: ok",
      "models/nato-two-systems.json: ok",
      "models/russia-sectors.json: ok",
      "models/site.json: ok",
      "5 files checked: all valid",
    ]);
    expect(io.stderr).toEqual([]);
  });

  it("checks a briefing against the proposals in models/, as the app loads them", () => {
    repo = tempRepo(true);
    const broken = JSON.parse(JSON.stringify(starterModel("russia-sectors", "2011-05-03")));
    repo.write("elsewhere/russia-sectors.json", broken); // a given file takes the place of the one in models/
    const io = captured(repo.dir);
    expect(runValidate(["models/may-2011.json", "elsewhere/russia-sectors.json"], io)).toBe(1);
    // The briefing emphasises regions of the real Russian proposal, which the replacement lacks.
    expect(io.stdout[0]).toMatch(/^models\/may-2011\.json: steps\[\d+\]\.emphasise\[0\]: unknown region "/);
    expect(io.stdout).toContain("elsewhere/russia-sectors.json: ok");
  });

  it("checks the site file against the dates of the models, and reports a second site file, naming both", () => {
    repo = tempRepo(true);
    repo.write("models/z-site.json", { type: "site", updated: "2011-01-01" });
    const io = captured(repo.dir);
    expect(runValidate([], io)).toBe(1);
    expect(io.stdout).toContain("models/site.json: ok");
    expect(io.stdout).toContain("models/z-site.json: type: a models/ folder has one site file at most, and models/site.json is one already\n  hint: move this file's fields into models/site.json, or remove this file");
    repo.remove();
    repo = tempRepo(true);
    repo.write("models/site.json", { type: "site", updated: "2011-01-01" });
    const again = captured(repo.dir);
    expect(runValidate(["models/site.json"], again)).toBe(1);
    expect(again.stdout[0]).toMatch(/^models\/site\.json: updated: "2011-01-01" is before "2011-\d\d-\d\d", the latest date that (proposal|context) "[a-z0-9-]+" shows/);
  });

  it("checks a file outside models/ beside the shipped ones: the example model in tests/fixtures/", () => {
    const io = captured(REPO);
    expect(runValidate(["tests/fixtures/pacific-example.json"], io)).toBe(0);
    expect(io.stdout).toEqual(["tests/fixtures/pacific-example.json: ok", "1 file checked: all valid"]);
  });

  it("exits 1 when any given file has a problem, and still reports the valid ones", () => {
    const r = validateChanged((m) => (m.regions[0].countries = ["XYZ"]));
    expect(r.status).toBe(1);
    expect(r.lines.at(-1)).toBe("1 file checked: 1 with problems (1 problem), 0 valid");
  });

  it("exits 2, naming the file, when a file does not exist; and for an unknown option", () => {
    repo = tempRepo();
    let io = captured(repo.dir);
    expect(runValidate(["models/missing.json"], io)).toBe(2);
    expect(io.stderr[0]).toBe("validate: no such file: models/missing.json");
    expect(io.stdout).toEqual([]);
    io = captured(repo.dir);
    expect(runValidate(["--fix"], io)).toBe(2);
    expect(io.stderr[0]).toBe("validate: unknown option --fix");
  });

  it("exits 2 for a JSON Schema or a file that is not .json; --help prints the usage and exits 0", () => {
    repo = tempRepo(true);
    let io = captured(repo.dir);
    expect(runValidate(["models/model.schema.json"], io)).toBe(2);
    expect(io.stderr[0]).toBe("validate: models/model.schema.json is a JSON Schema, not a model, briefing, context or site file");
    repo.write("notes.txt", "x");
    io = captured(repo.dir);
    expect(runValidate(["notes.txt"], io)).toBe(2);
    io = captured(repo.dir);
    expect(runValidate(["--help"], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^usage: npm run validate/);
  });

  // Starts Node and tsx three times: seconds on a busy machine (no timing is asserted).
  it("as a program (tsx src/cli/validate.ts): the same output and exit status", { timeout: 240_000 }, () => {
    repo = tempRepo();
    repo.write("models/x.json", { ...starterModel("x", "2011-05-03"), colourHex: "#000" });
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(REPO, "node_modules/tsx/dist/cli.mjs"), join(REPO, "src/cli/validate.ts"), ...args], { cwd: repo!.dir, encoding: "utf8" });
    const bad = run("models/x.json");
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^models\/x\.json: \(top level\): unknown field "colourHex"\n {2}hint: allowed fields: /);
    expect(run("models/nope.json").status).toBe(2);
    repo.write("models/x.json", starterModel("x", "2011-05-03"));
    const good = run();
    expect(good.status).toBe(0);
    expect(good.stdout).toBe("models/x.json: ok\n1 file checked: all valid\n");
  });
});

describe("npm run validate on files no author should save: a problem of the file, never a crash or a hang", () => {
  /** Runs the command on a file with this text; a generous limit guards against a hang, it is no timing test. */
  function validateText(text: string, file = "models/x.json") {
    repo = tempRepo();
    repo.write(file, text);
    const io = captured(repo.dir);
    const started = Date.now();
    const status = runValidate([file], io);
    expect(Date.now() - started, "answers within 10 s").toBeLessThan(10_000);
    return { status, lines: io.stdout };
  }
  const starter = () => starterModel("x", "2011-05-03") as Record<string, any>;

  it("10,000 nested lists, or 10,000 nested objects: one problem, the depth", () => {
    for (const text of ["[".repeat(10_000), '{"a":'.repeat(10_000)]) {
      const r = validateText(text);
      expect(r.status).toBe(1);
      expect(r.lines[0]).toMatch(/^models\/x\.json: .*: lists and objects nested more than 32 levels deep$/);
      expect(r.lines).toHaveLength(2);
    }
  });
  it("an id of 5,000,001 characters: the file is too large; one of 50,000: the text is too long", () => {
    const huge = { ...starter(), id: "x".repeat(5_000_001) };
    expect(validateText(JSON.stringify(huge)).lines[0]).toMatch(/^models\/x\.json: \(top level\): the file has 5,00\d,\d{3} characters, more than the 1,000,000 a file may have$/);
    const long = { ...starter(), id: "x".repeat(50_000) };
    expect(validateText(JSON.stringify(long)).lines[0]).toBe("models/x.json: id: a text of more than 20,000 characters");
  });
  it("a region with 100,000 unknown country codes: the list is too long", () => {
    const m = starter();
    m.regions[0].countries = Array.from({ length: 100_000 }, () => "QQ");
    const r = validateText(JSON.stringify(m));
    expect(r.status).toBe(1);
    expect(r.lines[0]).toBe("models/x.json: regions[0].countries: a list of more than 2,000 items");
  });
  it("500 unknown country codes: the first 50 problems, then a count of the rest", () => {
    const m = starter();
    m.regions[0].countries = Array.from({ length: 500 }, () => "QQQ");
    const r = validateText(JSON.stringify(m));
    const shown = r.lines.filter((l) => l.startsWith("models/x.json: regions[0].countries["));
    expect(shown).toHaveLength(50);
    expect(r.lines).toContain("models/x.json: … and 450 more problems (the first 50 are shown)");
  });
  it("a field written twice: both lines, the path, and the file is invalid even when the last one is right", () => {
    const text = JSON.stringify(starter(), null, 2).replace('"id": "x",', '"id": "evil-other",\n  "id": "x",');
    const r = validateText(text);
    expect(r.status).toBe(1);
    expect(r.lines[0]).toMatch(/^models\/x\.json: id: field "id" is written twice in the same object \(lines 4 and 5\)/);
    const smuggled = JSON.stringify(starter(), null, 2).replace('"regions": [', '"regions": [{"id": "smuggle", "rangeKm": 5000}],\n  "regions": [');
    expect(validateText(smuggled).lines.join("\n")).toMatch(/regions: field "regions" is written twice/);
  });
  it("text that is not clean text, and operational content in free text, each at its path", () => {
    const m = starter();
    m.title.en = "Evil \u202e title";
    m.regions[0].note.en = "radar site 54.1N 21.3E, rangeKm 3000, 24 interceptors";
    const lines = validateText(JSON.stringify(m)).lines.join("\n");
    expect(lines).toContain("models/x.json: title.en: the text contains a bidirectional control character");
    expect(lines).toContain('models/x.json: regions[0].note.en: the text gives coordinates ("54.1N")');
    expect(lines).toContain('models/x.json: regions[0].note.en: the text gives a count of weapons or sensors ("24 interceptors")');
  });
  it("bytes that are not UTF-8: the replacement character they become, at its path", () => {
    repo = tempRepo();
    const bytes = Buffer.from(JSON.stringify(starter()).replace('"en":"', '"en":"@'), "utf8");
    bytes[bytes.indexOf("@")] = 0xff; // a byte that starts no UTF-8 character
    writeFileSync(join(repo.dir, "models/x.json"), bytes);
    const io = captured(repo.dir);
    expect(runValidate(["models/x.json"], io)).toBe(1);
    expect(io.stdout.join("\n")).toMatch(/: the text contains a replacement character \(U\+FFFD\): the file is not valid UTF-8/);
  });
});
