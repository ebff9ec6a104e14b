import { describe, expect, it } from "vitest";
import { DISTANCE_RANGE, LAT_RANGE, LON_RANGE, View } from "../../../src/model/schema";
import { describeUrlProblem, type UrlProblem } from "../../../src/state/urlProblems";
import { DEFAULT_STATE, URL_PARAMETERS, parseAt, parseUrlState, serialiseUrlState, type ViewState } from "../../../src/state/urlState";

const NATO = "nato-two-systems";
const RUSSIA = "russia-sectors";
const KNOWN = { proposals: [NATO, RUSSIA], briefings: [{ id: "may-2011", steps: 8 }] };

/** A view state: the defaults written out by hand (full, linked, as of each model's date, not embedded, in English) with the given changes. */
const view = (changes: Partial<ViewState> = {}): ViewState => ({ mode: "full", linked: true, asOf: "model-date", embed: false, lang: "en", theme: "auto", ...changes });

/** The camera's distance limits, in globe radii, as the schema gives them (written out by hand). */
const DISTANCE: readonly [number, number] = [1.35, 6];

/** Expects exactly one problem: the parameter ignored, with its value (when given) verbatim. */
function expectOneProblemNaming(problems: UrlProblem[], key: string, value?: string) {
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  const p = problems[0]!;
  if (p.code === "ignored") {
    expect(p.parameter).toBe(key);
    if (value !== undefined) expect(p.value).toBe(value);
  } else expect(p).toEqual({ code: expect.stringMatching(/^(unknown|repeated)$/), parameters: [key], more: 0 });
}

describe("DEFAULT_STATE", () => {
  it("is a full, linked, not embedded view of no particular proposal, as of each model's own date, in English", () => {
    expect(DEFAULT_STATE).toEqual({ mode: "full", linked: true, asOf: "model-date", embed: false, lang: "en", theme: "auto" });
  });
});

describe("parseUrlState: each parameter accepted", () => {
  it("an empty query string gives the defaults and no problems", () => {
    expect(parseUrlState("", KNOWN)).toEqual({ state: view(), problems: [] });
    expect(parseUrlState("?", KNOWN)).toEqual({ state: view(), problems: [] });
  });
  it("proposal=<id> selects it", () => {
    expect(parseUrlState(`?proposal=${RUSSIA}`, KNOWN)).toEqual({ state: view({ proposal: RUSSIA }), problems: [] });
  });
  it("accepts the query string without its leading ?", () => {
    expect(parseUrlState(`proposal=${NATO}`, KNOWN)).toEqual({ state: view({ proposal: NATO }), problems: [] });
  });
  it("decodes percent-encoded values", () => {
    expect(parseUrlState("?proposal=russia%2Dsectors", KNOWN).state.proposal).toBe(RUSSIA);
    expect(parseUrlState(`?compare=${NATO}%2C${RUSSIA}`, KNOWN).state.compare).toEqual([NATO, RUSSIA]);
  });
  it("compare=a,b sets the two proposals side by side, in the order given", () => {
    expect(parseUrlState(`?compare=${NATO},${RUSSIA}`, KNOWN)).toEqual({ state: view({ compare: [NATO, RUSSIA] }), problems: [] });
    expect(parseUrlState(`?compare=${RUSSIA},${NATO}`, KNOWN).state.compare).toEqual([RUSSIA, NATO]);
  });
  it("mode=differences and mode=full", () => {
    expect(parseUrlState(`?compare=${NATO},${RUSSIA}&mode=differences`, KNOWN)).toEqual({
      state: view({ compare: [NATO, RUSSIA], mode: "differences" }),
      problems: [],
    });
    expect(parseUrlState("?mode=full", KNOWN)).toEqual({ state: view({ mode: "full" }), problems: [] });
  });
  it("link=0 unlinks the cameras and link=1 links them", () => {
    expect(parseUrlState("?link=0", KNOWN)).toEqual({ state: view({ linked: false }), problems: [] });
    expect(parseUrlState("?link=1", KNOWN)).toEqual({ state: view({ linked: true }), problems: [] });
  });
  it("brief=<id>&step=N opens step N, counted from 1", () => {
    expect(parseUrlState("?brief=may-2011&step=5", KNOWN)).toEqual({ state: view({ brief: "may-2011", step: 5 }), problems: [] });
  });
  it("accepts the first and the last step", () => {
    expect(parseUrlState("?brief=may-2011&step=1", KNOWN).state.step).toBe(1);
    expect(parseUrlState("?brief=may-2011&step=8", KNOWN).state.step).toBe(8);
  });
  it("brief without step opens step 1", () => {
    expect(parseUrlState("?brief=may-2011", KNOWN)).toEqual({ state: view({ brief: "may-2011", step: 1 }), problems: [] });
  });
  it("step may come before brief", () => {
    expect(parseUrlState("?step=3&brief=may-2011", KNOWN)).toEqual({ state: view({ brief: "may-2011", step: 3 }), problems: [] });
  });
  it("at=lon,lat,distance sets the camera", () => {
    expect(parseUrlState(`?proposal=${RUSSIA}&at=30,50,2.5`, KNOWN)).toEqual({
      state: view({ proposal: RUSSIA, at: { lon: 30, lat: 50, distance: 2.5 } }),
      problems: [],
    });
  });
  it("embed=1 embeds and embed=0 does not", () => {
    expect(parseUrlState("?embed=1", KNOWN)).toEqual({ state: view({ embed: true }), problems: [] });
    expect(parseUrlState("?embed=0", KNOWN)).toEqual({ state: view({ embed: false }), problems: [] });
  });
  it("all parameters at once", () => {
    expect(parseUrlState(`?compare=${RUSSIA},${NATO}&mode=differences&link=0&at=-10.5,20.25,3&embed=1`, KNOWN)).toEqual({
      state: view({ compare: [RUSSIA, NATO], mode: "differences", linked: false, at: { lon: -10.5, lat: 20.25, distance: 3 }, embed: true }),
      problems: [],
    });
  });
});

