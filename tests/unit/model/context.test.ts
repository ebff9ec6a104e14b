import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { shownProposals } from "../../../src/model/briefingSchema";
import type { Context } from "../../../src/model/contextSchema";
import type { Model } from "../../../src/model/schema";
import { validateModelText } from "../../../src/model/validate";
import { validateContext, validateContextText } from "../../../src/model/validateContext";
import { MODEL_FILES, REPO, fixtureJson, readRepoFile, withoutHints } from "../support";

const ref = loadReference();
const FILE = "models/may-2011-context.json";

/** The real proposal models, validated. */
const models: Model[] = MODEL_FILES.map((file) => {
  const r = validateModelText(readRepoFile(file), file, ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
});
const modelById = new Map(models.map((m) => [m.id, m]));

function shipped(): Context {
  const r = validateContextText(readRepoFile(FILE), FILE, models);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.context;
}

/*
 * The validator's mechanics are tested on the invented files of tests/fixtures/ (see fixtureModels in ../support.ts),
 * as if the context were models/example-context.json. What it holds, by index:
 * events: [0] "first-meeting" 2011-05-02 to 05-04 (speaker-a), [1] "second-speaker-joins" 05-04 (speaker-b),
 *   [2] "statement-reported" 05-05 (no one; cites invented-paper), [3] "next-meeting" 06-09 (speaker-c);
 * people: [0] speaker-a (statements a-first, quoted, and a-second), [1] speaker-b (b-first), [2] speaker-c (none);
 * contention: [0] "who-answers-for-poland" shows example-joint, emphasising poland-either and czechia-either,
 *   [1] "one-or-two" compares example-separate with example-joint in full;
 * sources: [0] test-fixture, [1] invented-agency via test-fixture, [2] invented-paper via invented-agency.
 */
const FIXTURE = "models/example-context.json";
const fixtureProposals: Model[] = (["tests/fixtures/example-separate.json", "tests/fixtures/example-joint.json"] as const).map((file) => {
  const r = validateModelText(readRepoFile(file), file, ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
});
const JOINT_REGIONS = "core-a, core-b, poland-either, czechia-either, moldova-reading, two-seas";

/** Errors from validating a copy of the fixture context changed by `change`. */
function errorsAfter(change: (c: Record<string, any>) => void, asFile: string = FIXTURE, against: readonly Model[] = fixtureProposals): string[] {
  const c = fixtureJson("tests/fixtures/example-context.json");
  change(c);
  const r = validateContext(c, asFile, against);
  return r.ok ? [] : withoutHints(r.errors);
}

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The Global Security Newswire article of 3 May 2011, from the shared sources when they are there (beside the
 * repository, as in development). In CI it may be missing: the quotations are then checked against the copies
 * below, which are themselves checked against the article whenever it is present.
 */
const ARTICLE_PATH = `${REPO}../shared/source/gsn-2011-05-03-missile-shield-talks.txt`;
const article = existsSync(ARTICLE_PATH) ? normalise(readFileSync(ARTICLE_PATH, "utf8")) : undefined;

/**
 * Words the article puts in quotation marks that the context may quote, verbatim. The parts about sites,
 * detection and weapons are deliberately left out, so that a statement cannot quote them.
 */
const QUOTED_IN_ARTICLE = [
  "This will be an especially intensive week of consultations at the political and military level",
  "Their purpose is to try to advance on the missile defense issue, so as to accelerate preparations for a meeting between the Russia-NATO Council defense ministers on June 9",
  "This round of intensive negotiations with the Americans will be continued on May 5 with consultations at the foreign ministerial level",
  "We are ready to develop together with NATO experts on missile defense the architecture of this (joint) network",
  "it is necessary to set up a joint data processing center",
  "The joint missile defense system should be based on the territorial principle of sharing individual countries and group of countries' responsibility",
  "Naturally, Russia should be in charge of the eastern sector encompassing the territories of the contiguous states and seas",
];

/** Phrases of the article's own text (not quotations of a speaker) that descriptions quote to say what the article gives. */
const ARTICLE_PHRASES = ["NATO and Russia agreed last fall to study areas for future antimissile collaboration", "at the end of May this year"];

/** The passages the article puts between straight double quotes. */
const quotedPassages = (text: string) => [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);

/** The quotations (between “ and ”) in a text. */
const quotations = (text: string) => [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path = ""): [path: string, text: string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** Words that would make the text operational: sites, ranges, trajectories, coverage, detection, performance, timing, weapon details. */
const OPERATIONAL =
  /\b(sites?|ranges?|km|kilomet\w*|miles?|trajector\w*|coverage|footprints?|radars?|velocit\w*|speeds?|spot\w*|detect\w*|altitudes?|seconds?|minutes?|capab\w*|high-explosive|non-nuclear|launch\w*)\b/i;

/** Sentences in a text (abbreviations such as Lt., Gen. and U.S. do not end one). */
const sentences = (text: string) => text.replace(/\b(Lt|Gen|U\.S)\./g, "$1").split(/(?<=[.!?])\s+/).filter(Boolean).length;

describe("the shipped context models/may-2011-context.json", () => {
  it("validates against the real models, with no errors", () => {
    const r = validateContextText(readRepoFile(FILE), FILE, models);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it("has the id may-2011-context, the type context and points at the context schema", () => {
    const c = shipped();
    expect(c.id).toBe("may-2011-context");
    expect(c.type).toBe("context");
    expect(c.$schema).toBe("./context.schema.json");
  });

  it("every person and source it refers to resolves (no dangling id), and so does every via", () => {
    const c = shipped();
    const people = new Set(c.people.map((p) => p.id));
    const sources = new Set(c.sources.map((s) => s.id));
    const refs: [where: string, source: string][] = [
      ...c.events.flatMap((e) => e.sources.map((s) => [`event ${e.id}`, s] as [string, string])),
      ...c.people.flatMap((p) => p.statements.flatMap((st) => st.sources.map((s) => [`statement ${st.id}`, s] as [string, string]))),
      ...c.contention.flatMap((p) => p.sources.map((s) => [`point ${p.id}`, s] as [string, string])),
      ...c.sources.filter((s) => s.via !== undefined).map((s) => [`via of ${s.id}`, s.via!] as [string, string]),
    ];
    expect(refs.length).toBeGreaterThan(30);
    expect(refs.filter(([, s]) => !sources.has(s))).toEqual([]);
    const personRefs = c.events.flatMap((e) => e.people.map((p) => [e.id, p] as const));
    expect(personRefs.length).toBeGreaterThan(8);
    expect(personRefs.filter(([, p]) => !people.has(p))).toEqual([]);
  });

  it("uses every source: each is cited by an event, a statement, a point of contention or another source's via", () => {
    const c = shipped();
    const cited = new Set([
      ...c.events.flatMap((e) => e.sources),
      ...c.people.flatMap((p) => p.statements.flatMap((s) => s.sources)),
      ...c.contention.flatMap((p) => p.sources),
      ...c.sources.flatMap((s) => (s.via && s.via !== s.id ? [s.via] : [])),
    ]);
    expect(c.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it("lists the article and every report it cites, each via the article (Izvestia via RIA Novosti) and labelled as the article names it", () => {
    const c = shipped();
    const byId = new Map(c.sources.map((s) => [s.id, s]));
    const expected: [id: string, publication: string, date: string | undefined, via: string | undefined, label: string | undefined][] = [
      ["gsn-2011-05-03", "Global Security Newswire", "2011-05-03", undefined, undefined],
      ["gsn-2011-04-18", "Global Security Newswire", "2011-04-18", "gsn-2011-05-03", "GSN, April 18"],
      // The article cites it as "related GSN story, today", which would read as the reader's today.
      ["gsn-2011-05-03-related", "Global Security Newswire", "2011-05-03", "gsn-2011-05-03", "related GSN story, the same day"],
      ["interfax-i-2011-04-29", "Interfax", "2011-04-29", "gsn-2011-05-03", "Interfax I, April 29"],
      ["interfax-ii-2011-04-29", "Interfax", "2011-04-29", "gsn-2011-05-03", "Interfax II, April 29"],
      ["interfax-iii-2011-04-29", "Interfax", "2011-04-29", "gsn-2011-05-03", "Interfax III, April 29"],
      ["interfax-iv-2011-04-28", "Interfax", "2011-04-28", "gsn-2011-05-03", "Interfax IV, April 28"],
      ["ria-novosti-2011-04-29", "RIA Novosti", "2011-04-29", "gsn-2011-05-03", "RIA Novosti, April 29"],
      // The article does not date the interview, so neither does the source entry.
      ["izvestia-2011-04-29", "Izvestia", undefined, "ria-novosti-2011-04-29", "Izvestia"],
    ];
    expect(c.sources.map((s) => s.id).sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, publication, date, via, label] of expected) {
      const s = byId.get(id)!;
      expect([s.publication.en, s.date, s.via, s.label?.en], id).toEqual([publication, date, via, label]);
    }
    expect(byId.get("gsn-2011-05-03")!.title?.en).toBe('Russia Set For "Intensive" Missile Shield Talks With U.S.');
    if (article) expect(article.startsWith(byId.get("gsn-2011-05-03")!.title!.en)).toBe(true);
    // Only the article's own headline is known: every other source is described in our words, not given a title.
    expect(c.sources.filter((s) => s.title).map((s) => s.id)).toEqual(["gsn-2011-05-03"]);
    for (const s of c.sources) if (s.id !== "gsn-2011-05-03") expect(s.description, s.id).toBeDefined();
    // The labels the article uses in its citations appear in it as written.
    if (article) for (const [id, , , , label] of expected) if (label && id !== "izvestia-2011-04-29") expect(article, id).toContain(label.replace("the same day", "today"));
  });

  it("lists its events in date order, each end date on or after its start", () => {
    const events = shipped().events;
    for (let i = 1; i < events.length; i++) expect(events[i]!.date >= events[i - 1]!.date, events[i]!.id).toBe(true);
    for (const e of events) if (e.endDate) expect(e.endDate >= e.date, e.id).toBe(true);
  });

  it("dates the events as the article gives them: last fall, 28 and 29 April, the week of 2 to 5 May, the end of May, 9 June", () => {
    const events = shipped().events;
    const find = (pred: (e: Context["events"][number]) => boolean, what: string) => {
      const e = events.find(pred);
      if (!e) throw new Error(`no event: ${what}`);
      return e;
    };
    const fall = find((e) => e.date.startsWith("2010-"), "last fall");
    expect([fall.date, fall.approximate]).toEqual(["2010-11-20", true]);
    expect(fall.description.en).toContain("“last fall”");
    expect(find((e) => e.date === "2011-04-28", "28 April").sources).toEqual(["interfax-iv-2011-04-28"]);
    const friday = events.filter((e) => e.date === "2011-04-29");
    expect(friday.flatMap((e) => e.people).sort()).toEqual(["dmitry-rogozin", "oleg-ostapenko"]);
    const week = find((e) => e.endDate === "2011-05-05", "the Brussels talks");
    expect([week.date, week.approximate]).toEqual(["2011-05-02", false]);
    expect(week.description.en).toContain("Brussels");
    const mondayTuesday = find((e) => e.date === "2011-05-02" && e.endDate === "2011-05-03", "Monday and Tuesday");
    expect([...mondayTuesday.people].sort()).toEqual(["anatoly-antonov", "james-miller", "patrick-oreilly"]);
    expect(find((e) => e.date === "2011-05-04", "Wednesday").people).toEqual(["nikolai-makarov"]);
    const may5 = events.filter((e) => e.date === "2011-05-05");
    expect(may5.some((e) => [...e.people].sort().join() === "ellen-tauscher,sergei-ryabkov")).toBe(true);
    expect(may5.some((e) => e.description.en.includes("NATO-Russia Council"))).toBe(true);
    const g8 = find((e) => e.description.en.includes("Deauville"), "G-8");
    expect([g8.date, g8.endDate, g8.approximate]).toEqual(["2011-05-26", "2011-05-27", true]);
    expect(g8.description.en).toContain("“the end of May”");
    expect(find((e) => e.date === "2011-06-09", "9 June").description.en).toContain("NATO-Russia Council");
    // Only the two dates the article gives loosely are approximate.
    expect(events.filter((e) => e.approximate).map((e) => e.id)).toEqual([fall.id, g8.id]);
  });

  it("names the people with their 2011 roles, each on their side, and every one of them takes part in the timeline", () => {
    const c = shipped();
    const roles = Object.fromEntries(c.people.map((p) => [p.id, [p.name.en, p.role.en, p.side]]));
    expect(roles).toEqual({
      "dmitry-rogozin": ["Dmitry Rogozin", "Russia's envoy to NATO", "russia"],
      "anatoly-antonov": ["Anatoly Antonov", "Russian Deputy Defence Minister", "russia"],
      "james-miller": ["James Miller", "U.S. Principal Deputy Under Secretary of Defense", "united-states"],
      "patrick-oreilly": ["Patrick O'Reilly", "Lieutenant General, head of the U.S. Missile Defense Agency", "united-states"],
      "nikolai-makarov": ["Nikolai Makarov", "Chief of staff of the Russian armed forces", "russia"],
      "sergei-ryabkov": ["Sergei Ryabkov", "Russian Deputy Foreign Minister", "russia"],
      "ellen-tauscher": ["Ellen Tauscher", "U.S. Under Secretary of State", "united-states"],
      "oleg-ostapenko": ["Oleg Ostapenko", "Lieutenant General, commander of Russia's space forces", "russia"],
    });
    const inEvents = new Set(c.events.flatMap((e) => e.people));
    expect(c.people.map((p) => p.id).filter((id) => !inEvents.has(id))).toEqual([]);
  });

  it("records Rogozin's and Ostapenko's statements, each no earlier than it was said and reported by a source of that date or later", () => {
    const c = shipped();
    const person = (id: string) => c.people.find((p) => p.id === id)!;
    expect(person("dmitry-rogozin").statements.length).toBeGreaterThanOrEqual(2);
    const ostapenko = person("oleg-ostapenko").statements.map((s) => s.summary.en).join(" ");
    for (const topic of ["architecture", "territorial principle", "eastern sector", "joint data processing centre", "Russian officers", "outside Russia", "strategic deterrent"]) {
      expect(ostapenko, topic).toContain(topic);
    }
    const sourceDate = new Map(c.sources.map((s) => [s.id, s.date]));
    for (const p of c.people) {
      for (const s of p.statements) {
        expect(s.date, s.id).toBe("2011-04-29");
        // An undated source (Izvestia's interview) makes no claim about the date.
        for (const src of s.sources) expect((sourceDate.get(src) ?? s.date) >= s.date, `${s.id}: ${src}`).toBe(true);
      }
    }
    // Washington's position is a point of contention, not a person: people are individuals only.
    expect(c.people.some((p) => /\b(washington|united states|nato|kremlin|moscow)\b/i.test(p.name.en))).toBe(false);
  });

  it("has the points of contention, each showing a real proposal and emphasising only its regions", () => {
    const c = shipped();
    const show = Object.fromEntries(c.contention.map((p) => [p.id, { show: p.show, emphasise: [...p.emphasise].sort() }]));
    expect(show["one-system-or-two"]).toEqual({ show: { compare: ["nato-two-systems", "russia-sectors"], mode: "full" }, emphasise: [] });
    expect(show["sectors-and-nato-members"]).toEqual({
      show: { proposal: "russia-sectors" },
      emphasise: ["nato-members-bordering-russia", "nato-members-eastern-europe"],
    });
    expect(show["strategic-deterrent"]).toEqual({ show: { proposal: "russia-sectors" }, emphasise: ["russia"] });
    expect(show["joint-centres-staff"]).toEqual({ show: { proposal: "russia-sectors" }, emphasise: [] });
    expect(c.contention.find((p) => p.id === "sectors-and-nato-members")!.description.en).toMatch(/Washington.*never/);
    for (const p of c.contention) {
      const shown = shownProposals(p.show).map((id) => modelById.get(id));
      expect(shown.every((m) => m !== undefined), p.id).toBe(true);
      const regions = new Set(shown.flatMap((m) => m!.regions.map((r) => r.id)));
      for (const r of p.emphasise) expect(regions.has(r), `${p.id}: ${r}`).toBe(true);
    }
  });

  it("quotes only verbatim from the article, words the article puts in a speaker's mouth, in at most 15 words", () => {
    if (article) {
      // The copies kept in this file are the article's own words.
      const passages = quotedPassages(article);
      for (const q of QUOTED_IN_ARTICLE) expect(passages.some((p) => p.includes(q)), q).toBe(true);
      for (const q of ARTICLE_PHRASES) expect(article, q).toContain(q);
    }
    const quotes = shipped().people.flatMap((p) => p.statements.flatMap((s) => (s.quote ? [[s.id, s.quote.en] as const] : [])));
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const [id, q] of quotes) {
      expect(q, id).not.toMatch(/["“”]/);
      expect(QUOTED_IN_ARTICLE.some((s) => s.includes(normalise(q))), `${id}: “${q}” is not verbatim`).toBe(true);
      if (article) expect(quotedPassages(article).some((p) => p.includes(normalise(q))), `${id}: “${q}”`).toBe(true);
      expect(q.split(/\s+/).length, `${id}: “${q}”`).toBeLessThanOrEqual(15);
    }
  });

  it("quotes the article in descriptions only verbatim, between “ and ”, and uses no straight double quotes in its own text", () => {
    const c = shipped();
    const texts = [
      c.title.en,
      c.summary.en,
      ...c.events.flatMap((e) => [e.title.en, e.description.en]),
      ...c.people.flatMap((p) => [p.role.en, ...p.statements.map((s) => s.summary.en)]),
      ...c.contention.flatMap((p) => [p.title.en, p.description.en]),
    ];
    let quoted = 0;
    for (const text of texts) {
      expect(text).not.toMatch(/"/);
      for (const q of quotations(text)) {
        quoted++;
        expect([...ARTICLE_PHRASES, ...QUOTED_IN_ARTICLE].some((s) => s.includes(q)), `“${q}”`).toBe(true);
        if (article) expect(article).toContain(q);
      }
    }
    expect(quoted).toBeGreaterThanOrEqual(2);
  });

  it("mentions nothing operational: no site, range, trajectory, coverage, detection, performance or weapon detail anywhere", () => {
    const all = strings(JSON.parse(readRepoFile(FILE)));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([, text]) => OPERATIONAL.test(text))).toEqual([]);
  });

  it("mentions the warning-system and warhead reports without their details", () => {
    const c = shipped();
    const warning = c.people.flatMap((p) => p.statements).find((s) => s.sources.includes("interfax-iii-2011-04-29"))!;
    expect(warning.quote).toBeUndefined();
    expect(warning.summary.en).toContain("warning system");
    expect(warning.summary.en).toMatch(/not repeated here/);
    const warheads = c.events.find((e) => e.sources.includes("interfax-iv-2011-04-28"))!;
    expect(warheads.description.en).toMatch(/details .* are left out/);
  });

  it("writes event descriptions of one to three sentences and points of contention of two or three", () => {
    const c = shipped();
    for (const e of c.events) {
      expect(sentences(e.description.en), e.id).toBeGreaterThanOrEqual(1);
      expect(sentences(e.description.en), e.id).toBeLessThanOrEqual(3);
    }
    for (const p of c.contention) {
      expect(sentences(p.description.en), p.id).toBeGreaterThanOrEqual(2);
      expect(sentences(p.description.en), p.id).toBeLessThanOrEqual(3);
    }
  });
});

describe("validateContext rejects bad input, naming the file and the path", () => {
  it("accepts the fixture context as it is", () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it("fills in the defaults: not approximate, no people, no statements, no emphasis", () => {
    const r = validateContext(
      {
        type: "context",
        id: "x",
        title: { en: "X", ru: "Х" },
        summary: { en: "X.", ru: "Х." },
        events: [{ id: "e", date: "2011-05-03", title: { en: "E", ru: "С" }, description: { en: "E.", ru: "С." }, sources: ["s"] }],
        people: [{ id: "p", name: { en: "P", ru: "П" }, role: { en: "R", ru: "Р" }, side: "nato" }],
        contention: [
          { id: "c", title: { en: "C", ru: "В" }, description: { en: "C.", ru: "В." }, show: { compare: ["example-separate", "example-joint"] }, sources: ["s"] },
        ],
        sources: [{ id: "s", publication: { en: "P", ru: "П" }, date: "2011-05-03" }],
      },
      "models/x.json",
      fixtureProposals,
    );
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.context.events[0]!.approximate).toBe(false);
    expect(r.context.events[0]!.people).toEqual([]);
    expect(r.context.people[0]!.statements).toEqual([]);
    expect(r.context.contention[0]!.emphasise).toEqual([]);
    expect(r.context.contention[0]!.show).toEqual({ compare: ["example-separate", "example-joint"], mode: "full" });
  });

  it("an unknown field at the top level, in an event, in a person, in a statement and in a point", () => {
    expect(errorsAfter((c) => (c.rangeKm = 500))).toEqual([`${FIXTURE}: (top level): unknown field "rangeKm"`]);
    expect(errorsAfter((c) => (c.events[1].site = "x"))).toEqual([`${FIXTURE}: events[1]: unknown field "site"`]);
    expect(errorsAfter((c) => Object.assign(c.people[0], { party: "russia", age: 47 }))).toEqual([`${FIXTURE}: people[0]: unknown fields "party", "age"`]);
    expect(errorsAfter((c) => (c.people[0].statements[1].trajectory = "x"))).toEqual([`${FIXTURE}: people[0].statements[1]: unknown field "trajectory"`]);
    expect(errorsAfter((c) => (c.contention[0].camera = { lon: 0, lat: 0, distance: 3 }))).toEqual([`${FIXTURE}: contention[0]: unknown field "camera"`]);
    expect(errorsAfter((c) => (c.contention[1].show.coverage = true))).toEqual([`${FIXTURE}: contention[1].show: unknown field "coverage"`]);
  });

  it("an unknown person in an event", () => {
    expect(errorsAfter((c) => c.events[1].people.push("vladimir-putin"))).toEqual([`${FIXTURE}: events[1].people[1]: unknown person "vladimir-putin"`]);
  });

  it("a person listed twice in an event", () => {
    expect(errorsAfter((c) => c.events[1].people.push("speaker-b"))).toEqual([
      `${FIXTURE}: events[1].people[1]: person "speaker-b" is listed twice in event "second-speaker-joins"`,
    ]);
  });

  it("an unknown (dangling) source in an event, a statement or a point of contention", () => {
    expect(errorsAfter((c) => c.events[0].sources.push("pravda-2011"))).toEqual([`${FIXTURE}: events[0].sources[1]: unknown source "pravda-2011"`]);
    expect(errorsAfter((c) => (c.people[0].statements[0].sources[1] = "tass-2011-04-29"))).toEqual([
      `${FIXTURE}: people[0].statements[0].sources[1]: unknown source "tass-2011-04-29"`,
    ]);
    expect(errorsAfter((c) => c.contention[1].sources.push("nowhere"))).toEqual([`${FIXTURE}: contention[1].sources[1]: unknown source "nowhere"`]);
  });

  it("an event, a statement or a point without sources", () => {
    for (const [change, path] of [
      [(c: Record<string, any>) => (c.events[3].sources = []), "events[3].sources"],
      [(c: Record<string, any>) => (c.people[0].statements[0].sources = []), "people[0].statements[0].sources"],
      [(c: Record<string, any>) => (c.contention[0].sources = []), "contention[0].sources"],
    ] as const) {
      const errors = errorsAfter(change);
      expect(errors, path).toHaveLength(1);
      expect(errors[0]!.startsWith(`${FIXTURE}: ${path}: `), errors[0]).toBe(true);
    }
  });

  it("a source cited via an unknown source, or via itself", () => {
    expect(errorsAfter((c) => (c.sources[1].via = "nowhere"))).toEqual([`${FIXTURE}: sources[1].via: unknown source "nowhere"`]);
    expect(errorsAfter((c) => (c.sources[1].via = "invented-agency"))).toEqual([`${FIXTURE}: sources[1].via: source "invented-agency" cannot be cited via itself`]);
  });

  it("a cycle of via, reported once, at the first source of the cycle", () => {
    expect(errorsAfter((c) => (c.sources[0].via = "invented-paper"))).toEqual([
      `${FIXTURE}: sources[0].via: sources cite each other in a cycle: "test-fixture" via "invented-paper" via "invented-agency" via "test-fixture"`,
    ]);
    // Two sources citing each other: the cycle is found from either end, and reported at the first.
    expect(errorsAfter((c) => (c.sources[1].via = "invented-paper"))).toEqual([
      `${FIXTURE}: sources[1].via: sources cite each other in a cycle: "invented-agency" via "invented-paper" via "invented-agency"`,
    ]);
  });

  it("an end date before the event's date", () => {
    expect(errorsAfter((c) => (c.events[0].endDate = "2011-05-01"))).toEqual([`${FIXTURE}: events[0].endDate: "2011-05-01" is before the event's date "2011-05-02"`]);
    expect(errorsAfter((c) => (c.events[0].endDate = "2011-05-02"))).toEqual([]);
  });

  it("events out of date order, reported at the first event out of order", () => {
    expect(
      errorsAfter((c) => {
        [c.events[1], c.events[2]] = [c.events[2], c.events[1]];
      }),
    ).toEqual([`${FIXTURE}: events[2].date: "2011-05-04" is before "2011-05-05", the date of the event before it ("statement-reported"): events must be in date order`]);
    expect(errorsAfter((c) => c.events.reverse())).toEqual([
      `${FIXTURE}: events[1].date: "2011-05-05" is before "2011-06-09", the date of the event before it ("next-meeting"): events must be in date order`,
    ]);
  });

  it("a date that is not a calendar date, in an event or a statement", () => {
    expect(errorsAfter((c) => (c.events[1].date = "2011-04-31"))).toEqual([`${FIXTURE}: events[1].date: is not a calendar date (value: "2011-04-31")`]);
    expect(errorsAfter((c) => (c.people[0].statements[0].date = "2 May 2011"))).toEqual([
      `${FIXTURE}: people[0].statements[0].date: must be a date written YYYY-MM-DD (value: "2 May 2011")`,
    ]);
  });

  it("a statement id used by two people (statement ids are unique across all people)", () => {
    expect(errorsAfter((c) => (c.people[1].statements[0].id = "a-first"))).toEqual([`${FIXTURE}: people[1].statements[0].id: duplicate id "a-first"`]);
  });

  it("duplicate ids of events, people, points of contention and sources", () => {
    expect(errorsAfter((c) => (c.events[3].id = c.events[2].id))).toEqual([`${FIXTURE}: events[3].id: duplicate id "statement-reported"`]);
    expect(errorsAfter((c) => c.people.push({ ...c.people[2] }))).toEqual([`${FIXTURE}: people[3].id: duplicate id "speaker-c"`]);
    expect(errorsAfter((c) => (c.contention[1].id = c.contention[0].id))).toEqual([`${FIXTURE}: contention[1].id: duplicate id "who-answers-for-poland"`]);
    expect(errorsAfter((c) => c.sources.push({ ...c.sources[0] }))).toEqual([`${FIXTURE}: sources[3].id: duplicate id "test-fixture"`]);
  });

  it("an unknown proposal in a point's show (its emphasised regions are not checked then)", () => {
    expect(errorsAfter((c) => (c.contention[0].show = { proposal: "warsaw-pact" }))).toEqual([`${FIXTURE}: contention[0].show.proposal: unknown proposal "warsaw-pact"`]);
    expect(errorsAfter((c) => (c.contention[1].show.compare[1] = "abc"))).toEqual([`${FIXTURE}: contention[1].show.compare[1]: unknown proposal "abc"`]);
    expect(errorsAfter((c) => (c.contention[1].show.compare = ["example-joint", "example-joint"]))).toEqual([
      `${FIXTURE}: contention[1].show.compare[1]: cannot compare proposal "example-joint" with itself`,
    ]);
  });

  it("a show that is neither a proposal nor a comparison", () => {
    expect(errorsAfter((c) => (c.contention[0].show = {}))).toEqual([
      `${FIXTURE}: contention[0].show: must be { "proposal": id } or { "compare": [id, id], "mode": "full" | "differences" } (value: {})`,
    ]);
  });

  it("an unknown region in emphasise, or a region of a proposal the point does not show, naming the region and the point", () => {
    expect(errorsAfter((c) => c.contention[0].emphasise.push("north-sea"))).toEqual([
      `${FIXTURE}: contention[0].emphasise[2]: unknown region "north-sea" in contention point "who-answers-for-poland" (not a region of "example-joint"; known: ${JOINT_REGIONS})`,
    ]);
    expect(errorsAfter((c) => (c.contention[0].emphasise = ["group-a-states"]))).toEqual([
      `${FIXTURE}: contention[0].emphasise[0]: unknown region "group-a-states" in contention point "who-answers-for-poland" (not a region of "example-joint"; known: ${JOINT_REGIONS})`,
    ]);
    expect(errorsAfter((c) => (c.contention[0].emphasise = ["core-b", "core-b"]))).toEqual([
      `${FIXTURE}: contention[0].emphasise[1]: region "core-b" is listed twice in contention point "who-answers-for-poland"`,
    ]);
  });

  it("a comparison may emphasise regions of either proposal", () => {
    expect(errorsAfter((c) => (c.contention[1].emphasise = ["group-a-states", "two-seas"]))).toEqual([]);
  });

  it("a source that nothing cites", () => {
    expect(errorsAfter((c) => c.sources.push({ id: "tass-2011-04-30", publication: { en: "TASS", ru: "ТАСС" }, date: "2011-04-30", via: "test-fixture" }))).toEqual([
      `${FIXTURE}: sources[3]: source "tass-2011-04-30" is not cited by any event, statement, contention point or source`,
    ]);
    // Example Daily is cited by one event only; cite another source there instead, and it is unused.
    expect(errorsAfter((c) => (c.events[2].sources = ["test-fixture"]))).toEqual([
      `${FIXTURE}: sources[2]: source "invented-paper" is not cited by any event, statement, contention point or source`,
    ]);
  });

  it("a source cited only via itself is unused as well", () => {
    expect(errorsAfter((c) => c.sources.push({ id: "loop", publication: { en: "X", ru: "Х" }, date: "2011-04-30", via: "loop" }))).toEqual([
      `${FIXTURE}: sources[3].via: source "loop" cannot be cited via itself`,
      `${FIXTURE}: sources[3]: source "loop" is not cited by any event, statement, contention point or source`,
    ]);
  });

  it("a quotation longer than 15 words", () => {
    const long = "Each group keeps its own arrangement and shares what it learns with the other group every day";
    expect(long.split(" ")).toHaveLength(17);
    expect(errorsAfter((c) => (c.people[0].statements[0].quote = { en: long, ru: "Длинная цитата." }))).toEqual([
      `${FIXTURE}: people[0].statements[0].quote.en: a quotation has at most 15 words (this one has 17)`,
    ]);
  });

  it("a side that is not one of the parties", () => {
    const errors = errorsAfter((c) => (c.people[0].side = "kremlin"));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${FIXTURE}: people[0].side: `)).toBe(true);
  });

  it("a wrong or missing type", () => {
    for (const type of ["briefing", "Context", 1]) {
      const errors = errorsAfter((c) => (c.type = type));
      expect(errors, String(type)).toHaveLength(1);
      expect(errors[0]!.startsWith(`${FIXTURE}: type: `), errors[0]).toBe(true);
    }
    const missing = errorsAfter((c) => delete c.type);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.startsWith(`${FIXTURE}: type: `)).toBe(true);
  });

  it("an id not matching the file name", () => {
    expect(errorsAfter(() => {}, "models/june-2011-context.json")).toEqual([
      `models/june-2011-context.json: id: "example-context" does not match the file name (expected "june-2011-context")`,
    ]);
  });

  it("no events or no points of contention", () => {
    for (const list of ["events", "contention"]) {
      const errors = errorsAfter((c) => (c[list] = []));
      expect(errors, list).toHaveLength(1);
      expect(errors[0]!.startsWith(`${FIXTURE}: ${list}: `), errors[0]).toBe(true);
    }
  });

  it("every proposal as unknown when there are no models at all", () => {
    expect(errorsAfter(() => {}, FIXTURE, [])).toEqual([
      `${FIXTURE}: contention[0].show.proposal: unknown proposal "example-joint"`,
      `${FIXTURE}: contention[1].show.compare[0]: unknown proposal "example-separate"`,
      `${FIXTURE}: contention[1].show.compare[1]: unknown proposal "example-joint"`,
    ]);
  });

  it("reports every problem, not just the first", () => {
    expect(
      errorsAfter((c) => {
        c.events[0].people = ["nobody"];
        c.events[1].endDate = "2011-04-01";
        c.contention[0].show = { proposal: "abc" };
      }),
    ).toEqual([
      `${FIXTURE}: events[0].people[0]: unknown person "nobody"`,
      `${FIXTURE}: events[1].endDate: "2011-04-01" is before the event's date "2011-05-04"`,
      `${FIXTURE}: contention[0].show.proposal: unknown proposal "abc"`,
    ]);
  });

  it("a value that is not an object, or a model or briefing given as a context", () => {
    for (const v of [[], null, 42, "context"]) {
      const r = validateContext(v, FIXTURE, fixtureProposals);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.startsWith(`${FIXTURE}: (top level): `)).toBe(true);
    }
    const briefing = fixtureJson("tests/fixtures/example-briefing.json");
    const r = validateContext({ ...briefing, type: "context" }, "models/example-briefing.json", fixtureProposals);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(withoutHints(r.errors)).toContain(`models/example-briefing.json: (top level): unknown field "steps"`);
  });
});

describe("validateContextText", () => {
  it("turns invalid JSON into one message naming the file", () => {
    for (const text of ["{", "", "{ \"type\": 'context' }"]) {
      const r = validateContextText(text, FIXTURE, fixtureProposals);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors).toHaveLength(1);
        expect(r.errors[0]!.startsWith(`${FIXTURE}: not valid JSON: `)).toBe(true);
      }
    }
  });
  it("validates valid JSON like validateContext does", () => {
    const c = fixtureJson("tests/fixtures/example-context.json");
    c.events[0].rangeKm = 1;
    const r = validateContextText(JSON.stringify(c), FIXTURE, fixtureProposals);
    expect(r.ok ? [] : withoutHints(r.errors)).toEqual([`${FIXTURE}: events[0]: unknown field "rangeKm"`]);
  });
});
