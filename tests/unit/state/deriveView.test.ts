import { beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../../src/model/briefingSchema";
import type { ResolvedModel } from "../../../src/model/resolve";
import { deriveView, type DerivedView } from "../../../src/state/deriveView";
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

beforeAll(() => {
  real = realModels();
  briefing = real.briefings.find((b) => b.id === "may-2011")!;
  expect(briefing).toBeDefined();
});

const view = (changes: Partial<ViewState> = {}): ViewState => ({ mode: "full", linked: true, year: "2011", embed: false, lang: "en", ...changes });
const derive = (state: ViewState, fallback: string | undefined = NATO): DerivedView => {
  const d = deriveView(state, real.resolved, real.briefings, fallback);
  if (!d) throw new Error("deriveView gave null");
  return d;
};
const ids = (d: DerivedView) => d.globes.map((g) => g.resolved.model.id);
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

describe("deriveView: a single proposal", () => {
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
  it("gives the globe the resolved model itself", () => {
    expect(derive(view({ proposal: NATO })).globes[0]!.resolved).toBe(real.resolved.get(NATO));
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
  it("is null when neither the proposal nor the fallback exists", () => {
    expect(deriveView(view({ proposal: "warsaw-pact" }), real.resolved, real.briefings, "nope")).toBeNull();
    expect(deriveView(view(), new Map(), [], undefined)).toBeNull();
  });
});

describe("deriveView: a comparison", () => {
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
    let d: DerivedView;
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

describe("deriveView: a briefing step", () => {
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
    const onlyNato = new Map([[NATO, real.resolved.get(NATO)!]]);
    const d = deriveView(brief(n, { proposal: NATO }), onlyNato, real.briefings, NATO);
    expect(d && ids(d)).toEqual([NATO]);
    expect(d?.step).toBeUndefined();
  });
});

describe("deriveView: the camera key", () => {
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

describe("deriveView: the step", () => {
  it("is the loaded briefing's own step object, counted from 1", () => {
    const d = derive(view({ brief: "may-2011", step: 2 }));
    expect(d.briefing).toBe(briefing);
    expect(d.step).toBe(briefing.steps[1]);
    expect(d.stepIndex).toBe(1);
  });
});

describe("deriveView with a point of contention", () => {
  it("shows the point's proposal with its regions in full and the rest faded, keeping the camera", () => {
    const points = real.contexts.flatMap((c) => c.contention);
    const point = points.find((p) => p.id === "sectors-and-nato-members")!;
    expect(point).toBeDefined();
    const d = deriveView(view({ point: point.id, at: { lon: 10, lat: 50, distance: 3 } }), real.resolved, real.briefings, NATO, points)!;
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

describe("deriveView with a step that is not a whole number", () => {
  it("lands on a real step for NaN, fractions and out-of-range numbers", () => {
    for (const step of [Number.NaN, 2.5, -3, 1e9, Number.POSITIVE_INFINITY]) {
      const d = deriveView(view({ brief: "may-2011", step }), real.resolved, real.briefings, NATO)!;
      expect(d.step).toBeDefined();
      expect(d.stepIndex).toBeGreaterThanOrEqual(0);
      expect(d.stepIndex).toBeLessThan(briefing.steps.length);
    }
    expect(deriveView(view({ brief: "may-2011", step: 2.5 }), real.resolved, real.briefings, NATO)!.stepIndex).toBe(1);
  });
});