describe("parseUrlState: a malformed parameter is ignored on its own, with one problem naming it", () => {
  // Each URL carries one bad parameter and some good ones; the good ones must still apply.
  const AT = "at=10,20,3";
  const at = { lon: 10, lat: 20, distance: 3 };
  /** The problem for a parameter ignored, written out. */
  const ignored = (parameter: string, value: string, reason: object) => ({ code: "ignored", parameter, value, reason });
  const unknown = (name: string) => ({ code: "unknown", parameters: [name], more: 0 });
  const camera = (value: string) => ignored("at", value, { code: "not-camera", distance: DISTANCE });
  const step = (value: string) => ignored("step", value, { code: "step-range", steps: 8 });
  const cases: { what: string; search: string; problem: object; state: ViewState }[] = [
    {
      what: "an unknown proposal",
      search: `?proposal=warsaw-pact&${AT}&embed=1`,
      problem: ignored("proposal", "warsaw-pact", { code: "no-proposal", ids: ["warsaw-pact"] }),
      state: view({ at, embed: true }),
    },
    { what: "an empty proposal", search: `?proposal=&${AT}`, problem: ignored("proposal", "", { code: "no-proposal", ids: [""] }), state: view({ at }) },
    {
      what: "a proposal in the wrong case",
      search: `?proposal=Russia-Sectors&link=0`,
      problem: ignored("proposal", "Russia-Sectors", { code: "no-proposal", ids: ["Russia-Sectors"] }),
      state: view({ linked: false }),
    },
    {
      what: "a proposal with .json",
      search: `?proposal=${RUSSIA}.json&${AT}`,
      problem: ignored("proposal", "russia-sectors.json", { code: "no-proposal", ids: ["russia-sectors.json"] }),
      state: view({ at }),
    },
    {
      what: "compare with one id",
      search: `?compare=${NATO}&mode=differences&${AT}`,
      problem: ignored("compare", "nato-two-systems", { code: "two-proposals" }),
      state: view({ mode: "differences", at }),
    },
    {
      what: "compare with three ids",
      search: `?compare=${NATO},${RUSSIA},${NATO}&link=0&${AT}`,
      problem: ignored("compare", "nato-two-systems,russia-sectors,nato-two-systems", { code: "two-proposals" }),
      state: view({ linked: false, at }),
    },
    {
      what: "compare with the same id twice",
      search: `?compare=${NATO},${NATO}&mode=differences`,
      problem: ignored("compare", "nato-two-systems,nato-two-systems", { code: "same-twice" }),
      state: view({ mode: "differences" }),
    },
    {
      what: "compare with an unknown id",
      search: `?compare=${NATO},warsaw-pact&embed=1`,
      problem: ignored("compare", "nato-two-systems,warsaw-pact", { code: "no-proposal", ids: ["warsaw-pact"] }),
      state: view({ embed: true }),
    },
    { what: "an empty compare", search: `?compare=&proposal=${NATO}`, problem: ignored("compare", "", { code: "two-proposals" }), state: view({ proposal: NATO }) },
    {
      what: "mode=other",
      search: `?compare=${NATO},${RUSSIA}&mode=other&link=0`,
      problem: ignored("mode", "other", { code: "not-mode" }),
      state: view({ compare: [NATO, RUSSIA], linked: false }),
    },
    {
      what: "link=yes",
      search: `?compare=${NATO},${RUSSIA}&link=yes&mode=differences`,
      problem: ignored("link", "yes", { code: "not-link" }),
      state: view({ compare: [NATO, RUSSIA], mode: "differences" }),
    },
    {
      what: "an unknown briefing",
      search: `?brief=june-2011&proposal=${RUSSIA}`,
      problem: ignored("brief", "june-2011", { code: "no-briefing", id: "june-2011" }),
      state: view({ proposal: RUSSIA }),
    },
    {
      what: "step without brief",
      search: `?step=2&proposal=${RUSSIA}&${AT}`,
      problem: ignored("step", "2", { code: "no-briefing-to-step" }),
      state: view({ proposal: RUSSIA, at }),
    },
    { what: "step 0 (steps count from 1)", search: `?brief=may-2011&step=0&embed=1`, problem: step("0"), state: view({ brief: "may-2011", step: 1, embed: true }) },
    { what: "a step beyond the last", search: `?brief=may-2011&step=9&${AT}`, problem: step("9"), state: view({ brief: "may-2011", step: 1, at }) },
    { what: "step=abc", search: `?brief=may-2011&step=abc`, problem: step("abc"), state: view({ brief: "may-2011", step: 1 }) },
    { what: "a negative step", search: `?brief=may-2011&step=-2`, problem: step("-2"), state: view({ brief: "may-2011", step: 1 }) },
    { what: "a fractional step", search: `?brief=may-2011&step=2.5`, problem: step("2.5"), state: view({ brief: "may-2011", step: 1 }) },
    { what: "a malformed at", search: `?at=east&proposal=${RUSSIA}`, problem: camera("east"), state: view({ proposal: RUSSIA }) },
    { what: "an at with two numbers", search: `?at=30,50&proposal=${RUSSIA}`, problem: camera("30,50"), state: view({ proposal: RUSSIA }) },
    { what: "an at off the globe", search: `?at=200,50,2&embed=1`, problem: camera("200,50,2"), state: view({ embed: true }) },
    { what: "an at north of the pole", search: `?at=20,90.5,2&embed=1`, problem: camera("20,90.5,2"), state: view({ embed: true }) },
    { what: "an at closer than the camera may come", search: `?at=30,50,1.34&proposal=${NATO}`, problem: camera("30,50,1.34"), state: view({ proposal: NATO }) },
    { what: "an at farther than the camera may go", search: `?at=30,50,6.01&proposal=${NATO}`, problem: camera("30,50,6.01"), state: view({ proposal: NATO }) },
    { what: "embed=2", search: `?embed=2&proposal=${NATO}&${AT}`, problem: ignored("embed", "2", { code: "not-embed" }), state: view({ proposal: NATO, at }) },
    { what: "embed=true", search: `?embed=true&link=0`, problem: ignored("embed", "true", { code: "not-embed" }), state: view({ linked: false }) },
    { what: "year=2024", search: `?year=2024&link=0`, problem: ignored("year", "2024", { code: "not-year" }), state: view({ linked: false }) },
    { what: "year=model-date (the view's own name is not the URL's)", search: `?year=model-date`, problem: ignored("year", "model-date", { code: "not-year" }), state: view() },
    {
      what: "origins that are not origins",
      search: `?origins=news.example&embed=1`,
      problem: ignored("origins", "news.example", { code: "not-origins", max: 8 }),
      state: view({ embed: true }),
    },
    { what: "an unknown parameter", search: `?language=ru&proposal=${RUSSIA}&${AT}`, problem: unknown("language"), state: view({ proposal: RUSSIA, at }) },
    { what: "lang=de", search: `?lang=de&proposal=${RUSSIA}&${AT}`, problem: ignored("lang", "de", { code: "not-lang" }), state: view({ proposal: RUSSIA, at }) },
    { what: "lang=RU (languages are lower case)", search: `?lang=RU&link=0`, problem: ignored("lang", "RU", { code: "not-lang" }), state: view({ linked: false }) },
    { what: "an empty lang", search: `?lang=&embed=1`, problem: ignored("lang", "", { code: "not-lang" }), state: view({ embed: true }) },
    { what: "a parameter that differs only in case", search: `?Proposal=${RUSSIA}&${AT}`, problem: unknown("Proposal"), state: view({ at }) },
  ];
  for (const c of cases) {
    it(`${c.what}: ${c.search}`, () => {
      const r = parseUrlState(c.search, KNOWN);
      expect(r.state).toEqual(c.state);
      expect(r.problems).toEqual([c.problem]);
    });
  }

  it("a repeated parameter is reported once, naming it, and only the first value is used", () => {
    const r = parseUrlState(`?proposal=${RUSSIA}&proposal=${NATO}&${AT}`, KNOWN);
    expect(r.state).toEqual(view({ proposal: RUSSIA, at }));
    expect(r.problems).toEqual([{ code: "repeated", parameters: ["proposal"], more: 0 }]);
  });
  it("a repeated step uses the first", () => {
    const r = parseUrlState("?brief=may-2011&step=2&step=3", KNOWN);
    expect(r.state).toEqual(view({ brief: "may-2011", step: 2 }));
    expect(r.problems).toEqual([{ code: "repeated", parameters: ["step"], more: 0 }]);
  });
  it("a repeated parameter whose first value was bad gives two problems and does not take the second", () => {
    const r = parseUrlState(`?proposal=nope&proposal=${RUSSIA}`, KNOWN);
    expect(r.state).toEqual(view());
    expect(r.problems).toEqual([
      { code: "ignored", parameter: "proposal", value: "nope", reason: { code: "no-proposal", ids: ["nope"] } },
      { code: "repeated", parameters: ["proposal"], more: 0 },
    ]);
  });
  it("reports each unknown parameter once, in order", () => {
    const r = parseUrlState(`?a=1&b=2&a=3&proposal=${NATO}`, KNOWN);
    expect(r.state).toEqual(view({ proposal: NATO }));
    // Unknown parameters share one problem, in the order of the address; an unknown one given twice is not "repeated".
    expect(r.problems).toEqual([{ code: "unknown", parameters: ["a", "b"], more: 0 }]);
  });
  it("gives the problems in order: values ignored, repeated, unknown, then the step", () => {
    const r = parseUrlState(`?step=2&x=1&mode=other&mode=full`, KNOWN);
    expect(r.problems).toEqual([
      { code: "ignored", parameter: "mode", value: "other", reason: { code: "not-mode" } },
      { code: "repeated", parameters: ["mode"], more: 0 },
      { code: "unknown", parameters: ["x"], more: 0 },
      { code: "ignored", parameter: "step", value: "2", reason: { code: "no-briefing-to-step" } },
    ]);
  });
  it("a step with an unknown briefing gives a problem for each", () => {
    const r = parseUrlState("?brief=june-2011&step=2", KNOWN);
    expect(r.state).toEqual(view());
    expect(r.problems).toEqual([
      { code: "ignored", parameter: "brief", value: "june-2011", reason: { code: "no-briefing", id: "june-2011" } },
      { code: "ignored", parameter: "step", value: "2", reason: { code: "no-briefing-to-step" } },
    ]);
  });
  it("the step range is the briefing's own number of steps", () => {
    const known = { proposals: [NATO], briefings: [{ id: "short", steps: 2 }, { id: "long", steps: 12 }] };
    expect(parseUrlState("?brief=long&step=12", known)).toEqual({ state: view({ brief: "long", step: 12 }), problems: [] });
    const r = parseUrlState("?brief=short&step=3", known);
    expect(r.state).toEqual(view({ brief: "short", step: 1 }));
    expect(r.problems).toEqual([{ code: "ignored", parameter: "step", value: "3", reason: { code: "step-range", steps: 2 } }]);
  });
  it("knows only the proposals it is told of", () => {
    const r = parseUrlState(`?proposal=${RUSSIA}`, { proposals: [NATO], briefings: [] });
    expect(r.state).toEqual(view());
    expectOneProblemNaming(r.problems, "proposal", RUSSIA);
  });
  it("names in a compare only the ids that are not proposals", () => {
    const r = parseUrlState("?compare=x,y", KNOWN);
    expect(r.problems).toEqual([{ code: "ignored", parameter: "compare", value: "x,y", reason: { code: "no-proposal", ids: ["x", "y"] } }]);
  });
});

