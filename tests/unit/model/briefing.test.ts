import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { Briefing, shownProposals, type BriefingStep } from "../../../src/model/briefingSchema";
import type { Model } from "../../../src/model/schema";
import { validateModelText } from "../../../src/model/validate";
import { validateBriefing, validateBriefingText } from "../../../src/model/validateBriefing";
import { BRIEFING_FILES, CONTEXT_FILES, MODEL_FILES, REPO, SITE_FILES, fixtureJson, readRepoFile, withoutHints } from "../support";

const ref = loadReference();
const FILE = "models/may-2011.json";

/** The real proposal models, validated. */
const models: Model[] = MODEL_FILES.map((file) => {
  const r = validateModelText(readRepoFile(file), file, ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
});
const modelById = new Map(models.map((m) => [m.id, m]));

/*
 * The validator's mechanics are tested on the invented files of tests/fixtures/ (see fixtureModels in ../support.ts),
 * as if the briefing were models/example-briefing.json. Its steps: [0] "separate" shows example-separate; [1] "seas"
 * shows example-joint, emphasising two-seas; [2] "group-b" shows example-joint, emphasising core-b and
 * moldova-reading; [3] "differences" and [4] "side-by-side" compare example-separate with example-joint. Its
 * sources: [0] "test-fixture", [1] "invented-agency" (via test-fixture).
 */
const FIXTURE = "models/example-briefing.json";
const fixtureProposals: Model[] = (["tests/fixtures/example-separate.json", "tests/fixtures/example-joint.json"] as const).map((file) => {
  const r = validateModelText(readRepoFile(file), file, ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
});

/** Errors from validating a copy of the fixture briefing changed by `change`. */
function errorsAfter(change: (b: Record<string, any>) => void, asFile: string = FIXTURE, against: readonly Model[] = fixtureProposals): string[] {
  const b = fixtureJson("tests/fixtures/example-briefing.json");
  change(b);
  const r = validateBriefing(b, asFile, against);
  return r.ok ? [] : withoutHints(r.errors);
}

function shipped(): Briefing {
  const r = validateBriefingText(readRepoFile(FILE), FILE, models);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.briefing;
}

/**
 * The statements in the Global Security Newswire article of 3 May 2011 that a caption may quote, verbatim.
 * Statements about sites, detection or weapons are deliberately not listed: a caption cannot quote them.
 */
const QUOTABLE = [
  "This will be an especially intensive week of consultations at the political and military level",
  "Their purpose is to try to advance on the missile defense issue, so as to accelerate preparations for a meeting between the Russia-NATO Council defense ministers on June 9 and, of course, for a meeting between the presidents of Russia and the U.S. on the sidelines of the G-8 summit in Deauville, France at the end of May this year",
  "This round of intensive negotiations with the Americans will be continued on May 5 with consultations at the foreign ministerial level",
  "about progress on the European missile defense system at the Russian-U.S. bilateral level",
  "The joint missile defense system should be based on the territorial principle of sharing individual countries and group of countries' responsibility for the detection and elimination of missiles in specific defense sectors",
  "Naturally, Russia should be in charge of the eastern sector encompassing the territories of the contiguous states and seas",
];

/** The quotations (between “ and ”) in a text. */
const quotations = (text: string) => [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);

describe("the shipped briefing models/may-2011.json", () => {
  it("is listed in the test fixtures, like every other briefing in models/ (and the context files, the site file and models too)", () => {
    const files = readdirSync(`${REPO}models`).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"));
    const typeOf = (f: string) => (JSON.parse(readRepoFile(`models/${f}`)) as { type?: unknown }).type;
    const briefings = files.filter((f) => typeOf(f) === "briefing");
    const contexts = files.filter((f) => typeOf(f) === "context");
    const sites = files.filter((f) => typeOf(f) === "site");
    expect(briefings.map((f) => `models/${f}`)).toEqual([...BRIEFING_FILES]);
    expect(contexts.map((f) => `models/${f}`)).toEqual([...CONTEXT_FILES]);
    expect(sites.map((f) => `models/${f}`)).toEqual([...SITE_FILES]);
    expect(files.filter((f) => !briefings.includes(f) && !contexts.includes(f) && !sites.includes(f)).map((f) => `models/${f}`)).toEqual([...MODEL_FILES]);
  });

  it("validates against the real models, with no errors", () => {
    const r = validateBriefingText(readRepoFile(FILE), FILE, models);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it("has the id may-2011, points at the briefing schema and has 6 to 10 steps", () => {
    const b = shipped();
    expect(b.id).toBe("may-2011");
    expect(b.type).toBe("briefing");
    expect(b.$schema).toBe("./briefing.schema.json");
    expect(b.steps.length).toBeGreaterThanOrEqual(6);
    expect(b.steps.length).toBeLessThanOrEqual(10);
  });

  it("every step's show, emphasise and sources resolve", () => {
    const b = shipped();
    const sourceIds = new Set(b.sources.map((s) => s.id));
    for (const step of b.steps) {
      const shown = shownProposals(step.show).map((id) => modelById.get(id));
      expect(shown.every((m) => m !== undefined), step.id).toBe(true);
      const regions = new Set(shown.flatMap((m) => m!.regions.map((r) => r.id)));
      for (const r of step.emphasise) expect(regions.has(r), `${step.id}: ${r}`).toBe(true);
      expect(step.sources.length).toBeGreaterThan(0);
      for (const s of step.sources) expect(sourceIds.has(s), `${step.id}: ${s}`).toBe(true);
    }
  });

  it("cites every source it defines, and each agency report comes via the article", () => {
    const b = shipped();
    const cited = new Set(b.steps.flatMap((s) => s.sources));
    expect(b.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    for (const s of b.sources) {
      if (s.id === "gsn-2011-05-03") expect(s.via).toBeUndefined();
      else {
        expect(s.via, s.id).toBe("gsn-2011-05-03");
        expect(s.label?.en, s.id).toMatch(/^(Interfax( I| II| III)?|RIA Novosti), April 29$/);
      }
    }
  });

  it("tells the story in order: the talks, NATO's proposal, Russia's, the seas, the differences, the NATO members in question, the positions", () => {
    const steps = shipped().steps;
    const at = (i: number) => steps[i]!;
    expect(at(0).show).toEqual({ proposal: "nato-two-systems" });
    for (const word of ["Brussels", "Deauville", "9 June", "5 May", "NATO-Russia Council"]) expect(at(0).caption.en).toContain(word);
    expect(at(1).show).toEqual({ proposal: "nato-two-systems" });
    expect(at(2).show).toEqual({ proposal: "russia-sectors" });
    expect(at(2).emphasise).toEqual(["russia", "neighbours-outside-nato", "eastern-europe-outside-nato", "eastern-seas"]);
    expect(at(3).emphasise).toEqual(["eastern-seas"]);
    expect(at(4).show).toEqual({ compare: ["nato-two-systems", "russia-sectors"], mode: "differences" });
    expect([...at(5).emphasise].sort()).toEqual(["nato-members-bordering-russia", "nato-members-eastern-europe"]);
    expect(at(6).show).toEqual({ compare: ["nato-two-systems", "russia-sectors"], mode: "full" });
  });

  it("frames Europe and western Russia: lon 20 to 35, lat 48 to 58, distance 1.8 to 2.8", () => {
    for (const { id, camera } of shipped().steps) {
      expect(camera.lon, id).toBeGreaterThanOrEqual(20);
      expect(camera.lon, id).toBeLessThanOrEqual(35);
      expect(camera.lat, id).toBeGreaterThanOrEqual(48);
      expect(camera.lat, id).toBeLessThanOrEqual(58);
      expect(camera.distance, id).toBeGreaterThanOrEqual(1.8);
      expect(camera.distance, id).toBeLessThanOrEqual(2.8);
    }
  });

  it("quotes at most once per caption, verbatim from the article, in under 15 words, and attributes it with a date", () => {
    const steps: BriefingStep[] = shipped().steps;
    let total = 0;
    for (const { id, caption, title } of steps) {
      expect(caption.en, `${id}: quotations use “ and ”`).not.toMatch(/"/);
      expect(title.en, id).not.toMatch(/["“”]/);
      const quotes = quotations(caption.en);
      expect(quotes.length, id).toBeLessThanOrEqual(1);
      for (const q of quotes) {
        total++;
        expect(QUOTABLE.some((s) => s.includes(q)), `${id}: “${q}” is not verbatim`).toBe(true);
        expect(q.split(/\s+/).length, `${id}: “${q}”`).toBeLessThan(15);
        expect(caption.en, id).toMatch(/\b(Interfax|RIA Novosti|Izvestia|Global Security Newswire)\b/);
        expect(caption.en, id).toMatch(/\b\d{1,2} (April|May|June) 2011\b/);
      }
    }
    expect(total).toBeLessThanOrEqual(2);
  });

  it("has captions of a few sentences, no site, range, trajectory, coverage or timing", () => {
    for (const { id, caption, title } of shipped().steps) {
      const text = `${title.en} ${caption.en}`;
      expect(text, id).not.toMatch(/\b(sites?|ranges?|km|kilomet\w*|miles?|trajector\w*|coverage|footprints?|radars?|seconds?|minutes?|altitude)\b/i);
      expect(caption.en.length, id).toBeGreaterThan(80);
      expect(caption.en.length, id).toBeLessThan(900);
    }
  });
});

describe("validateBriefing rejects bad input, naming the file and the path", () => {
  it("accepts the fixture briefing as it is", () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });
  it("fills in the defaults: no emphasis, and a comparison in full", () => {
    const r = validateBriefing(
      {
        type: "briefing",
        id: "x",
        title: { en: "X", ru: "Х" },
        summary: { en: "X.", ru: "Х." },
        steps: [
          {
            id: "a",
            title: { en: "A", ru: "А" },
            caption: { en: "A.", ru: "А." },
            show: { proposal: "example-separate" },
            camera: { lon: 0, lat: 0, distance: 3 },
            sources: ["s"],
          },
          {
            id: "b",
            title: { en: "B", ru: "Б" },
            caption: { en: "B.", ru: "Б." },
            show: { compare: ["example-separate", "example-joint"] },
            camera: { lon: 0, lat: 0, distance: 3 },
            sources: ["s"],
          },
        ],
        sources: [{ id: "s", publication: { en: "P", ru: "П" }, date: "2011-05-03" }],
      },
      "models/x.json",
      fixtureProposals,
    );
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.briefing.steps[0]!.emphasise).toEqual([]);
    expect(r.briefing.steps[1]!.show).toEqual({ compare: ["example-separate", "example-joint"], mode: "full" });
  });
  it("an unknown top-level field", () => {
    expect(errorsAfter((b) => (b.range = 500))).toEqual([`${FIXTURE}: (top level): unknown field "range"`]);
  });
  it("an unknown field in a step", () => {
    expect(errorsAfter((b) => (b.steps[1].note = "x"))).toEqual([`${FIXTURE}: steps[1]: unknown field "note"`]);
  });
  it("an unknown field in a step's show or camera", () => {
    expect(errorsAfter((b) => (b.steps[0].show.mode = "full"))).toEqual([`${FIXTURE}: steps[0].show: unknown field "mode"`]);
    expect(errorsAfter((b) => (b.steps[0].camera.zoom = 2))).toEqual([`${FIXTURE}: steps[0].camera: unknown field "zoom"`]);
  });
  it("an unknown proposal in show.proposal (the step's emphasised regions are not checked then)", () => {
    expect(errorsAfter((b) => (b.steps[1].show = { proposal: "abc" }))).toEqual([`${FIXTURE}: steps[1].show.proposal: unknown proposal "abc"`]);
  });
  it("an unknown proposal in show.compare", () => {
    expect(errorsAfter((b) => (b.steps[3].show.compare[1] = "abc"))).toEqual([`${FIXTURE}: steps[3].show.compare[1]: unknown proposal "abc"`]);
    expect(errorsAfter((b) => (b.steps[3].show.compare[0] = "abc"))).toEqual([`${FIXTURE}: steps[3].show.compare[0]: unknown proposal "abc"`]);
  });
  it("a comparison of a proposal with itself", () => {
    expect(errorsAfter((b) => (b.steps[3].show.compare = ["example-joint", "example-joint"]))).toEqual([
      `${FIXTURE}: steps[3].show.compare[1]: cannot compare proposal "example-joint" with itself`,
    ]);
  });
  it("a show that is neither a proposal nor a comparison", () => {
    const message = `${FIXTURE}: steps[0].show: must be { "proposal": id } or { "compare": [id, id], "mode": "full" | "differences" }`;
    expect(errorsAfter((b) => (b.steps[0].show = {}))).toEqual([`${message} (value: {})`]);
    expect(errorsAfter((b) => (b.steps[0].show = "example-separate"))).toEqual([`${message} (value: "example-separate")`]);
    expect(errorsAfter((b) => (b.steps[0].show = { proposal: "example-separate", compare: ["example-separate", "example-joint"] }))).toEqual([
      `${message} (value: {"proposal":"example-separate","compare":["example-separate…)`,
    ]);
  });
  it("a comparison of one proposal, or with an unknown mode (the closest shape's problem is reported)", () => {
    const one = errorsAfter((b) => (b.steps[3].show.compare = ["example-joint"]));
    expect(one).toHaveLength(1);
    expect(one[0]!.startsWith(`${FIXTURE}: steps[3].show.compare: `)).toBe(true);
    const mode = errorsAfter((b) => (b.steps[3].show.mode = "partial"));
    expect(mode).toHaveLength(1);
    expect(mode[0]!.startsWith(`${FIXTURE}: steps[3].show.mode: `)).toBe(true);
  });
  it("an unknown region in emphasise, naming the region and the step", () => {
    const errors = errorsAfter((b) => (b.steps[1].emphasise = ["two-seas", "north-sea"]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^models\/example-briefing\.json: steps\[1\]\.emphasise\[1\]: unknown region "north-sea" in step "seas" \(not a region of "example-joint"; known: /);
  });
  it("a region of the other proposal in emphasise (regions belong to the shown proposal)", () => {
    const errors = errorsAfter((b) => (b.steps[0].emphasise = ["group-a-states", "two-seas"]));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${FIXTURE}: steps[0].emphasise[1]: unknown region "two-seas" in step "separate"`)).toBe(true);
  });
  it("a comparison may emphasise regions of either proposal, but no others", () => {
    expect(errorsAfter((b) => (b.steps[3].emphasise = ["group-a-states", "two-seas"]))).toEqual([]);
    const errors = errorsAfter((b) => (b.steps[3].emphasise = ["group-a-states", "arctic"]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`steps[3].emphasise[1]: unknown region "arctic" in step "differences" (not a region of "example-separate" or "example-joint"`);
  });
  it("the same region emphasised twice", () => {
    expect(errorsAfter((b) => (b.steps[1].emphasise = ["two-seas", "two-seas"]))).toEqual([
      `${FIXTURE}: steps[1].emphasise[1]: region "two-seas" is listed twice in step "seas"`,
    ]);
  });
  it("an unknown source in a step", () => {
    expect(errorsAfter((b) => b.steps[2].sources.push("pravda-2011"))).toEqual([`${FIXTURE}: steps[2].sources[2]: unknown source "pravda-2011"`]);
  });
  it("a step without sources", () => {
    const errors = errorsAfter((b) => (b.steps[0].sources = []));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${FIXTURE}: steps[0].sources: `)).toBe(true);
  });
  it("a source cited via an unknown source, or via itself", () => {
    expect(errorsAfter((b) => (b.sources[1].via = "nowhere"))).toEqual([`${FIXTURE}: sources[1].via: unknown source "nowhere"`]);
    expect(errorsAfter((b) => (b.sources[1].via = "invented-agency"))).toEqual([`${FIXTURE}: sources[1].via: unknown source "invented-agency"`]);
  });
  it("a duplicate step id", () => {
    expect(errorsAfter((b) => (b.steps[1].id = "separate"))).toEqual([`${FIXTURE}: steps[1].id: duplicate id "separate"`]);
  });
  it("a duplicate source id", () => {
    expect(errorsAfter((b) => b.sources.push({ ...b.sources[0] }))).toEqual([`${FIXTURE}: sources[2].id: duplicate id "test-fixture"`]);
  });
  it("a wrong or missing type", () => {
    for (const type of ["proposal", "Briefing", 1]) {
      const errors = errorsAfter((b) => (b.type = type));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.startsWith(`${FIXTURE}: type: `)).toBe(true);
    }
    const missing = errorsAfter((b) => delete b.type);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.startsWith(`${FIXTURE}: type: `)).toBe(true);
  });
  it("an id not matching the file name", () => {
    expect(errorsAfter(() => {}, "models/june-2011.json")).toEqual([
      `models/june-2011.json: id: "example-briefing" does not match the file name (expected "june-2011")`,
    ]);
  });
  it("no steps", () => {
    const errors = errorsAfter((b) => (b.steps = []));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${FIXTURE}: steps: `)).toBe(true);
  });
  it("a camera outside the allowed range", () => {
    const errors = errorsAfter((b) => (b.steps[2].camera.distance = 1.2));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${FIXTURE}: steps[2].camera.distance: `)).toBe(true);
  });
  it("a step id that is not lower-case words joined by hyphens", () => {
    expect(errorsAfter((b) => (b.steps[0].id = "Step 1"))).toEqual([`${FIXTURE}: steps[0].id: must be lower-case words joined by hyphens (value: "Step 1")`]);
  });
  it("a proposal model given as a briefing", () => {
    const separate = fixtureJson("tests/fixtures/example-separate.json");
    const r = validateBriefing({ ...separate, type: "briefing" }, "models/example-separate.json", fixtureProposals);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.startsWith("models/example-separate.json: (top level): unknown fields "))).toBe(true);
  });
  it("every unknown proposal when there are no models at all", () => {
    expect(errorsAfter(() => {}, FIXTURE, [])).toEqual([
      `${FIXTURE}: steps[0].show.proposal: unknown proposal "example-separate"`,
      `${FIXTURE}: steps[1].show.proposal: unknown proposal "example-joint"`,
      `${FIXTURE}: steps[2].show.proposal: unknown proposal "example-joint"`,
      `${FIXTURE}: steps[3].show.compare[0]: unknown proposal "example-separate"`,
      `${FIXTURE}: steps[3].show.compare[1]: unknown proposal "example-joint"`,
      `${FIXTURE}: steps[4].show.compare[0]: unknown proposal "example-separate"`,
      `${FIXTURE}: steps[4].show.compare[1]: unknown proposal "example-joint"`,
    ]);
  });
  it("reports every problem, not just the first", () => {
    expect(
      errorsAfter((b) => {
        b.steps[0].show.proposal = "abc";
        b.steps[3].sources = ["nowhere"];
        b.sources[1].via = "nowhere";
      }),
    ).toEqual([
      `${FIXTURE}: steps[0].show.proposal: unknown proposal "abc"`,
      `${FIXTURE}: steps[3].sources[0]: unknown source "nowhere"`,
      `${FIXTURE}: sources[1].via: unknown source "nowhere"`,
    ]);
  });
  it("a value that is not an object", () => {
    for (const v of [[], null, 42, "briefing"]) {
      const r = validateBriefing(v, FIXTURE, fixtureProposals);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.startsWith(`${FIXTURE}: (top level): `)).toBe(true);
    }
  });
});

