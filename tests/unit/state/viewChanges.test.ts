import { describe, expect, it } from "vitest";
import type { ViewState } from "../../../src/state/urlState";
import {
  closeBriefing,
  closeCompare,
  goToStep,
  openBriefing,
  restCamera,
  selectProposal,
  setAsOf,
  setCamera,
  setLang,
  setLinked,
  setMode,
  setPair,
  setTheme,
  showPoint,
  startCompare,
} from "../../../src/state/viewChanges";

const NATO = "nato-two-systems";
const RUSSIA = "russia-sectors";
const THIRD = "third-proposal";
const AT = { lon: 30, lat: 50, distance: 2.5 };

/** The defaults written out by hand, with the given changes. */
const view = (changes: Partial<ViewState> = {}): ViewState => ({ mode: "full", linked: true, asOf: "model-date", embed: false, lang: "en", theme: "auto", ...changes });

/** A view with a bit of everything, to see what each change leaves alone. */
const busy = view({ proposal: NATO, compare: [NATO, RUSSIA], mode: "differences", linked: false, point: "p", brief: "may-2011", step: 3, at: AT, asOf: "today", lang: "ru", theme: "dark", embed: true, origins: ["https://news.example"] });
const rest = { mode: "differences", linked: false, at: AT, asOf: "today", lang: "ru", theme: "dark", embed: true, origins: ["https://news.example"] } as const;

describe("selectProposal", () => {
  it("shows the proposal alone: no comparison, briefing, step or point; the rest stays", () => {
    expect(selectProposal(busy, RUSSIA)).toEqual({ ...rest, proposal: RUSSIA, compare: undefined, brief: undefined, step: undefined, point: undefined });
  });
  it("changes nothing it is given", () => {
    const before = structuredClone(busy);
    selectProposal(busy, RUSSIA);
    expect(busy).toEqual(before);
  });
});

describe("startCompare", () => {
  it("pairs the proposal shown with the first other, leaving a briefing or point", () => {
    expect(startCompare(view({ proposal: RUSSIA, point: "p", brief: "may-2011", step: 2 }), [NATO, RUSSIA, THIRD], RUSSIA)).toEqual(
      view({ proposal: RUSSIA, compare: [RUSSIA, NATO], point: undefined, brief: undefined, step: undefined }),
    );
    expect(startCompare(view(), [NATO, RUSSIA, THIRD], NATO).compare).toEqual([NATO, RUSSIA]);
  });
  it("with nothing shown, pairs the first proposal with the second", () => {
    expect(startCompare(view(), [NATO, RUSSIA], undefined).compare).toEqual([NATO, RUSSIA]);
  });
  it("keeps mode and link as they were", () => {
    expect(startCompare(view({ mode: "differences", linked: false }), [NATO, RUSSIA], NATO)).toEqual(
      view({ mode: "differences", linked: false, compare: [NATO, RUSSIA], point: undefined, brief: undefined, step: undefined }),
    );
  });
  it("is the very same view when there are fewer than two proposals", () => {
    const v = view({ proposal: NATO, point: "p" });
    expect(startCompare(v, [NATO], NATO)).toBe(v);
    expect(startCompare(v, [], undefined)).toBe(v);
  });
});

describe("the comparison's controls", () => {
  it("setPair changes only the pair", () => {
    expect(setPair(view({ compare: [NATO, RUSSIA], mode: "differences" }), [RUSSIA, THIRD])).toEqual(view({ compare: [RUSSIA, THIRD], mode: "differences" }));
  });
  it("closeCompare goes back to the first of the pair alone", () => {
    expect(closeCompare(view({ proposal: NATO, compare: [RUSSIA, NATO] }))).toEqual(view({ proposal: RUSSIA, compare: undefined }));
    expect(closeCompare(view({ proposal: NATO }))).toEqual(view({ proposal: NATO, compare: undefined }));
  });
  it("setMode and setLinked change only themselves", () => {
    expect(setMode(view({ compare: [NATO, RUSSIA] }), "differences")).toEqual(view({ compare: [NATO, RUSSIA], mode: "differences" }));
    expect(setMode(view({ mode: "differences" }), "full")).toEqual(view());
    expect(setLinked(view({ compare: [NATO, RUSSIA] }), false)).toEqual(view({ compare: [NATO, RUSSIA], linked: false }));
    expect(setLinked(view({ linked: false }), true)).toEqual(view());
  });
});