describe("serialiseUrlState", () => {
  it("writes nothing for the defaults", () => {
    expect(serialiseUrlState(view())).toBe("");
  });
  it('writes "?proposal=<id>"', () => {
    expect(serialiseUrlState(view({ proposal: RUSSIA }))).toBe(`?proposal=${RUSSIA}`);
  });
  it("writes compare ids with a literal comma, and leaves out mode=full and link=1", () => {
    expect(serialiseUrlState(view({ compare: [NATO, RUSSIA] }))).toBe(`?compare=${NATO},${RUSSIA}`);
  });
  it("writes mode=differences and link=0 for a comparison", () => {
    const s = serialiseUrlState(view({ compare: [RUSSIA, NATO], mode: "differences", linked: false }));
    expect(s).toBe(`?compare=${RUSSIA},${NATO}&mode=differences&link=0`);
  });
  it("writes brief and step", () => {
    expect(serialiseUrlState(view({ brief: "may-2011", step: 3 }))).toBe("?brief=may-2011&step=3");
  });
  it("writes embed=1, never embed=0", () => {
    expect(serialiseUrlState(view({ proposal: NATO, embed: true }))).toBe(`?proposal=${NATO}&embed=1`);
    expect(serialiseUrlState(view({ proposal: NATO, embed: false }))).not.toContain("embed");
  });
  it("never writes mode=full, link=1 or embed=0", () => {
    const states = [view({ proposal: NATO }), view({ compare: [NATO, RUSSIA] }), view({ brief: "may-2011", step: 2 }), view()];
    for (const state of states) {
      const s = serialiseUrlState(state);
      expect(s).not.toContain("mode=full");
      expect(s).not.toContain("link=1");
      expect(s).not.toContain("embed=0");
    }
  });
  it("writes at as lon,lat,distance rounded to two decimals, with literal commas", () => {
    const s = serialiseUrlState(view({ proposal: RUSSIA, at: { lon: 22.123456, lat: -50.005001, distance: 2.7 } }));
    expect(s).toBe(`?proposal=${RUSSIA}&at=22.12,-50.01,2.7`);
  });
  it("leaves at out when there is none", () => {
    expect(serialiseUrlState(view({ proposal: RUSSIA }))).not.toContain("at=");
  });
  it("encodes characters that need it, and still round-trips", () => {
    const odd = "a b&c=d";
    const s = serialiseUrlState(view({ proposal: odd }));
    expect(s).not.toContain(" ");
    expect(parseUrlState(s, { proposals: [odd], briefings: [] })).toEqual({ state: view({ proposal: odd }), problems: [] });
  });
});

