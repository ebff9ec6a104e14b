import { describe, expect, it } from "vitest";
import { SHOW_FIELDS, readShowCommand, viewParams } from "../../../src/embed/protocol";
import { DEFAULT_STATE, type ViewState } from "../../../src/state/urlState";

const view = (changes: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...changes });

describe("readShowCommand: what counts as a show command", () => {
  it("reads every field a host may set, as the URL would carry it", () => {
    expect(
      readShowCommand({
        type: "show",
        proposal: "russia-sectors",
        compare: "nato-two-systems,russia-sectors",
        mode: "differences",
        brief: "may-2011",
        step: "3",
        year: "today",
        at: "30,50,2.5",
      }),
    ).toEqual({
      fields: { proposal: "russia-sectors", compare: "nato-two-systems,russia-sectors", mode: "differences", brief: "may-2011", step: "3", year: "today", at: "30,50,2.5" },
      unusable: [],
    });
  });
  it("takes numbers and lists where the URL has them: a step number, a pair of ids, a camera triple", () => {
    expect(readShowCommand({ type: "show", step: 4, compare: ["nato-two-systems", "russia-sectors"], at: [30, 50.5, 2.2] })).toEqual({
      fields: { step: "4", compare: "nato-two-systems,russia-sectors", at: "30,50.5,2.2" },
      unusable: [],
    });
  });
  it("a command with no fields is a command that shows nothing new", () => {
    expect(readShowCommand({ type: "show" })).toEqual({ fields: {}, unusable: [] });
  });
  it("is null for anything that is not an object whose type is show: other messages are left alone", () => {
    for (const data of [
      null,
      undefined,
      "show",
      '{"type":"show","step":2}',
      42,
      true,
      ["show"],
      {},
      { step: 2 },
      { type: "Show", step: 2 },
      { type: "ready" },
      { type: "changed", state: {} },
      { type: ["show"] },
      Object.create({ type: "show" }),
    ])
      expect(readShowCommand(data), JSON.stringify(data) ?? String(data)).toBeNull();
  });
  it("names, and does not read, the fields a host may not set or that hold the wrong kind of value", () => {
    const r = readShowCommand({
      type: "show",
      step: 2,
      embed: "0",
      origins: "https://evil.example",
      lang: "ru",
      point: "strategic-deterrent",
      brief: { id: "may-2011" },
      at: [1, 2, 3, 4],
      year: null,
      proposal: Number.NaN,
      compare: [Infinity, "x"],
      __proto__x: 1,
    });
    expect(r?.fields).toEqual({ step: "2" });
    expect(r?.unusable.sort()).toEqual(["__proto__x", "at", "brief", "compare", "embed", "lang", "origins", "point", "proposal", "year"].sort());
  });
  it("never lets a host set embed, origins or lang", () => {
    expect(SHOW_FIELDS).not.toContain("embed");
    expect(SHOW_FIELDS).not.toContain("origins");
    expect(SHOW_FIELDS).not.toContain("lang");
  });
});

describe("viewParams: the view in URL-parameter form, as the globe reports it", () => {
  it("gives the URL's parameters as strings, defaults left out", () => {
    expect(viewParams(view({ brief: "may-2011", step: 3, at: { lon: 30, lat: 50, distance: 2.2 } }))).toEqual({ brief: "may-2011", step: "3", at: "30,50,2.2" });
    expect(viewParams(view({ compare: ["nato-two-systems", "russia-sectors"], mode: "differences", asOf: "today", lang: "ru" }))).toEqual({
      compare: "nato-two-systems,russia-sectors",
      mode: "differences",
      year: "today",
      lang: "ru",
    });
    expect(viewParams(view())).toEqual({});
  });
  it("writes the date shown as the URL's year: today as \"today\", each model's own date (the default) not at all", () => {
    expect(viewParams(view({ proposal: "russia-sectors", asOf: "today" }))).toEqual({ proposal: "russia-sectors", year: "today" });
    expect(viewParams(view({ proposal: "russia-sectors", asOf: "model-date" }))).toEqual({ proposal: "russia-sectors" });
  });
  it("leaves out what concerns the frame, not the view: embed and origins", () => {
    expect(viewParams(view({ proposal: "russia-sectors", embed: true, origins: ["https://news.example"] }))).toEqual({ proposal: "russia-sectors" });
  });
  it("what it reports reads back as a show command for the same fields", () => {
    const state = viewParams(view({ brief: "may-2011", step: 5 }));
    expect(readShowCommand({ type: "show", ...state })).toEqual({ fields: { brief: "may-2011", step: "5" }, unusable: [] });
  });
  it("reports a theme that is not auto, which a host can send back", () => {
    expect(viewParams(view({ proposal: "russia-sectors", theme: "dark" }))).toEqual({ proposal: "russia-sectors", theme: "dark" });
    expect(viewParams(view({ proposal: "russia-sectors", theme: "auto" }))).toEqual({ proposal: "russia-sectors" });
    expect(readShowCommand({ type: "show", theme: "light" })).toEqual({ fields: { theme: "light" }, unusable: [] });
  });
});
