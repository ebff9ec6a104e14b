import { describe, expect, it } from "vitest";
import { applyShow, describeShowProblem, type ShowProblem } from "../../../src/embed/applyShow";
import { readShowCommand } from "../../../src/embed/protocol";
import { DEFAULT_STATE, parseUrlState, type ViewState } from "../../../src/state/urlState";

const NATO = "nato-two-systems";
const RUSSIA = "russia-sectors";
const KNOWN = { proposals: [NATO, RUSSIA], briefings: [{ id: "may-2011", steps: 8 }], points: ["strategic-deterrent"] };
const EMBED = { embed: true, origins: ["https://news.example"] };

const view = (changes: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...EMBED, ...changes });
/** Applies a message to a view, as the embedded globe does. */
const show = (current: ViewState, message: Record<string, unknown>) => applyShow(current, readShowCommand({ type: "show", ...message })!, KNOWN);
/** The problems' messages, as the globe warns of them. */
const words = (problems: ShowProblem[], lang: "en" | "ru" = "en") => problems.map((p) => describeShowProblem(p, lang));

describe("applyShow: what a host's show command shows", () => {
  it("brief and step open a step of a briefing, leaving a proposal, comparison or point", () => {
    expect(show(view({ proposal: NATO }), { brief: "may-2011", step: 3 })).toEqual({ state: view({ proposal: NATO, brief: "may-2011", step: 3 }), problems: [], camera: false });
    expect(show(view({ point: "strategic-deterrent" }), { brief: "may-2011", step: "2" }).state).toEqual(view({ brief: "may-2011", step: 2 }));
  });
  it("brief without step opens step 1, as in a URL", () => {
    expect(show(view({ brief: "may-2011", step: 6 }), { brief: "may-2011" }).state).toEqual(view({ brief: "may-2011", step: 1 }));
  });
  it("step alone moves within the briefing shown", () => {
    expect(show(view({ brief: "may-2011", step: 1 }), { step: 4 }).state).toEqual(view({ brief: "may-2011", step: 4 }));
  });
  it("compare shows two proposals side by side, with the mode given or the one shown", () => {
    expect(show(view({ brief: "may-2011", step: 2 }), { compare: [RUSSIA, NATO], mode: "differences" }).state).toEqual(view({ compare: [RUSSIA, NATO], mode: "differences" }));
    expect(show(view({ proposal: NATO }), { compare: `${NATO},${RUSSIA}` }).state).toEqual(view({ proposal: NATO, compare: [NATO, RUSSIA] }));
  });
  it("proposal shows one proposal, leaving a briefing, comparison or point", () => {
    expect(show(view({ brief: "may-2011", step: 2, compare: [NATO, RUSSIA], point: "strategic-deterrent" }), { proposal: RUSSIA }).state).toEqual(view({ proposal: RUSSIA }));
  });
  it("a briefing wins over a comparison, which wins over a proposal, as in a URL", () => {
    expect(show(view(), { proposal: NATO, compare: [NATO, RUSSIA], brief: "may-2011" }).state).toEqual(view({ brief: "may-2011", step: 1 }));
    expect(show(view(), { proposal: NATO, compare: [NATO, RUSSIA] }).state).toEqual(view({ compare: [NATO, RUSSIA] }));
    expect(show(view({ brief: "may-2011", step: 2 }), { proposal: NATO, step: 5 }).state).toEqual(view({ proposal: NATO }));
  });
  it("year and at change only themselves; at asks the camera to fly there", () => {
    expect(show(view({ proposal: RUSSIA }), { year: "today" })).toEqual({ state: view({ proposal: RUSSIA, asOf: "today" }), problems: [], camera: false });
    expect(show(view({ proposal: RUSSIA, asOf: "today" }), { year: "2011" }).state).toEqual(view({ proposal: RUSSIA, asOf: "model-date" }));
    expect(show(view({ proposal: RUSSIA }), { at: "30,50,2.5" })).toEqual({ state: view({ proposal: RUSSIA, at: { lon: 30, lat: 50, distance: 2.5 } }), problems: [], camera: true });
    expect(show(view({ proposal: RUSSIA }), { at: [-10, 20, 3] }).state.at).toEqual({ lon: -10, lat: 20, distance: 3 });
    // As given, not rounded as a camera at rest is.
    expect(show(view({ proposal: RUSSIA }), { at: "30.125,50.5,2.345" }).state.at).toEqual({ lon: 30.125, lat: 50.5, distance: 2.345 });
  });
  it("theme changes only itself: light, dark, or back to the system's scheme", () => {
    expect(show(view({ brief: "may-2011", step: 3 }), { theme: "dark" })).toEqual({ state: view({ brief: "may-2011", step: 3, theme: "dark" }), problems: [], camera: false });
    expect(show(view({ compare: [NATO, RUSSIA], theme: "dark" }), { theme: "light" }).state).toEqual(view({ compare: [NATO, RUSSIA], theme: "light" }));
    expect(show(view({ proposal: RUSSIA, theme: "dark" }), { theme: "auto" }).state).toEqual(view({ proposal: RUSSIA }));
    // With other fields, as one command.
    expect(show(view({ proposal: NATO }), { proposal: RUSSIA, theme: "dark" }).state).toEqual(view({ proposal: RUSSIA, theme: "dark" }));
  });
  it("mode alone changes the comparison shown", () => {
    expect(show(view({ compare: [NATO, RUSSIA] }), { mode: "differences" }).state).toEqual(view({ compare: [NATO, RUSSIA], mode: "differences" }));
  });
  it("never changes embed, origins or the language", () => {
    const current = view({ proposal: NATO, lang: "ru" });
    const r = show(current, { embed: 0, origins: "https://evil.example", lang: "en" });
    expect(r.state).toEqual(current);
    expect(r.problems).toEqual([
      { code: "unusable-fields", fields: ["embed"], more: 0 },
      { code: "unusable-fields", fields: ["origins"], more: 0 },
      { code: "unusable-fields", fields: ["lang"], more: 0 },
    ]);
  });
});