describe("round trips: parseUrlState(serialiseUrlState(state)) gives the state back with no problems", () => {
  const states: [string, ViewState][] = [
    ["NATO's proposal", view({ proposal: NATO })],
    ["Russia's proposal", view({ proposal: RUSSIA })],
    ["a proposal with a camera", view({ proposal: RUSSIA, at: { lon: -73.5, lat: 40.25, distance: 2.75 } })],
    ["a comparison in full", view({ compare: [NATO, RUSSIA] })],
    ["a comparison of differences", view({ compare: [RUSSIA, NATO], mode: "differences" })],
    ["an unlinked comparison", view({ compare: [NATO, RUSSIA], linked: false })],
    ["an unlinked comparison of differences with a camera", view({ compare: [NATO, RUSSIA], mode: "differences", linked: false, at: { lon: 28, lat: 52, distance: 2.6 } })],
    ["briefing step 3", view({ brief: "may-2011", step: 3 })],
    ["briefing step 3 with a camera", view({ brief: "may-2011", step: 3, at: { lon: 30, lat: 50, distance: 2.2 } })],
    ["an embedded proposal", view({ proposal: NATO, embed: true })],
    ["an embedded comparison", view({ compare: [NATO, RUSSIA], mode: "differences", embed: true })],
    ["the defaults", view()],
  ];
  for (const [what, state] of states) {
    it(what, () => {
      expect(parseUrlState(serialiseUrlState(state), KNOWN)).toEqual({ state, problems: [] });
    });
  }
  it("a camera at the edges of its range", () => {
    for (const distance of DISTANCE_RANGE) {
      for (const [lon, lat] of [[180, -90], [-180, 90]] as const) {
        const state = view({ proposal: NATO, at: { lon, lat, distance } });
        expect(parseUrlState(serialiseUrlState(state), KNOWN)).toEqual({ state, problems: [] });
      }
    }
  });
});

