import { beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../../src/model/briefingSchema";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import type { ResolvedModel } from "../../../src/model/resolve";
import type { Model } from "../../../src/model/schema";
import { screenFor } from "../../../src/screen/screenFor";
import type { Catalogue, Screen } from "../../../src/screen/types";
import type { ViewState } from "../../../src/state/urlState";
import { briefingJson, modelJson, realModels, type RealModels } from "../support";

const NATO = "nato-two-systems";
const RUSSIA = "russia-sectors";
// Emphasis levels, written out: hidden, faded, full.
const HIDDEN = 0;
const FADED = 1;
const FULL = 2;

let real: RealModels;
let briefing: Briefing;
let geography: Geography;
let models: Model[];

beforeAll(() => {
  real = realModels();
  geography = prepareGeography();
  models = [...real.resolved.values()].map((r) => r.model);
  briefing = real.briefings.find((b) => b.id === "may-2011")!;
  expect(briefing).toBeDefined();
});

const TODAY = "2026-12-01";
const view = (changes: Partial<ViewState> = {}): ViewState => ({ mode: "full", linked: true, asOf: "model-date", embed: false, lang: "en", ...changes });
/** The shipped files, with the proposals in an order whose first (the one shown when none is named) is `first`. */
const catalogue = (first: string = NATO, only?: string[]): Catalogue => ({
  models: [...models].filter((m) => !only || only.includes(m.id)).sort((a, b) => (a.id === first ? -1 : b.id === first ? 1 : 0)),
  briefings: real.briefings,
  contexts: real.contexts,
});
const screenOf = (state: ViewState, files: Catalogue = catalogue()) => screenFor(state, files, geography, state.lang, TODAY);
const derive = (state: ViewState, fallback: string = NATO): Screen => {
  const d = screenOf(state, catalogue(fallback));
  if (!d.globes.length) throw new Error("screenFor showed no globe");
  return d;
};
const ids = (d: Screen) => d.globes.map((g) => g.resolved.model.id);
/** The model's opening view, read from its file. */
const fileView = (id: typeof NATO | typeof RUSSIA) => modelJson(`models/${id}.json`).view as { lon: number; lat: number; distance: number };
/** The 1-based number of the first step of the shipped briefing that matches, read from the file. */
function stepNumber(match: (s: Record<string, any>) => boolean): number {
  const steps = briefingJson("models/may-2011.json").steps as Record<string, any>[];
  const i = steps.findIndex(match);
  if (i < 0) throw new Error("no such step in models/may-2011.json");
  return i + 1;
}
/**
 * Who is responsible for an area in a proposal, read from the resolved regions: the party, and for an
 * ambiguous region the other reading's party too; "none" when the area is in no region.
 */
function whoIsResponsible(r: ResolvedModel, area: number): string {
  const i = r.areaRegion[area]!;
  if (i < 0) return "none";
  const region = r.regions[i]!;
  return region.certainty === "ambiguous" ? `${region.party.id} or ${region.alternativeParty?.id}` : region.party.id;
}

describe("screenFor: a single proposal", () => {
  it("shows one globe of that proposal, with nothing emphasised, at the model's view", () => {
    const d = derive(view({ proposal: RUSSIA }));
    expect(ids(d)).toEqual([RUSSIA]);
    expect(d.globes[0]!.emphasis).toBeNull();
    expect(d.mode).toBe("full");
    expect(d.camera.at).toEqual(fileView(RUSSIA));
    expect(d.briefing).toBeUndefined();
    expect(d.step).toBeUndefined();
  });
  it("puts the camera where the URL says when it says so", () => {
    const at = { lon: -73.5, lat: 40.25, distance: 3 };
    const d = derive(view({ proposal: NATO, at }));
    expect(ids(d)).toEqual([NATO]);
    expect(d.camera.at).toEqual(at);
  });
  it("resolves each model once per date: two screens of it share the resolved model and its palette", () => {
    const a = derive(view({ proposal: NATO }));
    const b = derive(view({ proposal: NATO, at: { lon: 1, lat: 2, distance: 3 } }));
    expect(b.globes[0]!.resolved).toBe(a.globes[0]!.resolved);
    expect(b.globes[0]!.palette).toBe(a.globes[0]!.palette);
    expect(a.globes[0]!.resolved.date).toBe(modelJson("models/nato-two-systems.json").date);
  });
  it("an unknown proposal falls back to the fallback", () => {
    expect(ids(derive(view({ proposal: "warsaw-pact" }), RUSSIA))).toEqual([RUSSIA]);
    expect(ids(derive(view({ proposal: "warsaw-pact" }), NATO))).toEqual([NATO]);
  });
  it("no proposal at all shows the fallback", () => {
    const d = derive(view(), RUSSIA);
    expect(ids(d)).toEqual([RUSSIA]);
    expect(d.camera.at).toEqual(fileView(RUSSIA));
  });
  it("shows no globe when there is no proposal at all", () => {
    const empty = screenOf(view({ proposal: "warsaw-pact" }), { models: [], briefings: [], contexts: [] });
    expect(empty.globes).toEqual([]);
    expect(empty.legend).toEqual([]);
  });
});

describe("screenFor: a comparison", () => {
  it("shows two globes in the order given, in full", () => {
    const d = derive(view({ compare: [RUSSIA, NATO] }));
    expect(ids(d)).toEqual([RUSSIA, NATO]);
    expect(d.mode).toBe("full");
    expect(d.globes.map((g) => g.emphasis)).toEqual([null, null]);
  });
  it("takes precedence over a proposal in the same state", () => {
    expect(ids(derive(view({ proposal: NATO, compare: [NATO, RUSSIA] })))).toEqual([NATO, RUSSIA]);
  });
  it("puts the camera at the URL's camera, or else at the first model's view", () => {
    const at = { lon: 10, lat: 20, distance: 2 };
    expect(derive(view({ compare: [RUSSIA, NATO], at })).camera.at).toEqual(at);
    expect(derive(view({ compare: [RUSSIA, NATO] })).camera.at).toEqual(fileView(RUSSIA));
  });
  it("with an unknown proposal, falls back to a single proposal", () => {
    const d = derive(view({ compare: [NATO, "warsaw-pact"], proposal: RUSSIA }));
    expect(ids(d)).toEqual([RUSSIA]);
  });

  describe("of differences only", () => {
    let d: Screen;
    beforeAll(() => {
      d = derive(view({ compare: [NATO, RUSSIA], mode: "differences" }));
    });
    it("shows two globes, in differences mode", () => {
      expect(ids(d)).toEqual([NATO, RUSSIA]);
      expect(d.mode).toBe("differences");
      expect(d.globes[0]!.emphasis).not.toBeNull();
      expect(d.globes[1]!.emphasis).not.toBeNull();
    });
    it("Poland and Ukraine (responsible party differs) are full; Germany and Russia (the same in both) are hidden", () => {
      for (const g of d.globes) {
        const e = g.emphasis!;
        expect(e[real.piece("POL")], "POL").toBe(FULL);
        expect(e[real.piece("UKR")], "UKR").toBe(FULL);
        expect(e[real.piece("DEU")], "DEU").toBe(HIDDEN);
        expect(e[real.piece("RUS")], "RUS").toBe(HIDDEN);
      }
    });
    it("the seas Russia would take are full; a country neither proposal assigns (China) is hidden", () => {
      for (const g of d.globes) {
        for (const sea of ["barents", "baltic", "black", "azov"]) expect(g.emphasis![real.sea(sea)], sea).toBe(FULL);
        expect(g.emphasis![real.piece("CHN")]).toBe(HIDDEN);
      }
    });
    it("every area is full exactly when its responsible party differs between the two proposals, and hidden otherwise", () => {
      const nato = real.resolved.get(NATO)!;
      const russia = real.resolved.get(RUSSIA)!;
      const n = nato.areaRegion.length;
      let differing = 0;
      for (const g of d.globes) {
        expect(g.emphasis).toHaveLength(n);
        for (let i = 0; i < n; i++) {
          const differs = whoIsResponsible(nato, i) !== whoIsResponsible(russia, i);
          expect(g.emphasis![i], `area ${i}`).toBe(differs ? FULL : HIDDEN);
          if (differs) differing++;
        }
      }
      // Non-trivial: some areas differ, most do not.
      expect(differing).toBeGreaterThan(0);
      expect(differing).toBeLessThan(n);
    });
  });
});

describe("screenFor: a briefing step", () => {
  const brief = (step: number | undefined, changes: Partial<ViewState> = {}) => view({ brief: "may-2011", step, ...changes });

  it("the step decides what is shown and where the camera goes, over the proposal and camera of the URL", () => {
    const n = stepNumber((s) => s.show.proposal === RUSSIA);
    const file = (briefingJson("models/may-2011.json").steps as Record<string, any>[])[n - 1]!;
    const d = derive(brief(n, { proposal: NATO, at: { lon: 0, lat: 0, distance: 4 } }));
    expect(ids(d)).toEqual([RUSSIA]);
    expect(d.camera.at).toEqual(file.camera);
    expect(d.briefing?.id).toBe("may-2011");
    expect(d.step?.id).toBe(file.id);
    expect(d.stepIndex).toBe(n - 1);
  });

  it('a step showing russia-sectors with emphasise ["eastern-seas"]: the seas are full, everything else faded', () => {
    const n = stepNumber((s) => s.show.proposal === RUSSIA && JSON.stringify(s.emphasise) === '["eastern-seas"]');
    const d = derive(brief(n));
    expect(ids(d)).toEqual([RUSSIA]);
    const e = d.globes[0]!.emphasis!;
    expect(e).not.toBeNull();
    for (const sea of ["barents", "baltic", "black", "azov"]) expect(e[real.sea(sea)], sea).toBe(FULL);
    for (const key of ["DEU", "RUS", "UKR", "POL", "CHN"]) expect(e[real.piece(key)], key).toBe(FADED);
  });

  it("a step emphasising Russia and its non-NATO neighbours: those are full, the disputed NATO members faded", () => {
    const n = stepNumber((s) => s.show.proposal === RUSSIA && s.emphasise?.includes("neighbours-outside-nato"));
    const e = derive(brief(n)).globes[0]!.emphasis!;
    for (const key of ["RUS", "UKR", "BLR", "MDA"]) expect(e[real.piece(key)], key).toBe(FULL);
    for (const key of ["POL", "DEU", "USA"]) expect(e[real.piece(key)], key).toBe(FADED);
  });

  it("a step without emphasis that shows one proposal draws it in full", () => {
    const n = stepNumber((s) => s.show.proposal === NATO && !s.emphasise?.length);
    const d = derive(brief(n));
    expect(ids(d)).toEqual([NATO]);
    expect(d.globes[0]!.emphasis).toBeNull();
  });

  it("a step comparing the differences gives both globes the difference emphasis", () => {
    const n = stepNumber((s) => s.show.mode === "differences");
    const d = derive(brief(n));
    expect(ids(d)).toEqual([NATO, RUSSIA]);
    expect(d.mode).toBe("differences");
    for (const g of d.globes) {
      expect(g.emphasis![real.piece("POL")]).toBe(FULL);
      expect(g.emphasis![real.piece("DEU")]).toBe(HIDDEN);
    }
  });

  it("a step comparing in full gives two globes with nothing emphasised", () => {
    const n = stepNumber((s) => Array.isArray(s.show.compare) && s.show.mode === "full");
    const d = derive(brief(n));
    expect(ids(d)).toEqual([NATO, RUSSIA]);
    expect(d.mode).toBe("full");
    expect(d.globes.map((g) => g.emphasis)).toEqual([null, null]);
  });

  it("no step means step 1; a step past the end means the last", () => {
    const steps = briefingJson("models/may-2011.json").steps as { id: string }[];
    expect(derive(brief(undefined)).step?.id).toBe(steps[0]!.id);
    expect(derive(brief(steps.length + 5)).step?.id).toBe(steps.at(-1)!.id);
  });

  it("an unknown briefing is ignored: the proposal of the URL is shown", () => {
    const d = derive(view({ brief: "june-2011", step: 2, proposal: RUSSIA }));
    expect(ids(d)).toEqual([RUSSIA]);
    expect(d.briefing).toBeUndefined();
  });

  it("a step whose proposal is not loaded is ignored: the proposal of the URL is shown", () => {
    const n = stepNumber((s) => s.show.proposal === RUSSIA);
    const d = screenOf(brief(n, { proposal: NATO }), catalogue(NATO, [NATO]));
    expect(ids(d)).toEqual([NATO]);
    expect(d.step).toBeUndefined();
  });
});

describe("screenFor: the camera key", () => {
  it("differs between every two steps of a briefing", () => {
    const count = (briefingJson("models/may-2011.json").steps as unknown[]).length;
    const keys = Array.from({ length: count }, (_, i) => derive(view({ brief: "may-2011", step: i + 1 })).camera.key);
    expect(new Set(keys).size).toBe(count);
  });
  it("differs between a briefing step and the same proposal outside the briefing", () => {
    const n = stepNumber((s) => s.show.proposal === RUSSIA);
    expect(derive(view({ brief: "may-2011", step: n })).camera.key).not.toBe(derive(view({ proposal: RUSSIA })).camera.key);
  });
  it("is the same for two states that differ only in the camera", () => {
    const a = { lon: 10, lat: 20, distance: 2 };
    const b = { lon: -100, lat: -45, distance: 5 };
    for (const base of [view({ proposal: NATO }), view({ compare: [NATO, RUSSIA], mode: "differences" }), view({ brief: "may-2011", step: 3 })]) {
      const withA = derive({ ...base, at: a });
      const withB = derive({ ...base, at: b });
      const without = derive(base);
      expect(withA.camera.key).toBe(withB.camera.key);
      expect(withA.camera.key).toBe(without.camera.key);
    }
  });
  it("a briefing step's camera is its own, whatever the URL's camera", () => {
    const withAt = derive(view({ brief: "may-2011", step: 3, at: { lon: 10, lat: 20, distance: 2 } }));
    const step3 = (briefingJson("models/may-2011.json").steps as { camera: unknown }[])[2]!;
    expect(withAt.camera.at).toEqual(step3.camera);
  });
});

describe("screenFor: the step", () => {
  it("is the loaded briefing's own step object, counted from 1", () => {
    const d = derive(view({ brief: "may-2011", step: 2 }));
    expect(d.briefing).toBe(briefing);
    expect(d.step).toBe(briefing.steps[1]);
    expect(d.stepIndex).toBe(1);
  });
});

describe("screenFor with a point of contention", () => {
  it("shows the point's proposal with its regions in full and the rest faded, keeping the camera", () => {
    const points = real.contexts.flatMap((c) => c.contention);
    const point = points.find((p) => p.id === "sectors-and-nato-members")!;
    expect(point).toBeDefined();
    const d = derive(view({ point: point.id, at: { lon: 10, lat: 50, distance: 3 } }));
    expect(d.point?.id).toBe(point.id);
    expect(d.globes).toHaveLength(1);
    const g = d.globes[0]!;
    expect(g.resolved.model.id).toBe("russia-sectors");
    const emphasis = g.emphasis!;
    const pieceOf = (code: string) => g.resolved.pieceCountry.indexOf(code);
    expect(emphasis[pieceOf("POL")]).toBe(2);
    expect(emphasis[pieceOf("ROU")]).toBe(2);
    expect(emphasis[pieceOf("DEU")]).toBe(1);
    expect(emphasis[pieceOf("RUS")]).toBe(1);
    expect(d.camera.at).toEqual({ lon: 10, lat: 50, distance: 3 });
  });
});

describe("screenFor with a step that is not a whole number", () => {
  it("lands on a real step for NaN, fractions and out-of-range numbers", () => {
    for (const step of [Number.NaN, 2.5, -3, 1e9, Number.POSITIVE_INFINITY]) {
      const d = derive(view({ brief: "may-2011", step }));
      expect(d.step).toBeDefined();
      expect(d.stepIndex).toBeGreaterThanOrEqual(0);
      expect(d.stepIndex).toBeLessThan(briefing.steps.length);
    }
    expect(derive(view({ brief: "may-2011", step: 2.5 })).stepIndex).toBe(1);
  });
});

describe("screenFor: the words on screen", () => {
  const natoTitle = () => (modelJson("models/nato-two-systems.json").title as { en: string; ru: string });
  const russiaTitle = () => (modelJson("models/russia-sectors.json").title as { en: string; ru: string });

  it("titles a single proposal with its title, and announces it with the date its borders are drawn as of", () => {
    const d = derive(view({ proposal: NATO }));
    expect(d.title).toBe(natoTitle().en);
    expect(d.announcement).toBe(`${natoTitle().en}. Borders and membership as of 3 May 2011.`);
    expect(d.kind).toBe("proposal");
    expect(d.comparison).toBe(false);
    expect(d.globes[0]!.heading).toBeUndefined();
  });

  it("titles a comparison with both titles, heads each globe with its own, and says 'today' when it is today's view", () => {
    const d = derive(view({ compare: [NATO, RUSSIA], mode: "differences", asOf: "today" }));
    expect(d.title).toBe(`${natoTitle().en} | ${russiaTitle().en}`);
    expect(d.announcement).toBe(`Side by side: ${natoTitle().en} and ${russiaTitle().en}, differences only. Borders and membership as of today.`);
    expect(d.globes.map((g) => g.heading)).toEqual([natoTitle().en, russiaTitle().en]);
    expect(d.comparison).toBe(true);
    expect(d.legendHeading).toBe("Where the proposals differ");
    expect(d.globes.every((g) => g.date === TODAY)).toBe(true);
  });

  it("speaks the language asked for", () => {
    const d = derive(view({ proposal: RUSSIA, lang: "ru" }));
    expect(d.title).toBe(russiaTitle().ru);
    expect(d.announcement).toBe(`${russiaTitle().ru}. Границы и членство по состоянию на 3 мая 2011 г.`);
  });

  it("announces a step by its number and title, and names its export after the briefing and step", () => {
    const steps = briefingJson("models/may-2011.json").steps as { title: { en: string } }[];
    const d = derive(view({ brief: "may-2011", step: 2 }));
    expect(d.title).toBe(steps[1]!.title.en);
    expect(d.announcement.startsWith(`Step 2 of ${steps.length}: ${steps[1]!.title.en}.`)).toBe(true);
    expect(d.fileStem).toBe("may-2011-step-2");
  });

  it("names exports after the proposals shown", () => {
    expect(derive(view({ proposal: RUSSIA })).fileStem).toBe(RUSSIA);
    expect(derive(view({ compare: [RUSSIA, NATO] })).fileStem).toBe(`${RUSSIA}-vs-${NATO}`);
  });

  it("keys the screen by what the globes draw: the same for a change of camera or language, new for a change of date or emphasis", () => {
    const base = derive(view({ proposal: NATO }));
    expect(derive(view({ proposal: NATO, at: { lon: 5, lat: 5, distance: 3 } })).key).toBe(base.key);
    expect(derive(view({ proposal: NATO, lang: "ru" })).key).toBe(base.key);
    expect(derive(view({ proposal: NATO, asOf: "today" })).key).not.toBe(base.key);
    const full = derive(view({ compare: [NATO, RUSSIA] }));
    const differences = derive(view({ compare: [NATO, RUSSIA], mode: "differences" }));
    expect(differences.key).not.toBe(full.key);
    expect(differences.globes[0]!.palette).not.toEqual(full.globes[0]!.palette);
  });

  it("lists the union of the proposals' keys with 'not assigned' last, and each proposal's sources once", () => {
    const d = derive(view({ compare: [NATO, RUSSIA] }));
    const ids = d.legend.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe("unassigned");
    expect(ids).toEqual(expect.arrayContaining(["party-nato", "party-russia"]));
    expect(d.sourceSummary.startsWith("Sources: Global Security Newswire, 3 May 2011")).toBe(true);
    expect(d.sourceSummary.match(/Global Security Newswire, 3 May 2011/g)).toHaveLength(1);
  });
});

describe("screenFor: the notices", () => {
  const status = (changes: Partial<Parameters<typeof screenFor>[5] & object> = {}) => ({
    files: { errors: [], kept: [] },
    urlProblems: [],
    renderer: "webgl" as const,
    dismissed: new Set<string>(),
    ...changes,
  });
  const notices = (s: ReturnType<typeof status>, lang: "en" | "ru" = "en") => screenFor(view({ lang }), catalogue(), geography, lang, TODAY, s).notices;

  it("has none when nothing is wrong", () => {
    expect(notices(status())).toEqual([]);
  });

  it("says which file was left out and which is shown in its last valid version", () => {
    const list = notices(status({ files: { errors: ["models/a.json: bad", "models/b.json: worse"], kept: ["models/b.json"] } }));
    expect(list.map((n) => [n.id, n.kind])).toEqual([
      ["model-0", "error"],
      ["model-1", "error"],
    ]);
    expect(list[0]!.text).toBe("A file in models/ was not loaded. models/a.json: bad");
    expect(list[1]!.text).toBe("A file in models/ has a problem, so its last valid version is still shown. models/b.json: worse");
  });

  it("puts a URL problem into words in the language shown, and leaves out what the reader dismissed", () => {
    const problem = { code: "unknown" as const, parameters: ["zoom"], more: 0 };
    expect(notices(status({ urlProblems: [problem] }))[0]!.text).toBe('Unknown URL parameter "zoom" was ignored.');
    expect(notices(status({ urlProblems: [problem] }), "ru")[0]!.text).not.toMatch(/Unknown/);
    expect(notices(status({ urlProblems: [problem], dismissed: new Set(["url-0"]) }))).toEqual([]);
  });

  it("says when the flat drawing stands in for the 3D globe, and when the graphics context is lost", () => {
    expect(notices(status({ renderer: "svg" })).map((n) => n.id)).toEqual(["svg"]);
    const lost = notices(status({ webgl: { code: "context-lost" } }));
    expect(lost).toEqual([{ id: "webgl", kind: "error", text: "The graphics context was lost. The globe will come back by itself when the browser restores it." }]);
    expect(notices(status({ webgl: { code: "failed", detail: "no GPU" } }))[0]!.text).toContain("(no GPU)");
  });
});
