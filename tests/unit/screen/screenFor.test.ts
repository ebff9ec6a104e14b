import { beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../../src/model/briefingSchema";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import type { ResolvedModel } from "../../../src/model/resolve";
import type { Model } from "../../../src/model/schema";
import { screenFor } from "../../../src/screen/screenFor";
import type { Catalogue, Screen } from "../../../src/screen/types";
import type { CameraAt, ViewState } from "../../../src/state/urlState";
import { DARK, LIGHT, rgb } from "../../../src/theme";
import { fixtureModels, type LoadedFiles } from "../support";

/*
 * Written against the invented files of tests/fixtures/ (see fixtureModels in ../support.ts), with what they hold
 * written out here:
 * example-separate (group A's): group A for DEU and POL, group B for BLR.
 * example-joint (group B's): group A for DEU; group B for BLR, UKR and the Baltic and Black seas ("two-seas"), and for
 * MDA on a reading; POL ("poland-either") and CZE ("czechia-either") disputed between the two.
 * example-briefing: the five steps of STEPS. example-context: the point "who-answers-for-poland".
 */
const SEPARATE = "example-separate";
const JOINT = "example-joint";
const BRIEF = "example-briefing";
const POINT = "who-answers-for-poland";
/** The models' opening views and titles, as their files give them. */
const SEPARATE_VIEW: CameraAt = { lon: 22, lat: 50, distance: 2.7 };
const JOINT_VIEW: CameraAt = { lon: 28, lat: 52, distance: 2.4 };
const SEPARATE_TITLE = { en: "Example: each group keeps its own arrangement", ru: "Пример: у каждой группы свой механизм" };
const JOINT_TITLE = { en: "Example: one shared arrangement in two parts", ru: "Пример: общий механизм из двух частей" };
/** The briefing's steps, numbered from 1, as its file gives them. */
const STEPS = [
  { id: "separate", title: "Each group on its own", camera: { lon: 20, lat: 50, distance: 2.8 } },
  { id: "seas", title: "Two seas in group B's part", camera: { lon: 30, lat: 50, distance: 2.2 } },
  { id: "group-b", title: "Group B's part and its reading", camera: { lon: 27, lat: 51, distance: 2.5 } },
  { id: "differences", title: "Where the examples differ", camera: { lon: 25, lat: 52, distance: 2.6 } },
  { id: "side-by-side", title: "Both examples in full", camera: { lon: 24, lat: 51, distance: 3 } },
] as const;
const STEP = { separate: 1, seas: 2, groupB: 3, differences: 4, sideBySide: 5 } as const;
// Emphasis levels, written out: hidden, faded, full.
const HIDDEN = 0;
const FADED = 1;
const FULL = 2;

let f: LoadedFiles;
let briefing: Briefing;
let geography: Geography;
let models: Model[];

beforeAll(() => {
  f = fixtureModels();
  geography = prepareGeography();
  models = [...f.resolved.values()].map((r) => r.model);
  briefing = f.briefings.find((b) => b.id === BRIEF)!;
  expect(briefing).toBeDefined();
}, 120_000);

const TODAY = "2026-12-01";
const view = (changes: Partial<ViewState> = {}): ViewState => ({ mode: "full", linked: true, asOf: "model-date", embed: false, lang: "en", theme: "auto", ...changes });
/** The fixture files, with the proposals in an order whose first (the one shown when none is named) is `first`. */
const catalogue = (first: string = SEPARATE, only?: string[]): Catalogue => ({
  models: [...models].filter((m) => !only || only.includes(m.id)).sort((a, b) => (a.id === first ? -1 : b.id === first ? 1 : 0)),
  briefings: f.briefings,
  contexts: f.contexts,
});
const screenOf = (state: ViewState, files: Catalogue = catalogue()) => screenFor(state, files, geography, state.lang, TODAY);
const derive = (state: ViewState, fallback: string = SEPARATE): Screen => {
  const d = screenOf(state, catalogue(fallback));
  if (!d.globes.length) throw new Error("screenFor showed no globe");
  return d;
};
const ids = (d: Screen) => d.globes.map((g) => g.resolved.model.id);
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
/** The countries of the land pieces, and the seas, that an emphasis shows in full. */
function shownInFull(g: Screen["globes"][number]): { countries: string[]; seas: string[] } {
  const e = g.emphasis!;
  const land = g.resolved.pieceCountry.length;
  const countries = new Set<string>();
  const seas: string[] = [];
  for (let i = 0; i < e.length; i++) {
    if (e[i] !== FULL) continue;
    if (i < land) countries.add(g.resolved.pieceCountry[i]!);
    else seas.push(geography.ref.seas[i - land]!.id);
  }
  return { countries: [...countries].sort(), seas: seas.sort() };
}

describe("screenFor: the kind of view", () => {
  it("is named after what decided the screen: a proposal, a comparison, a briefing step or a point of contention", () => {
    expect(derive(view({ proposal: JOINT })).kind).toBe("proposal");
    expect(derive(view({ compare: [SEPARATE, JOINT] })).kind).toBe("comparison");
    expect(derive(view({ brief: BRIEF, step: 1 })).kind).toBe("briefing");
    expect(derive(view({ point: POINT })).kind).toBe("point");
  });
  it("is read in order: a briefing before a point before a comparison before a proposal", () => {
    const all = { brief: BRIEF, step: 1, point: POINT, compare: [JOINT, SEPARATE] as [string, string], proposal: JOINT };
    expect(derive(view(all)).kind).toBe("briefing");
    expect(derive(view({ ...all, brief: undefined })).kind).toBe("point");
    expect(derive(view({ ...all, brief: undefined, point: undefined })).kind).toBe("comparison");
    expect(derive(view({ ...all, brief: undefined, point: undefined, compare: undefined })).kind).toBe("proposal");
  });
});

describe("screenFor: a single proposal", () => {
  it("shows one globe of that proposal, with nothing emphasised, at the model's view", () => {
    const d = derive(view({ proposal: JOINT }));
    expect(ids(d)).toEqual([JOINT]);
    expect(d.globes[0]!.emphasis).toBeNull();
    expect(d.mode).toBe("full");
    expect(d.camera.at).toEqual(JOINT_VIEW);
    expect(d.briefing).toBeUndefined();
    expect(d.step).toBeUndefined();
  });
  it("puts the camera where the URL says when it says so", () => {
    const at = { lon: -73.5, lat: 40.25, distance: 3 };
    const d = derive(view({ proposal: SEPARATE, at }));
    expect(ids(d)).toEqual([SEPARATE]);
    expect(d.camera.at).toEqual(at);
  });
  it("resolves each model once per date: two screens of it share the resolved model and its palette", () => {
    const a = derive(view({ proposal: SEPARATE }));
    const b = derive(view({ proposal: SEPARATE, at: { lon: 1, lat: 2, distance: 3 } }));
    expect(b.globes[0]!.resolved).toBe(a.globes[0]!.resolved);
    expect(b.globes[0]!.palette).toBe(a.globes[0]!.palette);
    expect(a.globes[0]!.resolved.date).toBe("2011-05-03");
  });
  it("an unknown proposal falls back to the fallback", () => {
    expect(ids(derive(view({ proposal: "warsaw-pact" }), JOINT))).toEqual([JOINT]);
    expect(ids(derive(view({ proposal: "warsaw-pact" }), SEPARATE))).toEqual([SEPARATE]);
  });
  it("no proposal at all shows the fallback", () => {
    const d = derive(view(), JOINT);
    expect(ids(d)).toEqual([JOINT]);
    expect(d.camera.at).toEqual(JOINT_VIEW);
  });
  it("shows no globe when there is no proposal at all", () => {
    const empty = screenOf(view({ proposal: "warsaw-pact" }), { models: [], briefings: [], contexts: [] });
    expect(empty.globes).toEqual([]);
    expect(empty.legend).toEqual([]);
  });
});

describe("screenFor: the colour scheme", () => {
  const withScheme = (state: ViewState, prefers: "light" | "dark") => screenFor(state, catalogue(), geography, "en", TODAY, undefined, prefers);
  /** The colour of a land piece in a globe's palette (row 0). */
  const pieceColour = (screen: Screen, key: string) => {
    const i = geography.atlas.pieces.find((p) => p.key === key)!.index;
    return Array.from(screen.globes[0]!.palette.slice(i * 4, i * 4 + 3));
  };
  it("auto takes the scheme the system prefers; light and dark take themselves", () => {
    expect(withScheme(view({ proposal: SEPARATE }), "light").theme).toBe(LIGHT);
    expect(withScheme(view({ proposal: SEPARATE }), "dark").theme).toBe(DARK);
    expect(withScheme(view({ proposal: SEPARATE, theme: "dark" }), "light").theme).toBe(DARK);
    expect(withScheme(view({ proposal: SEPARATE, theme: "light" }), "dark").theme).toBe(LIGHT);
    // Not told what the system prefers: light.
    expect(screenOf(view({ proposal: SEPARATE })).theme).toBe(LIGHT);
  });
  it("paints the globes in the scheme's colours (group A blue, unassigned land grey)", () => {
    const light = withScheme(view({ proposal: SEPARATE }), "light");
    const dark = withScheme(view({ proposal: SEPARATE }), "dark");
    expect(pieceColour(light, "DEU")).toEqual(rgb(LIGHT.parties.blue));
    expect(pieceColour(dark, "DEU")).toEqual(rgb(DARK.parties.blue));
    expect(pieceColour(dark, "FRA")).toEqual(rgb(DARK.land));
  });
  it("a new scheme is a new picture: the screen's and the globes' keys change, not with the same scheme reached another way", () => {
    const light = withScheme(view({ proposal: SEPARATE }), "light");
    const dark = withScheme(view({ proposal: SEPARATE, theme: "dark" }), "light");
    expect(dark.key).not.toBe(light.key);
    expect(dark.globes[0]!.key).not.toBe(light.globes[0]!.key);
    expect(withScheme(view({ proposal: SEPARATE }), "dark").key).toBe(dark.key);
    expect(withScheme(view({ proposal: SEPARATE }), "dark").globes[0]!.palette).toBe(dark.globes[0]!.palette);
    // The rest of the screen is the same.
    expect(dark.legend).toEqual(light.legend);
    expect(dark.camera).toEqual(light.camera);
  });
  it("a screen without globes has the scheme too", () => {
    const empty = screenFor(view({ theme: "dark" }), { models: [], briefings: [], contexts: [] }, geography, "en", TODAY);
    expect(empty.globes).toEqual([]);
    expect(empty.theme).toBe(DARK);
  });
});

describe("screenFor: a comparison", () => {
  it("shows two globes in the order given, in full", () => {
    const d = derive(view({ compare: [JOINT, SEPARATE] }));
    expect(ids(d)).toEqual([JOINT, SEPARATE]);
    expect(d.mode).toBe("full");
    expect(d.globes.map((g) => g.emphasis)).toEqual([null, null]);
  });
  it("takes precedence over a proposal in the same state", () => {
    expect(ids(derive(view({ proposal: SEPARATE, compare: [SEPARATE, JOINT] })))).toEqual([SEPARATE, JOINT]);
  });
  it("puts the camera at the URL's camera, or else at the first model's view", () => {
    const at = { lon: 10, lat: 20, distance: 2 };
    expect(derive(view({ compare: [JOINT, SEPARATE], at })).camera.at).toEqual(at);
    expect(derive(view({ compare: [JOINT, SEPARATE] })).camera.at).toEqual(JOINT_VIEW);
    expect(derive(view({ compare: [SEPARATE, JOINT] })).camera.at).toEqual(SEPARATE_VIEW);
  });
  it("with an unknown proposal, falls back to a single proposal", () => {
    const d = derive(view({ compare: [SEPARATE, "warsaw-pact"], proposal: JOINT }));
    expect(ids(d)).toEqual([JOINT]);
  });

  describe("of differences only", () => {
    let d: Screen;
    beforeAll(() => {
      d = derive(view({ compare: [SEPARATE, JOINT], mode: "differences" }));
    });
    it("shows two globes, in differences mode", () => {
      expect(ids(d)).toEqual([SEPARATE, JOINT]);
      expect(d.mode).toBe("differences");
      expect(d.globes[0]!.emphasis).not.toBeNull();
      expect(d.globes[1]!.emphasis).not.toBeNull();
    });
    it("Poland (group A's, or disputed) and Ukraine (no one's, or group B's) are full; Germany and Belarus (the same in both) are hidden", () => {
      for (const g of d.globes) {
        const e = g.emphasis!;
        expect(e[f.piece("POL")], "POL").toBe(FULL);
        expect(e[f.piece("UKR")], "UKR").toBe(FULL);
        expect(e[f.piece("DEU")], "DEU").toBe(HIDDEN);
        expect(e[f.piece("BLR")], "BLR").toBe(HIDDEN);
      }
    });
    it("the seas only one proposal assigns are full; the seas and a country neither assigns (China) are hidden", () => {
      for (const g of d.globes) {
        for (const sea of ["baltic", "black"]) expect(g.emphasis![f.sea(sea)], sea).toBe(FULL);
        for (const sea of ["barents", "azov"]) expect(g.emphasis![f.sea(sea)], sea).toBe(HIDDEN);
        expect(g.emphasis![f.piece("CHN")]).toBe(HIDDEN);
      }
    });
    it("shows in full exactly Czechia, Moldova, Poland, Ukraine and the Baltic and Black seas, on both globes", () => {
      for (const g of d.globes) expect(shownInFull(g)).toEqual({ countries: ["CZE", "MDA", "POL", "UKR"], seas: ["baltic", "black"] });
    });
    it("every area is full exactly when its responsible party differs between the two proposals, and hidden otherwise", () => {
      const separate = f.resolved.get(SEPARATE)!;
      const joint = f.resolved.get(JOINT)!;
      const n = separate.areaRegion.length;
      let differing = 0;
      for (const g of d.globes) {
        expect(g.emphasis).toHaveLength(n);
        for (let i = 0; i < n; i++) {
          const differs = whoIsResponsible(separate, i) !== whoIsResponsible(joint, i);
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
  const brief = (step: number | undefined, changes: Partial<ViewState> = {}) => view({ brief: BRIEF, step, ...changes });

  it("the step decides what is shown and where the camera goes, over the proposal and camera of the URL", () => {
    const d = derive(brief(STEP.seas, { proposal: SEPARATE, at: { lon: 0, lat: 0, distance: 4 } }));
    expect(ids(d)).toEqual([JOINT]);
    expect(d.camera.at).toEqual(STEPS[1].camera);
    expect(d.briefing?.id).toBe(BRIEF);
    expect(d.step?.id).toBe("seas");
    expect(d.stepIndex).toBe(1);
  });

  it('a step showing example-joint with emphasise ["two-seas"]: the two seas are full, everything else faded', () => {
    const d = derive(brief(STEP.seas));
    expect(ids(d)).toEqual([JOINT]);
    const e = d.globes[0]!.emphasis!;
    expect(e).not.toBeNull();
    for (const sea of ["baltic", "black"]) expect(e[f.sea(sea)], sea).toBe(FULL);
    for (const sea of ["barents", "azov"]) expect(e[f.sea(sea)], sea).toBe(FADED);
    for (const key of ["DEU", "BLR", "UKR", "POL", "CHN"]) expect(e[f.piece(key)], key).toBe(FADED);
  });

  it("a step emphasising group B's part and Moldova's reading: those are full, the disputed states and the rest faded", () => {
    const g = derive(brief(STEP.groupB)).globes[0]!;
    expect(shownInFull(g)).toEqual({ countries: ["BLR", "MDA", "UKR"], seas: [] });
    for (const key of ["POL", "CZE", "DEU", "USA"]) expect(g.emphasis![f.piece(key)], key).toBe(FADED);
  });

  it("a step without emphasis that shows one proposal draws it in full", () => {
    const d = derive(brief(STEP.separate));
    expect(ids(d)).toEqual([SEPARATE]);
    expect(d.globes[0]!.emphasis).toBeNull();
  });

  it("a step comparing the differences gives both globes the difference emphasis", () => {
    const d = derive(brief(STEP.differences));
    expect(ids(d)).toEqual([SEPARATE, JOINT]);
    expect(d.mode).toBe("differences");
    for (const g of d.globes) {
      expect(g.emphasis![f.piece("POL")]).toBe(FULL);
      expect(g.emphasis![f.piece("DEU")]).toBe(HIDDEN);
    }
  });

  it("a step comparing in full gives two globes with nothing emphasised", () => {
    const d = derive(brief(STEP.sideBySide));
    expect(ids(d)).toEqual([SEPARATE, JOINT]);
    expect(d.mode).toBe("full");
    expect(d.globes.map((g) => g.emphasis)).toEqual([null, null]);
  });

  it("no step means step 1; a step past the end means the last", () => {
    expect(derive(brief(undefined)).step?.id).toBe("separate");
    expect(derive(brief(STEPS.length + 5)).step?.id).toBe("side-by-side");
  });

  it("an unknown briefing is ignored: the proposal of the URL is shown", () => {
    const d = derive(view({ brief: "june-2011", step: 2, proposal: JOINT }));
    expect(ids(d)).toEqual([JOINT]);
    expect(d.briefing).toBeUndefined();
  });

  it("a step whose proposal is not loaded is ignored: the proposal of the URL is shown", () => {
    const d = screenOf(brief(STEP.seas, { proposal: SEPARATE }), catalogue(SEPARATE, [SEPARATE]));
    expect(ids(d)).toEqual([SEPARATE]);
    expect(d.step).toBeUndefined();
  });
});

describe("screenFor: the camera key", () => {
  it("differs between every two steps of a briefing", () => {
    const keys = STEPS.map((_, i) => derive(view({ brief: BRIEF, step: i + 1 })).camera.key);
    expect(new Set(keys).size).toBe(STEPS.length);
  });
  it("differs between a briefing step and the same proposal outside the briefing", () => {
    expect(derive(view({ brief: BRIEF, step: STEP.seas })).camera.key).not.toBe(derive(view({ proposal: JOINT })).camera.key);
  });
  it("is the same for two states that differ only in the camera", () => {
    const a = { lon: 10, lat: 20, distance: 2 };
    const b = { lon: -100, lat: -45, distance: 5 };
    for (const base of [view({ proposal: SEPARATE }), view({ compare: [SEPARATE, JOINT], mode: "differences" }), view({ brief: BRIEF, step: 3 })]) {
      const withA = derive({ ...base, at: a });
      const withB = derive({ ...base, at: b });
      const without = derive(base);
      expect(withA.camera.key).toBe(withB.camera.key);
      expect(withA.camera.key).toBe(without.camera.key);
    }
  });
  it("a briefing step's camera is its own, whatever the URL's camera", () => {
    const withAt = derive(view({ brief: BRIEF, step: 3, at: { lon: 10, lat: 20, distance: 2 } }));
    expect(withAt.camera.at).toEqual(STEPS[2].camera);
  });
});

describe("screenFor: the step", () => {
  it("is the loaded briefing's own step object, counted from 1", () => {
    const d = derive(view({ brief: BRIEF, step: 2 }));
    expect(d.briefing).toBe(briefing);
    expect(d.step).toBe(briefing.steps[1]);
    expect(d.stepIndex).toBe(1);
  });
});

describe("screenFor with a point of contention", () => {
  it("shows the point's proposal with its regions in full and the rest faded, keeping the camera", () => {
    const d = derive(view({ point: POINT, at: { lon: 10, lat: 50, distance: 3 } }));
    expect(d.point?.id).toBe(POINT);
    expect(d.globes).toHaveLength(1);
    const g = d.globes[0]!;
    expect(g.resolved.model.id).toBe(JOINT);
    expect(shownInFull(g)).toEqual({ countries: ["CZE", "POL"], seas: [] });
    for (const key of ["DEU", "BLR", "UKR", "MDA"]) expect(g.emphasis![f.piece(key)], key).toBe(FADED);
    expect(d.camera.at).toEqual({ lon: 10, lat: 50, distance: 3 });
  });
  it("without a camera in the URL, opens at the proposal's view, and names itself after the point", () => {
    const d = derive(view({ point: POINT }));
    expect(d.camera.at).toEqual(JOINT_VIEW);
    expect(d.title).toBe("Who answers for Poland and Czechia");
    expect(d.announcement).toBe("Showing on the globe: Who answers for Poland and Czechia. Borders and membership as of 3 May 2011.");
    expect(d.fileStem).toBe(JOINT);
  });
  it("an unknown point is ignored: the proposal of the URL is shown", () => {
    const d = derive(view({ point: "no-such-point", proposal: SEPARATE }));
    expect(d.kind).toBe("proposal");
    expect(d.point).toBeUndefined();
    expect(ids(d)).toEqual([SEPARATE]);
  });
});

describe("screenFor with a step that is not a whole number", () => {
  it("lands on a real step for NaN, fractions and out-of-range numbers", () => {
    for (const step of [Number.NaN, 2.5, -3, 1e9, Number.POSITIVE_INFINITY]) {
      const d = derive(view({ brief: BRIEF, step }));
      expect(d.step).toBeDefined();
      expect(d.stepIndex).toBeGreaterThanOrEqual(0);
      expect(d.stepIndex).toBeLessThan(STEPS.length);
    }
    expect(derive(view({ brief: BRIEF, step: 2.5 })).stepIndex).toBe(1);
  });
});

describe("screenFor: the words on screen", () => {
  it("titles a single proposal with its title, and announces it with the date its borders are drawn as of", () => {
    const d = derive(view({ proposal: SEPARATE }));
    expect(d.title).toBe(SEPARATE_TITLE.en);
    expect(d.announcement).toBe(`${SEPARATE_TITLE.en}. Borders and membership as of 3 May 2011.`);
    expect(d.kind).toBe("proposal");
    expect(d.comparison).toBe(false);
    expect(d.globes[0]!.heading).toBeUndefined();
  });

  it("gives a comparison a headline of its own, heads each globe with its title, and says 'today' when it is today's view", () => {
    const d = derive(view({ compare: [SEPARATE, JOINT], mode: "differences", asOf: "today" }));
    expect(d.title).toBe("Two proposals for missile defence in Europe: where they differ");
    expect(derive(view({ compare: [SEPARATE, JOINT], mode: "full" })).title).toBe("Two proposals for missile defence in Europe, side by side");
    expect(derive(view({ compare: [SEPARATE, JOINT], mode: "full", lang: "ru" })).title).toBe("Два предложения о противоракетной обороне Европы: сравнение");
    expect(d.announcement).toBe(`Side by side: ${SEPARATE_TITLE.en} and ${JOINT_TITLE.en}, differences only. Borders and membership as of today.`);
    expect(d.globes.map((g) => g.heading)).toEqual([SEPARATE_TITLE.en, JOINT_TITLE.en]);
    expect(d.comparison).toBe(true);
    expect(d.legendHeading).toBe("Where the proposals differ");
    expect(d.globes.every((g) => g.date === TODAY)).toBe(true);
  });

  it("speaks the language asked for", () => {
    const d = derive(view({ proposal: JOINT, lang: "ru" }));
    expect(d.title).toBe(JOINT_TITLE.ru);
    expect(d.announcement).toBe(`${JOINT_TITLE.ru}. Границы и членство по состоянию на 3 мая 2011 г.`);
  });

  it("announces a step by its number and title, and names its export after the briefing and step", () => {
    const d = derive(view({ brief: BRIEF, step: 2 }));
    expect(d.title).toBe("Two seas in group B's part");
    expect(d.announcement).toBe("Step 2 of 5: Two seas in group B's part. Borders and membership as of 3 May 2011.");
    expect(d.fileStem).toBe("example-briefing-step-2");
  });

  it("names exports after the proposals shown", () => {
    expect(derive(view({ proposal: JOINT })).fileStem).toBe(JOINT);
    expect(derive(view({ compare: [JOINT, SEPARATE] })).fileStem).toBe(`${JOINT}-vs-${SEPARATE}`);
  });

  it("keys the screen by what the globes draw: the same for a change of camera or language, new for a change of date or emphasis", () => {
    const base = derive(view({ proposal: SEPARATE }));
    expect(derive(view({ proposal: SEPARATE, at: { lon: 5, lat: 5, distance: 3 } })).key).toBe(base.key);
    expect(derive(view({ proposal: SEPARATE, lang: "ru" })).key).toBe(base.key);
    expect(derive(view({ proposal: SEPARATE, asOf: "today" })).key).not.toBe(base.key);
    const full = derive(view({ compare: [SEPARATE, JOINT] }));
    const differences = derive(view({ compare: [SEPARATE, JOINT], mode: "differences" }));
    expect(differences.key).not.toBe(full.key);
    expect(differences.globes[0]!.palette).not.toEqual(full.globes[0]!.palette);
  });

  it("lists the union of the proposals' keys with 'not assigned' last, and each proposal's sources once", () => {
    const d = derive(view({ compare: [SEPARATE, JOINT] }));
    expect(d.legend.map((e) => e.id)).toEqual(["party-group-a", "party-group-b", "disputed-group-b-group-a", "reading-group-b", "sea-group-b", "unassigned"]);
    // Both proposals cite Example Newswire: it is named once; example-joint also cites a report it carried.
    expect(d.sourceSummary).toBe("Sources: Example Newswire, 3 May 2011; Invented Agency, May 2, as reported by Example Newswire.");
  });

  it("keys a comparison of differences by its sentences, one per pair of regions an area moves between", () => {
    const d = derive(view({ compare: [SEPARATE, JOINT], mode: "differences" }));
    expect(d.legend).toHaveLength(5);
    expect(d.legend.map((e) => e.text)).toContain(
      "Under Group A's proposal: Group A's states: Group A. Under Group B's proposal: Poland (readings differ): Group B or Group A.",
    );
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

describe("screenFor: the schematic insets", () => {
  it("gives each globe its proposal's inset, in the screen's language, one per globe in a comparison", () => {
    const one = derive(view({ proposal: SEPARATE, lang: "ru" }));
    expect(one.globes[0]!.inset?.description).toMatch(/^Схема, не привязанная к местности: Механизм группы А/);
    const two = derive(view({ compare: [SEPARATE, JOINT] }));
    expect(two.globes.map((g) => g.inset?.full.symbols[0]?.id)).toEqual(["group-a-arrangement", "joint-arrangement"]);
  });

  it("gives no inset to a proposal without nodes", () => {
    const bare = { ...models.find((m) => m.id === SEPARATE)!, nodes: [], links: [] };
    const d = screenFor(view({ proposal: SEPARATE }), { ...catalogue(), models: [bare] }, geography, "en", TODAY);
    expect(d.globes[0]!.inset).toBeNull();
  });
});