describe("parseAt (camera: lon,lat,distance)", () => {
  it("takes its ranges from the schema's camera view, the one a model's view is checked against", () => {
    expect(LON_RANGE).toEqual([-180, 180]);
    expect(LAT_RANGE).toEqual([-90, 90]);
    expect(DISTANCE_RANGE).toEqual([1.35, 6]);
    for (const [lon, lat, distance, inRange] of [
      [180, 90, 6, true],
      [-180, -90, 1.35, true],
      [180.5, 0, 2, false],
      [0, -90.01, 2, false],
      [0, 0, 1.3, false],
      [0, 0, 6.5, false],
    ] as const) {
      expect(View.safeParse({ lon, lat, distance }).success, `${lon},${lat},${distance}`).toBe(inRange);
      expect(parseAt(`${lon},${lat},${distance}`) !== null, `${lon},${lat},${distance}`).toBe(inRange);
    }
  });
  it("reads three numbers", () => {
    expect(parseAt("30,50,2.5")).toEqual({ lon: 30, lat: 50, distance: 2.5 });
  });
  it("accepts negative and decimal coordinates", () => {
    expect(parseAt("-122.42,37.77,3")).toEqual({ lon: -122.42, lat: 37.77, distance: 3 });
  });
  it("accepts the edges of the ranges", () => {
    expect(parseAt(`-180,-90,${DISTANCE_RANGE[0]}`)).toEqual({ lon: -180, lat: -90, distance: DISTANCE_RANGE[0] });
    expect(parseAt(`180,90,${DISTANCE_RANGE[1]}`)).toEqual({ lon: 180, lat: 90, distance: DISTANCE_RANGE[1] });
  });
  it("rejects malformed values", () => {
    for (const bad of ["", "30,50", "30,50,2.5,1", "a,b,c", "30,,2.5", "30,50,", "NaN,0,2", "Infinity,0,2"]) expect(parseAt(bad), bad).toBeNull();
  });
  it("rejects a point off the globe or a distance outside the camera's limits", () => {
    for (const bad of ["181,0,2.5", "-181,0,2.5", "0,91,2.5", "0,-91,2.5", "0,0,0.5", "0,0,100", `0,0,${DISTANCE_RANGE[0] - 0.001}`, `0,0,${DISTANCE_RANGE[1] + 0.001}`])
      expect(parseAt(bad), bad).toBeNull();
  });
});