describe("the briefing format has no field for sites, ranges or positions", () => {
  it("rejects site and rangeKm on a step, naming each", () => {
    expect(errorsAfter((b) => Object.assign(b.steps[2], { site: "Deveselu", rangeKm: 500 }))).toEqual([
      `${FIXTURE}: steps[2]: unknown fields "site", "rangeKm"`,
    ]);
  });
  it("rejects a range on the camera and a site in show", () => {
    expect(errorsAfter((b) => (b.steps[0].camera.rangeKm = 3000))).toEqual([`${FIXTURE}: steps[0].camera: unknown field "rangeKm"`]);
    expect(errorsAfter((b) => (b.steps[0].show.site = "Deveselu"))).toEqual([`${FIXTURE}: steps[0].show: unknown field "site"`]);
  });
  it("rejects a top-level list of sites", () => {
    expect(errorsAfter((b) => (b.sites = [{ lat: 1, lon: 2 }]))).toEqual([`${FIXTURE}: (top level): unknown field "sites"`]);
  });
});

describe("validateBriefingText", () => {
  it("turns invalid JSON into one message naming the file", () => {
    for (const text of ["{", "", "{ \"type\": 'briefing' }"]) {
      const r = validateBriefingText(text, FIXTURE, fixtureProposals);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors).toHaveLength(1);
        expect(r.errors[0]!.startsWith(`${FIXTURE}: not valid JSON: `)).toBe(true);
      }
    }
  });
  it("validates valid JSON like validateBriefing does", () => {
    const b = fixtureJson("tests/fixtures/example-briefing.json");
    b.steps[0].rangeKm = 1;
    const r = validateBriefingText(JSON.stringify(b), FIXTURE, fixtureProposals);
    expect(r.ok ? [] : withoutHints(r.errors)).toEqual([`${FIXTURE}: steps[0]: unknown field "rangeKm"`]);
  });
});
