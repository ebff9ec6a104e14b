import { describe, expect, it } from "vitest";
import { applyShow } from "../../../src/embed/applyShow";
import { readShowCommand } from "../../../src/embed/protocol";
import { DEFAULT_STATE, parseUrlState, type ViewState } from "../../../src/state/urlState";

const NATO = "nato-two-systems";
const RUSSIA = "russia-sectors";
const KNOWN = { proposals: [NATO, RUSSIA], briefings: [{ id: "may-2011", steps: 8 }], points: ["strategic-deterrent"] };
const EMBED = { embed: true, origins: ["https://news.example"] };

const view = (changes: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...EMBED, ...changes });
/** Applies a message to a view, as the embedded globe does. */
const show = (current: ViewState, message: Record<string, unknown>, lang: "en" | "ru" = "en") => applyShow(current, readShowCommand({ type: "show", ...message })!, KNOWN, lang);

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
    expect(show(view({ proposal: RUSSIA }), { year: "today" })).toEqual({ state: view({ proposal: RUSSIA, year: "today" }), problems: [], camera: false });
    expect(show(view({ proposal: RUSSIA }), { at: "30,50,2.5" })).toEqual({ state: view({ proposal: RUSSIA, at: { lon: 30, lat: 50, distance: 2.5 } }), problems: [], camera: true });
    expect(show(view({ proposal: RUSSIA }), { at: [-10, 20, 3] }).state.at).toEqual({ lon: -10, lat: 20, distance: 3 });
  });
  it("mode alone changes the comparison shown", () => {
    expect(show(view({ compare: [NATO, RUSSIA] }), { mode: "differences" }).state).toEqual(view({ compare: [NATO, RUSSIA], mode: "differences" }));
  });
  it("never changes embed, origins or the language", () => {
    const current = view({ proposal: NATO, lang: "ru" });
    const r = show(current, { embed: 0, origins: "https://evil.example", lang: "en" });
    expect(r.state).toEqual(current);
    expect(r.problems).toHaveLength(3);
  });
});

describe("applyShow: a bad value is ignored on its own, by the URL's rules", () => {
  const current = view({ brief: "may-2011", step: 2 });
  const cases: [what: string, message: Record<string, unknown>, field: string][] = [
    ["an unknown proposal", { proposal: "warsaw-pact" }, "proposal"],
    ["a comparison of one proposal with itself", { compare: [NATO, NATO] }, "compare"],
    ["a comparison of three", { compare: `${NATO},${RUSSIA},${NATO}` }, "compare"],
    ["an unknown briefing", { brief: "june-2011" }, "brief"],
    ["step 0", { step: 0 }, "step"],
    ["a step beyond the last", { step: 9 }, "step"],
    ["a fractional step", { step: 2.5 }, "step"],
    ["a step as words", { step: "three" }, "step"],
    ["an unknown mode", { mode: "some" }, "mode"],
    ["an unknown year", { year: "2024" }, "year"],
    ["a camera off the globe", { at: [200, 0, 2] }, "at"],
    ["a camera too close", { at: "0,0,1" }, "at"],
    ["a value of the wrong kind", { proposal: { id: RUSSIA } }, "proposal"],
    ["an unknown field", { zoom: 3 }, "zoom"],
  ];
  for (const [what, message, field] of cases) {
    it(`${what}: ${JSON.stringify(message)} changes nothing, with one problem naming "${field}"`, () => {
      const r = show(current, message);
      expect(r.state).toEqual(current);
      expect(r.camera).toBe(false);
      expect(r.problems, r.problems.join("\n")).toHaveLength(1);
      expect(r.problems[0]).toContain(field);
    });
  }
  it("the good fields of a command still apply", () => {
    const r = show(current, { step: 5, year: "2024", at: "east" });
    expect(r.state).toEqual(view({ brief: "may-2011", step: 5 }));
    expect(r.problems).toHaveLength(2);
  });
  it("a step needs a briefing: the one named, or the one shown", () => {
    const r = show(view({ proposal: NATO }), { step: 3 });
    expect(r.state).toEqual(view({ proposal: NATO }));
    expect(r.problems).toHaveLength(1);
    // A step is checked against the briefing the command names, even when another is shown.
    const known = { ...KNOWN, briefings: [...KNOWN.briefings, { id: "short", steps: 2 }] };
    const s = applyShow(current, readShowCommand({ type: "show", brief: "short", step: 5 })!, known, "en");
    expect(s.state).toEqual(view({ brief: "short", step: 1 }));
    expect(s.problems).toHaveLength(1);
  });
  it("a step with an unknown briefing moves nothing", () => {
    const r = show(current, { brief: "june-2011", step: 4 });
    expect(r.state).toEqual(current);
    expect(r.problems).toHaveLength(2);
  });
  it("gives its messages in the language asked for", () => {
    expect(show(current, { step: 9 }, "ru").problems[0]).toMatch(/[а-я]/);
    expect(show(current, { zoom: 1 }, "ru").problems[0]).toMatch(/[а-я]/);
  });
  it("shortens a very long field name in its message", () => {
    const r = show(current, { ["x".repeat(10_000)]: 1 });
    expect(r.problems[0]!.length).toBeLessThan(300);
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
    const r = applyShow(DEFAULT_STATE, command, KNOWN, "en");
    expect(r.state.proposal).toBe("russia-sectors");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^The fields "k0", "k1", "k2" and 99,997 more of a show command were ignored/);
  });
});