describe("the year parameter (the view's asOf)", () => {
  it("year=today and year=2011 are read as today and each model's own date; anything else is ignored with a problem naming it", () => {
    expect(parseUrlState(`?proposal=${NATO}&year=today`, KNOWN)).toEqual({ state: view({ proposal: NATO, asOf: "today" }), problems: [] });
    expect(parseUrlState(`?year=2011`, KNOWN)).toEqual({ state: view({ asOf: "model-date" }), problems: [] });
    expect(parseUrlState(`?year=today&year=2011`, KNOWN).state.asOf).toBe("today");
    const r = parseUrlState(`?year=2024&proposal=${RUSSIA}`, KNOWN);
    expectOneProblemNaming(r.problems, "year", "2024");
    expect(r.state).toEqual(view({ proposal: RUSSIA }));
  });
  it("is written only when it is not the default, and round-trips", () => {
    expect(serialiseUrlState(view({ proposal: NATO }))).not.toContain("year");
    expect(serialiseUrlState(view({ proposal: NATO, asOf: "model-date" }))).toBe(`?proposal=${NATO}`);
    const today = view({ compare: [NATO, RUSSIA], asOf: "today" });
    expect(serialiseUrlState(today)).toBe(`?compare=${NATO},${RUSSIA}&year=today`);
    expect(parseUrlState(serialiseUrlState(today), KNOWN)).toEqual({ state: today, problems: [] });
  });
});

describe("the point parameter", () => {
  const known = { ...KNOWN, points: ["one-system-or-two"] };
  it("point=<id> shows a known point of contention and round-trips", () => {
    const r = parseUrlState("?point=one-system-or-two", known);
    expect(r).toEqual({ state: view({ point: "one-system-or-two" }), problems: [] });
    expect(parseUrlState(serialiseUrlState(r.state), known)).toEqual(r);
  });
  it("an unknown point is ignored with a problem naming it, the rest applies", () => {
    const r = parseUrlState(`?point=nowhere&proposal=${RUSSIA}`, known);
    expectOneProblemNaming(r.problems, "point", "nowhere");
    expect(r.state).toEqual(view({ proposal: RUSSIA }));
  });
});

describe("the lang parameter", () => {
  it("lang=ru and lang=en are read", () => {
    expect(parseUrlState(`?proposal=${NATO}&lang=ru`, KNOWN)).toEqual({ state: view({ proposal: NATO, lang: "ru" }), problems: [] });
    expect(parseUrlState("?lang=en", KNOWN)).toEqual({ state: view(), problems: [] });
  });
  it("is in URL_PARAMETERS", () => {
    expect(URL_PARAMETERS).toContain("lang");
  });
  it("is written only when it is not the default, and round-trips", () => {
    expect(serialiseUrlState(view({ proposal: NATO }))).not.toContain("lang");
    for (const state of [view({ proposal: RUSSIA, lang: "ru" }), view({ compare: [NATO, RUSSIA], mode: "differences", lang: "ru", asOf: "today" }), view({ brief: "may-2011", step: 4, lang: "ru", embed: true })]) {
      expect(serialiseUrlState(state)).toContain("lang=ru");
      expect(parseUrlState(serialiseUrlState(state), KNOWN)).toEqual({ state, problems: [] });
    }
  });
  it("a repeated lang uses the first", () => {
    const r = parseUrlState("?lang=ru&lang=en", KNOWN);
    expect(r.state).toEqual(view({ lang: "ru" }));
    expect(r.problems).toEqual([{ code: "repeated", parameters: ["lang"], more: 0 }]);
  });
});

describe("the theme parameter", () => {
  it("theme=dark, theme=light and theme=auto are read", () => {
    expect(parseUrlState(`?proposal=${NATO}&theme=dark`, KNOWN)).toEqual({ state: view({ proposal: NATO, theme: "dark" }), problems: [] });
    expect(parseUrlState("?theme=light", KNOWN)).toEqual({ state: view({ theme: "light" }), problems: [] });
    expect(parseUrlState("?theme=auto", KNOWN)).toEqual({ state: view(), problems: [] });
  });
  it("is auto by default, and is in URL_PARAMETERS", () => {
    expect(DEFAULT_STATE.theme).toBe("auto");
    expect(URL_PARAMETERS).toContain("theme");
  });
  it("is written only when it is not auto, and round-trips", () => {
    expect(serialiseUrlState(view({ proposal: NATO }))).toBe(`?proposal=${NATO}`);
    expect(serialiseUrlState(view({ proposal: NATO, theme: "auto" }))).toBe(`?proposal=${NATO}`);
    expect(serialiseUrlState(view({ proposal: NATO, theme: "dark" }))).toBe(`?proposal=${NATO}&theme=dark`);
    for (const state of [view({ proposal: RUSSIA, theme: "light" }), view({ brief: "may-2011", step: 4, lang: "ru", embed: true, theme: "dark" })]) {
      expect(parseUrlState(serialiseUrlState(state), KNOWN)).toEqual({ state, problems: [] });
    }
  });
  it("a value that is not a theme is ignored with a problem naming it, and the rest applies", () => {
    for (const value of ["sepia", "Dark", "", "1", "dark "]) {
      const r = parseUrlState(`?theme=${encodeURIComponent(value)}&proposal=${RUSSIA}`, KNOWN);
      expect(r.state).toEqual(view({ proposal: RUSSIA }));
      expect(r.problems).toEqual([{ code: "ignored", parameter: "theme", value, reason: { code: "not-theme" } }]);
    }
  });
  it("says why in the language shown", () => {
    const [problem] = parseUrlState("?theme=sepia", KNOWN).problems;
    expect(describeUrlProblem(problem!, "en")).toBe('The URL parameter theme="sepia" was ignored: it must be "auto" (as the system prefers), "light" or "dark".');
    expect(describeUrlProblem(problem!, "ru")).toBe('Параметр адреса theme="sepia" не учтён: допустимы значения "auto" (как в настройках системы), "light" (светлая тема) или "dark" (тёмная).');
  });
  it("a repeated theme uses the first", () => {
    const r = parseUrlState("?theme=dark&theme=light", KNOWN);
    expect(r.state).toEqual(view({ theme: "dark" }));
    expect(r.problems).toEqual([{ code: "repeated", parameters: ["theme"], more: 0 }]);
  });
});

