/**
 * Hostile URLs: thousands of generated query strings thrown at parseUrlState. Whatever the URL says, reading it
 * never throws; the view it gives is always one the app can show; every ignored parameter is named in a message;
 * the URL the app writes for that view reads back as the same view with no messages; and screenFor shows it.
 *
 * Every property runs with a fixed seed, so a run is repeatable; fast-check prints the smallest failing input.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Contention } from "../../../src/model/contextSchema";
import { DISTANCE_RANGE } from "../../../src/model/schema";
import { prepareGeography } from "../../../src/data/prepareGeography";
import { screenFor } from "../../../src/screen/screenFor";
import type { Catalogue, Screen } from "../../../src/screen/types";
import { describeUrlProblem, type UrlProblem } from "../../../src/state/urlProblems";
import { DEFAULT_STATE, MAX_PARAMETERS, PYM_PARAMETERS, URL_PARAMETERS, parseUrlState, serialiseUrlState, type Known, type ViewState } from "../../../src/state/urlState";
import { realModels, type RealModels } from "../support";

const SEED = 20110503;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });
/** Thousands of runs take seconds; on a busy machine, more than the default 5 s. This is no timing assertion. */
const SLOW = { timeout: 240_000 };

let real: RealModels;
let known: Known;
let points: Contention[];
/** The first model by id, as the app falls back to. */
let fallback: string;
let proposals: string[];
let pointIds: string[];

beforeAll(() => {
  real = realModels();
  proposals = [...real.resolved.keys()].sort();
  points = real.contexts.flatMap((c) => c.contention);
  pointIds = points.map((p) => p.id);
  known = { proposals, briefings: real.briefings.map((b) => ({ id: b.id, steps: b.steps.length })), points: pointIds };
  fallback = proposals[0]!;
  files = catalogueOf(proposals);
});

let files: Catalogue;
/** The shipped files with only these proposals, the first of them first (the one shown when none is named). */
const catalogueOf = (ids: readonly string[]): Catalogue => ({
  models: ids.map((id) => real.resolved.get(id)!.model),
  briefings: real.briefings,
  contexts: real.contexts,
});
const deriveView = (state: ViewState, catalogue: Catalogue = files) => screenFor(state, catalogue, prepareGeography(), state.lang, "2026-12-01");

// ---------------------------------------------------------------------------------------------------------------
// Query strings
// ---------------------------------------------------------------------------------------------------------------

const HUGE = 100_000;

/** Values a parameter accepts (none for an unknown parameter). Built once the real files are loaded. */
function acceptedValue(key: string): fc.Arbitrary<string> | undefined {
  const [a, b] = proposals as [string, string];
  const briefing = known.briefings[0]!;
  switch (key) {
    case "proposal":
      return fc.constantFrom(...proposals);
    case "compare":
      return fc.constantFrom(`${a},${b}`, `${b},${a}`);
    case "mode":
      return fc.constantFrom("full", "differences");
    case "link":
    case "embed":
      return fc.constantFrom("0", "1");
    case "point":
      return fc.constantFrom(...pointIds);
    case "brief":
      return fc.constant(briefing.id);
    case "step":
      return fc.integer({ min: 1, max: briefing.steps }).map(String);
    case "at":
      return fc
        .tuple(
          fc.double({ min: -180, max: 180, noNaN: true }),
          fc.double({ min: -90, max: 90, noNaN: true }),
          fc.double({ min: DISTANCE_RANGE[0], max: DISTANCE_RANGE[1], noNaN: true }),
        )
        .map((xs) => xs.join(","));
    case "year":
      return fc.constantFrom("2011", "today");
    case "theme":
      return fc.constantFrom("auto", "light", "dark");
    case "origins":
      return fc.constantFrom("https://news.example", "http://127.0.0.1:8080,https://news.example", "https://a.example,https://b.example:8443");
    // What Pym.js's parent adds to an embed's address.
    case "initialWidth":
      return fc.integer({ min: 0, max: 4000 }).map(String);
    case "childId":
      return fc.constantFrom("globe", "pym-container-1", "глобус:1");
    case "parentTitle":
      return fc.string({ maxLength: 40 });
    case "parentUrl":
      return fc.constantFrom("https://news.example/2011/talks.html", "https://news.example/?a=1&b=2#top");
    default: {
      // A parameter added since these tests were written: at least its default, written out, is accepted.
      const value = (DEFAULT_STATE as unknown as Record<string, unknown>)[key];
      return typeof value === "string" ? fc.constant(value) : undefined;
    }
  }
}