describe("applyShow: a bad value is ignored on its own, by the URL's rules", () => {
  const current = view({ brief: "may-2011", step: 2 });
  const ignored = (parameter: string, value: string, reason: object) => ({ code: "ignored", parameter, value, reason });
  const steps = (value: string) => ignored("step", value, { code: "step-range", steps: 8 });
  const camera = (value: string) => ignored("at", value, { code: "not-camera", distance: [1.35, 6] });
  const cases: [what: string, message: Record<string, unknown>, problem: object][] = [
    ["an unknown proposal", { proposal: "warsaw-pact" }, ignored("proposal", "warsaw-pact", { code: "no-proposal", ids: ["warsaw-pact"] })],
    ["a comparison of one proposal with itself", { compare: [NATO, NATO] }, ignored("compare", `${NATO},${NATO}`, { code: "same-twice" })],
    ["a comparison of three", { compare: `${NATO},${RUSSIA},${NATO}` }, ignored("compare", `${NATO},${RUSSIA},${NATO}`, { code: "two-proposals" })],
    ["an unknown briefing", { brief: "june-2011" }, ignored("brief", "june-2011", { code: "no-briefing", id: "june-2011" })],
    ["step 0", { step: 0 }, steps("0")],
    ["a step beyond the last", { step: 9 }, steps("9")],
    ["a fractional step", { step: 2.5 }, steps("2.5")],
    ["a step as words", { step: "three" }, steps("three")],
    ["an unknown mode", { mode: "some" }, ignored("mode", "some", { code: "not-mode" })],
    ["an unknown year", { year: "2024" }, ignored("year", "2024", { code: "not-year" })],
    ["the view's own name for the year, which is not the protocol's", { year: "model-date" }, ignored("year", "model-date", { code: "not-year" })],
    ["a camera off the globe", { at: [200, 0, 2] }, camera("200,0,2")],
    ["a camera too close", { at: "0,0,1" }, camera("0,0,1")],
    ["an unknown theme", { theme: "sepia" }, ignored("theme", "sepia", { code: "not-theme" })],
    ["a theme in capitals", { theme: "Dark" }, ignored("theme", "Dark", { code: "not-theme" })],
    ["a theme of the wrong kind", { theme: true }, { code: "unusable-fields", fields: ["theme"], more: 0 }],
    ["a value of the wrong kind", { proposal: { id: RUSSIA } }, { code: "unusable-fields", fields: ["proposal"], more: 0 }],
    ["an unknown field", { zoom: 3 }, { code: "unusable-fields", fields: ["zoom"], more: 0 }],
  ];
  for (const [what, message, problem] of cases) {
    it(`${what}: ${JSON.stringify(message)} changes nothing, with one problem`, () => {
      const r = show(current, message);
      expect(r.state).toEqual(current);
      expect(r.camera).toBe(false);
      expect(r.problems).toEqual([problem]);
    });
  }
  it("the good fields of a command still apply", () => {
    const r = show(current, { step: 5, year: "2024", at: "east" });
    expect(r.state).toEqual(view({ brief: "may-2011", step: 5 }));
    expect(r.problems).toEqual([
      { code: "ignored", parameter: "year", value: "2024", reason: { code: "not-year" } },
      { code: "ignored", parameter: "at", value: "east", reason: { code: "not-camera", distance: [1.35, 6] } },
    ]);
  });
  it("a step needs a briefing: the one named, or the one shown", () => {
    const r = show(view({ proposal: NATO }), { step: 3 });
    expect(r.state).toEqual(view({ proposal: NATO }));
    expect(r.problems).toEqual([{ code: "ignored", parameter: "step", value: "3", reason: { code: "no-briefing-to-step" } }]);
    // A step is checked against the briefing the command names, even when another is shown.
    const known = { ...KNOWN, briefings: [...KNOWN.briefings, { id: "short", steps: 2 }] };
    const s = applyShow(current, readShowCommand({ type: "show", brief: "short", step: 5 })!, known);
    expect(s.state).toEqual(view({ brief: "short", step: 1 }));
    expect(s.problems).toEqual([{ code: "ignored", parameter: "step", value: "5", reason: { code: "step-range", steps: 2 } }]);
  });
  it("a step with an unknown briefing moves nothing", () => {
    const r = show(current, { brief: "june-2011", step: 4 });
    expect(r.state).toEqual(current);
    expect(r.problems).toEqual([
      { code: "ignored", parameter: "brief", value: "june-2011", reason: { code: "no-briefing", id: "june-2011" } },
      { code: "ignored", parameter: "step", value: "4", reason: { code: "no-briefing-to-step" } },
    ]);
  });
  it("puts the unusable fields first, then the fields in the order brief, step, compare, proposal, mode, year, at", () => {
    const r = show(current, { at: "x", year: "x", mode: "x", proposal: "x", compare: "x", step: "x", brief: "x", zoom: 1 });
    expect(r.problems.map((p) => (p.code === "ignored" ? p.parameter : p.fields[0]))).toEqual(["zoom", "brief", "step", "compare", "proposal", "mode", "year", "at"]);
  });
});