describe("problems are data, in no language", () => {
  it("are the same whatever language the URL asks for (their words are describeUrlProblem's)", () => {
    const en = parseUrlState(`?proposal=warsaw-pact&mode=other`, KNOWN);
    const ru = parseUrlState(`?proposal=warsaw-pact&mode=other&lang=ru`, KNOWN);
    expect(ru.state).toEqual(view({ lang: "ru" }));
    expect(ru.problems).toEqual(en.problems);
    expect(en.problems).toEqual([
      { code: "ignored", parameter: "proposal", value: "warsaw-pact", reason: { code: "no-proposal", ids: ["warsaw-pact"] } },
      { code: "ignored", parameter: "mode", value: "other", reason: { code: "not-mode" } },
    ]);
  });
});

describe("addresses that would bury the globe under messages", () => {
  it("1,500 unknown parameters: one problem naming three and counting the rest, one for each cut", () => {
    const search = `?${Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join("&")}&proposal=${NATO}`;
    const r = parseUrlState(search, KNOWN);
    expect(r.problems).toEqual([
      { code: "unknown", parameters: ["k0", "k1", "k2"], more: 29 },
      { code: "too-many", limit: 32 },
      { code: "too-long", limit: 4000 },
    ]);
  });
  it("the same parameter 5,000 times: one problem", () => {
    const r = parseUrlState(`?proposal=${NATO}&${"a=1&".repeat(5000)}`, KNOWN);
    expect(r.state.proposal).toBe(NATO);
    expect(r.problems).toEqual([
      { code: "unknown", parameters: ["a"], more: 0 },
      { code: "too-many", limit: 32 },
      { code: "too-long", limit: 4000 },
    ]);
  });
  it("an 800 KB address answers at once: the rest past 4,000 characters is not read (a guard against a hang)", () => {
    const started = Date.now();
    const r = parseUrlState(`?proposal=${NATO}&x=${"y".repeat(800_000)}`, KNOWN);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(r.state.proposal).toBe(NATO);
    expect(r.problems).toEqual([{ code: "too-long", limit: 4000 }]);
  });
  it("keeps a long parameter name verbatim (the words shorten it)", () => {
    const r = parseUrlState(`?${"k".repeat(500)}=1`, KNOWN);
    expect(r.problems).toEqual([{ code: "unknown", parameters: ["k".repeat(500)], more: 0 }]);
  });
  it("keeps a long value verbatim, the first parameter read whole however long", () => {
    const r = parseUrlState(`?proposal=${"x".repeat(5000)}&mode=full`, KNOWN);
    expect(r.problems).toEqual([
      { code: "ignored", parameter: "proposal", value: "x".repeat(5000), reason: { code: "no-proposal", ids: ["x".repeat(5000)] } },
      { code: "too-long", limit: 4000 },
    ]);
  });
});

describe("the URL's number grammar: decimal numbers only", () => {
  it("at takes three decimal numbers: no hexadecimal, exponent, spaces or empty parts", () => {
    for (const at of ["0x10,0,2", "1e1,0,2", " 10,0,2", "10, 0,2", "10,0,2 ", "10,,2", "+10,0,2", "10.,0,2", ".5,0,2", "Infinity,0,2"]) {
      expect(parseUrlState(`?at=${encodeURIComponent(at)}`, KNOWN).state.at, at).toBeUndefined();
    }
    expect(parseUrlState("?at=-10.5,0,2", KNOWN).state.at).toEqual({ lon: -10.5, lat: 0, distance: 2 });
  });
  it("step is a whole number without leading zeros", () => {
    for (const step of ["01", "1.0", "+1", " 1", "1e0", "0x1"]) {
      const r = parseUrlState(`?brief=may-2011&step=${encodeURIComponent(step)}`, KNOWN);
      expect(r.state.step, step).toBe(1); // the briefing opens at its first step, the bad value ignored
      expect(r.problems, step).toHaveLength(1);
    }
    expect(parseUrlState("?brief=may-2011&step=2", KNOWN).state.step).toBe(2);
  });
});

