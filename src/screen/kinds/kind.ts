import type { IsoDate } from "../../data/dates";
import type { I18n } from "../../i18n/I18nContext";
import type { Briefing, BriefingStep, StepShow } from "../../model/briefingSchema";
import type { Contention } from "../../model/contextSchema";
import type { ResolvedModel } from "../../model/resolve";
import type { ViewState } from "../../state/urlState";
import type { EmphasisSpec } from "../resolveCache";
import type { Catalogue, CameraTarget } from "../types";

/** What a kind of view is given: the view, the files, the models resolved on the date shown, the language. */
export interface KindInput {
  view: ViewState;
  catalogue: Catalogue;
  /** A proposal resolved on the date the view shows, or undefined when there is none by that id. */
  resolved: (id: string) => ResolvedModel | undefined;
  i18n: I18n;
  today: IsoDate;
}

/** What a kind of view decides: its globes, their camera and its words. */
export interface KindScreen {
  kind: string;
  globes: { resolved: ResolvedModel; emphasis: EmphasisSpec }[];
  mode: "full" | "differences";
  camera: CameraTarget;
  title: string;
  /** What changed, for a screen reader (the date shown is added after it). */
  announcement: string;
  fileStem: string;
  briefing?: Briefing;
  step?: BriefingStep;
  stepIndex?: number;
  point?: Contention;
}

/** A kind of view: the screen for a view state, or null when the state is not of this kind (or cannot be shown). */
export type ViewKind = (input: KindInput) => KindScreen | null;

/** The proposals a briefing step or a point of contention shows, resolved; null when one is missing. */
export function shownBy(show: StepShow, resolved: KindInput["resolved"]): { models: ResolvedModel[]; mode: "full" | "differences" } | null {
  const ids = "proposal" in show ? [show.proposal] : show.compare;
  const models = ids.map(resolved).filter((r): r is ResolvedModel => !!r);
  if (models.length !== ids.length) return null;
  return { models, mode: "compare" in show ? show.mode : "full" };
}

/**
 * What stands out in each globe: with "differences", the areas whose party differs from the other proposal's;
 * with regions named, those regions in full and the rest faded (a globe that has none of them is left as it is).
 */
export function emphasisFor(models: readonly ResolvedModel[], mode: "full" | "differences", emphasise: readonly string[]): KindScreen["globes"] {
  return models.map((r, i) => {
    const other = models.length === 2 && mode === "differences" ? models[1 - i] : undefined;
    const own = emphasise.filter((id) => r.regions.some((x) => x.id === id));
    return { resolved: r, emphasis: { differencesFrom: other, regions: own } };
  });
}

/** The title of each model, in the language shown. */
export const titlesOf = (models: readonly ResolvedModel[], i18n: I18n) => models.map((m) => i18n.text(m.model.title));

/** A comparison's headline ("The two proposals side by side") and what a screen reader hears ("Side by side: A and B"). */
export function comparisonWords(models: readonly ResolvedModel[], mode: "full" | "differences", i18n: I18n): { title: string; announcement: string } {
  const titles = titlesOf(models, i18n);
  if (titles.length === 1) return { title: titles[0]!, announcement: `${titles[0]}.` };
  return { title: i18n.t.announce.comparisonTitle(mode === "differences", titles.length === 2), announcement: i18n.t.announce.sideBySide(titles[0]!, titles.slice(1).join(", "), mode === "differences") };
}