describe("describeShowProblem: a show command's problems in words", () => {
  const current = view({ brief: "may-2011", step: 2 });
  it("a field's value in the URL's words, in English or Russian", () => {
    expect(words(show(current, { step: 9 }).problems)).toEqual(['The URL parameter step="9" was ignored: it must be a step number from 1 to 8.']);
    expect(words(show(current, { theme: "sepia" }).problems)).toEqual(['The URL parameter theme="sepia" was ignored: it must be "auto" (as the system prefers), "light" or "dark".']);
    expect(words(show(current, { step: 9 }).problems, "ru")).toEqual(['Параметр адреса step="9" не учтён: нужен номер шага от 1 до 8.']);
  });
  it("an unusable field, in English or Russian", () => {
    expect(words(show(current, { zoom: 1 }).problems)).toEqual([
      'The field "zoom" of a show command was ignored: a host page can set proposal, compare, mode, brief, step, year, at, theme, each as text, a number or a list.',
    ]);
    expect(words(show(current, { zoom: 1 }).problems, "ru")).toEqual([
      'Поле "zoom" команды show не учтено: страница-носитель может задать proposal, compare, mode, brief, step, year, at, theme, каждое в виде текста, числа или списка.',
    ]);
  });
  it("several unusable fields named in one sentence, with no count when there are no more", () => {
    expect(describeShowProblem({ code: "unusable-fields", fields: ["a", "b"], more: 0 }, "en")).toBe(
      'The fields "a", "b" of a show command were ignored: a host page can set proposal, compare, mode, brief, step, year, at, theme, each as text, a number or a list.',
    );
    expect(describeShowProblem({ code: "unusable-fields", fields: ["a", "b", "c"], more: 2 }, "ru")).toBe(
      'Поля "a", "b", "c" и ещё 2 команды show не учтены: страница-носитель может задать proposal, compare, mode, brief, step, year, at, theme, каждое в виде текста, числа или списка.',
    );
  });
  it("keeps a very long field name whole in the problem, and shortens it to 40 characters in its message", () => {
    const r = show(current, { ["x".repeat(10_000)]: 1 });
    expect(r.problems).toEqual([{ code: "unusable-fields", fields: ["x".repeat(10_000)], more: 0 }]);
    expect(words(r.problems)).toEqual([
      `The field "${"x".repeat(39)}…" of a show command was ignored: a host page can set proposal, compare, mode, brief, step, year, at, theme, each as text, a number or a list.`,
    ]);
    expect(describeShowProblem({ code: "unusable-fields", fields: ["y".repeat(40)], more: 0 }, "en")).toContain(`"${"y".repeat(40)}"`);
  });
});

describe("applyShow and the URL agree", () => {
  it("a command of URL values shows what that URL shows (on top of the default view)", () => {
    const searches = [`?proposal=${RUSSIA}`, `?compare=${NATO},${RUSSIA}&mode=differences`, "?brief=may-2011&step=7", "?brief=may-2011&step=2&year=today&at=28,53,2.2"];
    for (const search of searches) {
      const fields = Object.fromEntries(new URLSearchParams(search));
      const expected = parseUrlState(search, KNOWN).state;
      expect(show(view(), fields).state, search).toEqual({ ...expected, ...EMBED });
    }
  });
});

describe("applyShow with a command full of fields it cannot use", () => {
  it("100,000 unknown fields give one message, naming three and counting the rest, and the good field still applies", () => {
    const data: Record<string, unknown> = { type: "show", proposal: "russia-sectors" };
    for (let i = 0; i < 100_000; i++) data[`k${i}`] = i;
    const command = readShowCommand(data)!;
    const r = applyShow(DEFAULT_STATE, command, KNOWN);
    expect(r.state.proposal).toBe("russia-sectors");
    expect(r.problems).toEqual([{ code: "unusable-fields", fields: ["k0", "k1", "k2"], more: 99_997 }]);
    expect(words(r.problems)[0]).toMatch(/^The fields "k0", "k1", "k2" and 99,997 more of a show command were ignored/);
  });
});