describe("the origins parameter (embedded: the host pages whose commands the globe follows)", () => {
  it("origins=<origin>,<origin> is read, and is in URL_PARAMETERS", () => {
    expect(parseUrlState("?embed=1&origins=https://news.example,http://127.0.0.1:8080", KNOWN)).toEqual({
      state: view({ embed: true, origins: ["https://news.example", "http://127.0.0.1:8080"] }),
      problems: [],
    });
    expect(URL_PARAMETERS).toContain("origins");
  });
  it("reads percent-encoded origins as the browser writes them", () => {
    expect(parseUrlState("?origins=https%3A%2F%2Fnews.example", KNOWN).state.origins).toEqual(["https://news.example"]);
  });
  it("a list with anything but exact origins is ignored whole, with a problem naming it; the rest applies", () => {
    for (const bad of ["*", "https://news.example/", "https://news.example,https://news.example", "news.example", ""]) {
      const r = parseUrlState(`?embed=1&origins=${encodeURIComponent(bad)}&proposal=${RUSSIA}`, KNOWN);
      expect(r.state, bad).toEqual(view({ embed: true, proposal: RUSSIA }));
      expectOneProblemNaming(r.problems, "origins", bad);
    }
  });
  it("is written readably (no escaped colons, slashes or commas) and round-trips", () => {
    const state = view({ brief: "may-2011", step: 2, embed: true, origins: ["https://news.example", "http://127.0.0.1:8080"] });
    const s = serialiseUrlState(state);
    expect(s).toBe("?brief=may-2011&step=2&embed=1&origins=https://news.example,http://127.0.0.1:8080");
    expect(parseUrlState(s, KNOWN)).toEqual({ state, problems: [] });
  });
  it("is left out when there are none", () => {
    expect(serialiseUrlState(view({ embed: true }))).toBe("?embed=1");
    expect(serialiseUrlState(view({ embed: true, origins: [] }))).toBe("?embed=1");
  });
});

describe("the parameters Pym.js's parent adds to its frame's address (initialWidth, childId, parentTitle, parentUrl)", () => {
  /** The address Pym.js 1.3.2 writes (pym.v1.js _constructIframe) for an embed URL, in a page titled "News: talks". */
  const PYM = `initialWidth=600&childId=globe-1&parentTitle=${encodeURIComponent("News: talks")}&parentUrl=${encodeURIComponent("https://news.example/2011/talks.html?x=1")}`;
  it("in an embed, are read without a message; the frame id is kept", () => {
    expect(parseUrlState(`?brief=may-2011&embed=1&${PYM}`, KNOWN)).toEqual({ state: view({ brief: "may-2011", step: 1, embed: true, pymChild: "globe-1" }), problems: [] });
    // Wherever embed=1 stands in the address.
    expect(parseUrlState(`?${PYM}&embed=1`, KNOWN)).toEqual({ state: view({ embed: true, pymChild: "globe-1" }), problems: [] });
  });
  it("outside an embed, are unknown parameters, as any other", () => {
    expect(parseUrlState(`?brief=may-2011&${PYM}`, KNOWN)).toEqual({
      state: view({ brief: "may-2011", step: 1 }),
      problems: [{ code: "unknown", parameters: ["initialWidth", "childId", "parentTitle"], more: 1 }],
    });
    expect(parseUrlState("?embed=0&childId=globe-1", KNOWN).problems).toEqual([{ code: "unknown", parameters: ["childId"], more: 0 }]);
  });
  it("a frame id with spaces or control characters, empty, or longer than 200 characters, is ignored with a problem naming it", () => {
    for (const bad of ["", "a b", "a\tb", "a\u0000b", "x".repeat(201)]) {
      const r = parseUrlState(`?embed=1&childId=${encodeURIComponent(bad)}`, KNOWN);
      expect(r.state, bad).toEqual(view({ embed: true }));
      expectOneProblemNaming(r.problems, "childId", bad);
    }
    expect(parseUrlState(`?embed=1&childId=${"x".repeat(200)}`, KNOWN).state.pymChild).toHaveLength(200);
    expect(parseUrlState(`?embed=1&childId=${encodeURIComponent("глобус:1.a_b")}`, KNOWN).state.pymChild).toBe("глобус:1.a_b");
  });
  it("the frame id is written back with the embed, and round-trips; a link out of the frame has none", () => {
    const state = view({ proposal: RUSSIA, embed: true, pymChild: "globe-1" });
    expect(serialiseUrlState(state)).toBe(`?proposal=${RUSSIA}&embed=1&childId=globe-1`);
    expect(parseUrlState(serialiseUrlState(state), KNOWN)).toEqual({ state, problems: [] });
    expect(serialiseUrlState({ ...state, embed: false })).toBe(`?proposal=${RUSSIA}`);
  });
  it("are not among the URL's own parameters", () => {
    for (const key of ["initialWidth", "childId", "parentTitle", "parentUrl"]) expect(URL_PARAMETERS).not.toContain(key);
  });
});