/** Near misses: values one parameter or another accepts, or nearly does. */
function nearMiss(): fc.Arbitrary<string> {
  const [a, b] = proposals as [string, string];
  const briefing = known.briefings[0]!;
  return fc.constantFrom(
    ...proposals,
    `${a},${b}`,
    `${a},${a}`,
    `${a},${b},${a}`,
    `${a},`,
    `,${b}`,
    `${a.toUpperCase()}`,
    ` ${a}`,
    `${a}%00`,
    "full",
    "differences",
    "Full",
    "0",
    "1",
    "2",
    "true",
    "2011",
    "today",
    "2024",
    "dark",
    "Dark",
    "auto",
    ...pointIds,
    briefing.id,
    String(briefing.steps),
    String(briefing.steps + 1),
    "-1",
    "08",
    "1.0",
    "1e0",
    " 1",
    "0x1",
    "１", // a full-width digit
    "9".repeat(400),
    "28,53,2.2",
    "-180,-90,1.35",
    "180,90,6",
    "181,0,2",
    "0,0,1.34",
    "0,0,6.01",
    "NaN,0,2",
    "Infinity,0,2",
    "1e2,0,2",
    "0x10,0,2",
    " 1 , 2 , 3 ",
    ",,",
    "0,0",
    "0,0,2,3",
    "-0,-0,2",
    "-0.004,0.004,1.354",
    "en",
    "ru",
    "RU",
    "ru-RU",
    "fr",
    "https://news.example/",
    "https://news.example,https://news.example",
    "HTTPS://news.example",
    "*",
  );
}