describe("showPoint", () => {
  it("shows a point, leaving a briefing; a proposal or comparison stays underneath", () => {
    expect(showPoint(view({ proposal: NATO, brief: "may-2011", step: 4 }), "p")).toEqual(view({ proposal: NATO, point: "p", brief: undefined, step: undefined }));
  });
  it("undefined stops showing it", () => {
    expect(showPoint(view({ proposal: NATO, point: "p" }), undefined)).toEqual(view({ proposal: NATO, point: undefined, brief: undefined, step: undefined }));
  });
});

describe("briefings", () => {
  it("openBriefing opens step 1; what was shown stays underneath", () => {
    expect(openBriefing(view({ proposal: NATO, point: "p", compare: [NATO, RUSSIA] }), "may-2011")).toEqual(
      view({ proposal: NATO, point: "p", compare: [NATO, RUSSIA], brief: "may-2011", step: 1 }),
    );
    expect(openBriefing(view({ brief: "may-2011", step: 5 }), "may-2011")).toEqual(view({ brief: "may-2011", step: 1 }));
  });
  it("goToStep takes an index from 0 and writes the step from 1", () => {
    expect(goToStep(view({ brief: "may-2011", step: 1 }), 0, 8)).toEqual(view({ brief: "may-2011", step: 1 }));
    expect(goToStep(view({ brief: "may-2011", step: 1 }), 4, 8)).toEqual(view({ brief: "may-2011", step: 5 }));
    expect(goToStep(view({ brief: "may-2011", step: 1 }), 7, 8)).toEqual(view({ brief: "may-2011", step: 8 }));
  });
  it("goToStep keeps the step within 1 to the number of steps (1 when there are none)", () => {
    expect(goToStep(view({ brief: "may-2011", step: 3 }), -1, 8).step).toBe(1);
    expect(goToStep(view({ brief: "may-2011", step: 3 }), -40, 8).step).toBe(1);
    expect(goToStep(view({ brief: "may-2011", step: 3 }), 8, 8).step).toBe(8);
    expect(goToStep(view({ brief: "may-2011", step: 3 }), 100, 8).step).toBe(8);
    expect(goToStep(view({ brief: "may-2011", step: 3 }), 5, 0).step).toBe(1);
  });
  it("closeBriefing shows the proposal that was on screen, alone", () => {
    expect(closeBriefing(view({ proposal: NATO, compare: [NATO, RUSSIA], brief: "may-2011", step: 6, at: AT }), RUSSIA)).toEqual(
      view({ proposal: RUSSIA, compare: undefined, brief: undefined, step: undefined, at: AT }),
    );
    expect(closeBriefing(view({ brief: "may-2011", step: 2 }), undefined)).toEqual(view({ proposal: undefined, compare: undefined, brief: undefined, step: undefined }));
  });
});

describe("the date, the language, the theme and the camera", () => {
  it("setAsOf, setLang and setTheme change only themselves", () => {
    expect(setAsOf(view({ proposal: NATO }), "today")).toEqual(view({ proposal: NATO, asOf: "today" }));
    expect(setAsOf(view({ asOf: "today" }), "model-date")).toEqual(view());
    expect(setLang(view({ brief: "may-2011", step: 2 }), "ru")).toEqual(view({ brief: "may-2011", step: 2, lang: "ru" }));
    expect(setTheme(view({ brief: "may-2011", step: 2 }), "dark")).toEqual(view({ brief: "may-2011", step: 2, theme: "dark" }));
    expect(setTheme(busy, "auto")).toEqual({ ...busy, theme: "auto" });
  });
  it("restCamera keeps where the camera came to rest, to two decimals", () => {
    expect(restCamera(view({ proposal: NATO }), { lon: 22.123456, lat: -50.006, distance: 2.7049 })).toEqual(view({ proposal: NATO, at: { lon: 22.12, lat: -50.01, distance: 2.7 } }));
    expect(restCamera(view(), { lon: 179.996, lat: 0.004, distance: 6 }).at).toEqual({ lon: 180, lat: 0, distance: 6 });
  });
  it("setCamera keeps the camera as given, and not the object given", () => {
    const at = { lon: 30.123, lat: 50.456, distance: 2.789 };
    const v = setCamera(view(), at);
    expect(v).toEqual(view({ at: { lon: 30.123, lat: 50.456, distance: 2.789 } }));
    expect(v.at).not.toBe(at);
  });
});