/** Junk: random text, percent-encoded bytes, a 100,000-character value. */
function junk(): fc.Arbitrary<string> {
  const percentJunk = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, "0")}`),
        fc.constantFrom("%", "%z", "%zz", "%E0%A4", "%C0%AF", "%FF", "%00", "%25", "%26", "%3D", "%2C", "+", "&", "=", "#", "?", ","),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(""));
  return fc.oneof(
    { weight: 2, arbitrary: fc.tuple(fc.double(), fc.double(), fc.double()).map((xs) => xs.join(",")) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    { weight: 2, arbitrary: percentJunk },
    { weight: 1, arbitrary: fc.constantFrom("", "&&&", "=", "==", "a".repeat(HUGE), "<img src=x onerror=alert(1)>", "__proto__") },
  );
}

const valueArbs = new Map<string, fc.Arbitrary<string>>();
/** A value for a key: mostly one it accepts, often a near miss, sometimes junk. */
function valueFor(key: string): fc.Arbitrary<string> {
  let arb = valueArbs.get(key);
  if (!arb) {
    const accepted = acceptedValue(key);
    const others = [
      { weight: 3, arbitrary: nearMiss() },
      { weight: 2, arbitrary: junk() },
    ];
    arb = accepted ? fc.oneof({ weight: 5, arbitrary: accepted }, ...others) : fc.oneof(...others);
    valueArbs.set(key, arb);
  }
  return arb;
}

const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...URL_PARAMETERS) },
  { weight: 2, arbitrary: fc.constantFrom(...PYM_PARAMETERS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("", "Proposal", "proposal ", " proposal", "__proto__", "constructor", "toString", "step[]", "brief%00", "год", "🙂", "k".repeat(HUGE)),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** How one key=value pair is written into the query string. */
type Writing = "raw" | "encoded" | "key-only";
const write = (key: string, value: string, how: Writing) =>
  how === "raw" ? `${key}=${value}` : how === "key-only" ? key : new URLSearchParams([[key, value]]).toString();

function queryArb(): fc.Arbitrary<string> {
  const pair = keyArb.chain((key) => fc.tuple(fc.constant(key), valueFor(key), fc.constantFrom<Writing>("encoded", "encoded", "raw", "key-only")));
  const built = fc
    .tuple(fc.constantFrom("?", "?", "", "??", "&"), fc.array(pair, { maxLength: 6 }), fc.constantFrom("&", "&", "&", "&&", "&&&", ";"))
    .map(([prefix, pairs, sep]) => prefix + pairs.map(([k, v, how]) => write(k, v, how)).join(sep));
  // Each known parameter at most once, with a value it accepts: the URLs people share, for the round trips.
  const acceptable = [...URL_PARAMETERS, ...PYM_PARAMETERS].flatMap((k) => {
    const value = acceptedValue(k);
    return value ? [fc.tuple(fc.constant(k as string), value)] : [];
  });
  const clean = fc
    .shuffledSubarray(acceptable)
    .chain((pairs) => fc.tuple(...pairs))
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);
  return fc.oneof(
    { weight: 4, arbitrary: clean },
    { weight: 8, arbitrary: built },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "?", "&&&", "=", "==", "?&=&", "%", "?%", "?proposal", "?proposal=", "?=&=", "?&&&proposal=x&&&") },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// What every view must be
// ---------------------------------------------------------------------------------------------------------------

/** The parts of a view these tests know; a view may have others with a default (checked by type only). */
const STATE_KEYS = ["proposal", "compare", "mode", "linked", "point", "brief", "step", "at", "asOf", "embed", "origins", "pymChild"];
/** The parts of a view that the URL keeps only with a comparison. */
const COMPARISON_KEYS = ["mode", "linked"];

/** The invariants of a ViewState that the app can show, against what is known. */
function expectShowable(state: ViewState): void {
  const defaults = DEFAULT_STATE as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(state)) {
    if (!STATE_KEYS.includes(k)) {
      expect(Object.keys(defaults), `unexpected key ${k}`).toContain(k);
      expect(typeof v, k).toBe(typeof defaults[k]);
    }
  }
  expect(["full", "differences"]).toContain(state.mode);
  expect(typeof state.linked).toBe("boolean");
  expect(["model-date", "today"]).toContain(state.asOf);
  expect(typeof state.embed).toBe("boolean");
  expect(["auto", "light", "dark"]).toContain(state.theme);
  if (state.proposal !== undefined) expect(proposals).toContain(state.proposal);
  if (state.compare !== undefined) {
    expect(state.compare).toHaveLength(2);
    expect(proposals).toContain(state.compare[0]);
    expect(proposals).toContain(state.compare[1]);
    expect(state.compare[0]).not.toBe(state.compare[1]);
  }
  if (state.point !== undefined) expect(pointIds).toContain(state.point);
  // A step comes with a briefing, and a briefing with a step in its range.
  expect(state.step === undefined).toBe(state.brief === undefined);
  if (state.brief !== undefined) {
    const briefing = known.briefings.find((b) => b.id === state.brief);
    expect(briefing).toBeDefined();
    expect(Number.isInteger(state.step)).toBe(true);
    expect(state.step).toBeGreaterThanOrEqual(1);
    expect(state.step).toBeLessThanOrEqual(briefing!.steps);
  }
  if (state.at !== undefined) expectCameraInRange(state.at);
  // Pym's frame id comes with an embed only: text without spaces, of at most 200 characters.
  if (state.pymChild !== undefined) {
    expect(state.embed).toBe(true);
    expect(state.pymChild).toMatch(/^\S{1,200}$/u);
  }
  if (state.origins !== undefined) {
    expect(state.origins.length).toBeGreaterThan(0);
    for (const o of state.origins) expect(new URL(o).origin).toBe(o);
  }
}

function expectCameraInRange(at: { lon: number; lat: number; distance: number }): void {
  expect(Object.keys(at).sort()).toEqual(["distance", "lat", "lon"]);
  expect(at.lon).toBeGreaterThanOrEqual(-180);
  expect(at.lon).toBeLessThanOrEqual(180);
  expect(at.lat).toBeGreaterThanOrEqual(-90);
  expect(at.lat).toBeLessThanOrEqual(90);
  expect(at.distance).toBeGreaterThanOrEqual(DISTANCE_RANGE[0]);
  expect(at.distance).toBeLessThanOrEqual(DISTANCE_RANGE[1]);
}

/** The parameters of a query string, as the browser reads them. */
const keysOf = (search: string) => [...new URLSearchParams(search).keys()];

/**
 * Every problem names one of the URL's parameters, or says that the address was cut, and its message in each
 * language is a non-empty sentence naming it; the unknown parameters are named in one problem (the first three,
 * the rest counted), and so are the repeated ones; there are never more problems than parameters, plus the two
 * about a cut address.
 */
function expectProblemsNameParameters(search: string, found: readonly UrlProblem[]): void {
  // The parameters read: those that end before the 4,000th character (the first one whole, however long), at most 32.
  const lastWhole = search.lastIndexOf("&", 4000);
  const firstEnd = search.indexOf("&", 1);
  const read = search.length <= 4000 ? search : search.slice(0, lastWhole > 0 ? lastWhole : firstEnd > 0 ? firstEnd : search.length);
  const keys = keysOf(read).slice(0, MAX_PARAMETERS);
  // Pym.js's parameters are expected in an embed (the first embed read is "1"), and unknown elsewhere.
  const embedded = [...new URLSearchParams(read)].slice(0, MAX_PARAMETERS).find(([k]) => k === "embed")?.[1] === "1";
  const expected = (k: string) => embedded && (PYM_PARAMETERS as readonly string[]).includes(k);
  for (const p of found) {
    if (p.code === "ignored") expect(keys).toContain(p.parameter);
    else if (p.code === "unknown" || p.code === "repeated") for (const k of p.parameters) expect(keys).toContain(k);
    else expect(p).toEqual(p.code === "too-many" ? { code: "too-many", limit: 32 } : { code: "too-long", limit: 4000 });
  }
  const problems = (["en", "ru"] as const).flatMap((lang) => found.map((p) => describeUrlProblem(p, lang)));
  const cut = /4,000|4\s000|32/;
  for (const p of problems) {
    expect(typeof p).toBe("string");
    expect(p.trim()).not.toBe("");
    const named = keys.some((k) => p.includes(`"${k.length > 80 ? k.slice(0, 77) : k}`) || p.includes(`${k}="`)) || cut.test(p);
    if (!named) throw new Error(`the message names none of the parameters ${JSON.stringify(keys).slice(0, 200)}: ${p.slice(0, 200)}`);
  }
  // Messages in either language: they are counted, not read.
  const seen = new Set<string>();
  const unknown: string[] = [];
  const repeated = new Set<string>();
  for (const k of keys) {
    const isKnown = (URL_PARAMETERS as readonly string[]).includes(k);
    // An unknown parameter is reported as unknown once, however often it is given; a known one given twice, as repeated.
    if (seen.has(k)) {
      if (isKnown) repeated.add(k);
    } else if (!isKnown && !expected(k)) unknown.push(k);
    seen.add(k);
  }
  for (const list of [unknown, [...repeated]]) {
    const named = list.slice(0, 3).filter((k) => k.length <= 80);
    for (const k of named) expect(problems.some((p) => p.includes(`"${k}"`)), `no message names "${k}"`).toBe(true);
    // One message in each language names them all.
    if (list.length > 1 && named.length) expect(problems.filter((p) => named.every((k) => p.includes(`"${k}"`)))).toHaveLength(2);
  }
  expect(found.length).toBeLessThanOrEqual(keys.length + 2);
}

/**
 * What the URL keeps of a view, as the README says: a briefing step wins over a point, which wins over a
 * comparison and a proposal; mode and link go with a comparison; the camera is kept separately (rounded).
 */
function kept(s: ViewState): Omit<ViewState, "at"> {
  // Whatever has a default (year, embed, …) is kept as it is, except what goes with a comparison.
  const base = { ...DEFAULT_STATE };
  for (const k of Object.keys(DEFAULT_STATE) as (keyof ViewState)[]) {
    if (!COMPARISON_KEYS.includes(k)) Object.assign(base, { [k]: s[k] });
  }
  // The host pages an embed listens to are kept whatever is shown, and so is the frame's Pym id.
  if (s.origins) Object.assign(base, { origins: s.origins });
  if (s.pymChild) Object.assign(base, { pymChild: s.pymChild });
  if (s.brief) return { ...base, brief: s.brief, step: s.step ?? 1 };
  if (s.point) return { ...base, point: s.point };
  if (s.compare) return { ...base, compare: s.compare, mode: s.mode, linked: s.linked };
  if (s.proposal) return { ...base, proposal: s.proposal };
  return base;
}

/** What is on screen for a derived view: globes, emphasis, mode, step, point and camera. */
function screen(d: Screen) {
  return {
    globes: d.globes.map((g) => ({ id: g.resolved.model.id, emphasis: g.emphasis && Array.from(g.emphasis) })),
    mode: d.mode,
    briefing: d.briefing?.id,
    step: d.stepIndex,
    point: d.point?.id,
    camera: d.camera.key,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The specs
// ---------------------------------------------------------------------------------------------------------------

describe("parseUrlState on hostile query strings", () => {
  it("never throws, and always gives a view the app can show (and the URLs reach every parameter)", SLOW, () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(queryArb(), (search) => {
        const { state } = parseUrlState(search, known);
        expectShowable(state);
        for (const [k, v] of Object.entries(state)) if (v !== (DEFAULT_STATE as unknown as Record<string, unknown>)[k]) reached.add(k);
      }),
      runs(2000),
    );
    for (const k of STATE_KEYS) expect(reached, `no URL set ${k}`).toContain(k);
  });

  it("names a parameter in every message, and has a message for every unknown or repeated parameter", SLOW, () => {
    fc.assert(
      fc.property(queryArb(), (search) => {
        expectProblemsNameParameters(search, parseUrlState(search, known).problems);
      }),
      runs(2000),
    );
  });

  it("gives no message for a URL made only of accepted values, each once", SLOW, () => {
    const accepted = fc.record(
      {
        proposal: fc.constantFrom(...proposals),
        mode: fc.constantFrom("full", "differences"),
        link: fc.constantFrom("0", "1"),
        year: fc.constantFrom("2011", "today"),
        embed: fc.constantFrom("0", "1"),
        point: fc.constantFrom(...pointIds),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(accepted, (params) => {
        const search = `?${new URLSearchParams(params as Record<string, string>).toString()}`;
        expect(parseUrlState(search, known).problems).toEqual([]);
      }),
      runs(1000),
    );
  });
});

describe("the URL the app writes for a view", () => {
  it("reads back as the same view, with no messages (round trip of whatever a hostile URL left)", SLOW, () => {
    fc.assert(
      fc.property(queryArb(), (search) => {
        const state = parseUrlState(search, known).state;
        const url = serialiseUrlState(state);
        const back = parseUrlState(url, known);
        expect(back.problems).toEqual([]);
        const { at, ...rest } = back.state;
        expect(rest).toStrictEqual(kept(state));
        expect(at === undefined).toBe(state.at === undefined);
        if (at && state.at) {
          // Written to two decimals: within half a hundredth.
          for (const k of ["lon", "lat", "distance"] as const) expect(Math.abs(at[k] - state.at[k])).toBeLessThanOrEqual(0.005 + 1e-9);
          expectCameraInRange(at);
        }
      }),
      runs(2000),
    );
  });

  it("is a fixed point: the view read back from it writes the very same URL and reads back unchanged", SLOW, () => {
    fc.assert(
      fc.property(queryArb(), (search) => {
        const once = parseUrlState(serialiseUrlState(parseUrlState(search, known).state), known).state;
        const url = serialiseUrlState(once);
        expect(parseUrlState(url, known)).toStrictEqual({ state: once, problems: [] });
        expect(serialiseUrlState(parseUrlState(url, known).state)).toBe(url);
      }),
      runs(2000),
    );
  });
});

describe("screenFor for any view a URL can give, with the real models", () => {
  it("never throws and always shows a globe; its globes are known models and its camera is in range", SLOW, () => {
    fc.assert(
      fc.property(queryArb(), fc.boolean(), (search, asTheAppDoes) => {
        const parsed = parseUrlState(search, known).state;
        // The app fills in the fallback proposal when the URL names none.
        const state = asTheAppDoes ? { ...parsed, proposal: parsed.proposal ?? fallback } : parsed;
        const d = deriveView(state);
        expect([1, 2]).toContain(d.globes.length);
        for (const g of d.globes) expect(proposals).toContain(g.resolved.model.id);
        expectCameraInRange(d.camera.at);
        if (state.brief) {
          expect(d.briefing?.id).toBe(state.brief);
          expect(d.stepIndex).toBe(state.step! - 1);
        }
      }),
      runs(2000),
    );
  });

  it("the shared URL shows what was on screen", SLOW, () => {
    fc.assert(
      fc.property(queryArb(), (search) => {
        const state = parseUrlState(search, known).state;
        const back = parseUrlState(serialiseUrlState(state), known).state;
        const before = deriveView(state);
        const after = deriveView(back);
        expect(screen(after)).toStrictEqual(screen(before));
        for (const k of ["lon", "lat", "distance"] as const) {
          expect(Math.abs(after.camera.at[k] - before.camera.at[k])).toBeLessThanOrEqual(0.005 + 1e-9);
        }
      }),
      runs(1000),
    );
  });

  it("never throws and never gives null with only one valid model, even when briefings and points show the other", SLOW, () => {
    fc.assert(
      fc.property(queryArb(), fc.constantFrom(0, 1), (search, which) => {
        const only = proposals[which]!;

        // The URL is read against everything, as if the other model had been valid when the link was made.
        const state = parseUrlState(search, known).state;
        const d = deriveView(state, catalogueOf([only]));
        expect(d.globes.map((g) => g.resolved.model.id)).toEqual([only]);
      }),
      runs(1000),
    );
  });
});
