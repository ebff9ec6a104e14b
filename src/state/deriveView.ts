import { combineEmphasis, differenceEmphasis, regionEmphasis, type Emphasis } from "../model/emphasis";
import type { Briefing, BriefingStep, StepShow } from "../model/briefingSchema";
import type { Contention } from "../model/contextSchema";
import type { ResolvedModel } from "../model/resolve";
import type { CameraAt, ViewState } from "./urlState";

/** One globe to draw, with what stands out in it. */
export interface DerivedGlobe {
  resolved: ResolvedModel;
  emphasis: Emphasis;
}

/** What the screen shows for a view state: one or two globes, and where the camera should be. */
export interface DerivedView {
  globes: DerivedGlobe[];
  mode: "full" | "differences";
  briefing?: Briefing;
  step?: BriefingStep;
  /** Index of the step, from 0. */
  stepIndex?: number;
  /** The point of contention shown, if any. */
  point?: Contention;
  /** Camera to go to, and a key that changes whenever the camera should move there. */
  camera: { key: string; at: CameraAt };
}

/**
 * Derives the globes from the view state: a briefing step decides what is shown and where the camera
 * goes; otherwise a comparison or a single proposal, with the camera from the URL or the model's view.
 * Null when nothing valid can be shown.
 */
export function deriveView(
  state: ViewState,
  resolved: ReadonlyMap<string, ResolvedModel>,
  briefings: readonly Briefing[],
  fallback: string | undefined,
  points: readonly Contention[] = [],
): DerivedView | null {
  const briefing = state.brief ? briefings.find((b) => b.id === state.brief) : undefined;
  if (briefing) {
    // Any number (not only the whole numbers the URL gives) lands on a real step.
    const wanted = Number.isFinite(state.step) ? Math.trunc(state.step! - 1) : 0;
    const stepIndex = Math.min(Math.max(0, wanted), briefing.steps.length - 1);
    const step = briefing.steps[stepIndex]!;
    const show = step.show;
    const ids = "proposal" in show ? [show.proposal] : show.compare;
    const models = ids.map((id) => resolved.get(id)).filter((r): r is ResolvedModel => !!r);
    if (models.length === ids.length) {
      const mode = "compare" in show ? show.mode : "full";
      return {
        globes: globesFor(models, mode, step.emphasise),
        mode,
        briefing,
        step,
        stepIndex,
        camera: { key: `brief:${briefing.id}:${step.id}`, at: step.camera },
      };
    }
  }
  const point = state.point ? points.find((p) => p.id === state.point) : undefined;
  if (point) {
    const shown = showModels(point.show, resolved);
    if (shown) {
      const defaultAt = shown.models[0]!.model.view;
      return {
        globes: globesFor(shown.models, shown.mode, point.emphasise),
        mode: shown.mode,
        point,
        camera: { key: "view", at: state.at ?? defaultAt },
      };
    }
  }
  if (state.compare) {
    const models = state.compare.map((id) => resolved.get(id));
    if (models[0] && models[1]) {
      return {
        globes: globesFor([models[0], models[1]], state.mode, []),
        mode: state.mode,
        camera: { key: "view", at: state.at ?? models[0].model.view },
      };
    }
  }
  const single = resolved.get(state.proposal ?? "") ?? resolved.get(fallback ?? "");
  if (!single) return null;
  return { globes: globesFor([single], "full", []), mode: "full", camera: { key: "view", at: state.at ?? single.model.view } };
}

function showModels(show: StepShow, resolved: ReadonlyMap<string, ResolvedModel>): { models: ResolvedModel[]; mode: "full" | "differences" } | null {
  const ids = "proposal" in show ? [show.proposal] : show.compare;
  const models = ids.map((id) => resolved.get(id)).filter((r): r is ResolvedModel => !!r);
  if (models.length !== ids.length) return null;
  return { models, mode: "compare" in show ? show.mode : "full" };
}

function globesFor(models: ResolvedModel[], mode: "full" | "differences", emphasise: readonly string[]): DerivedGlobe[] {
  const diff = models.length === 2 && mode === "differences" ? differenceEmphasis(models[0]!, models[1]!) : null;
  return models.map((r) => {
    const own = emphasise.filter((id) => r.regions.some((x) => x.id === id));
    // A step that emphasises regions of the other proposal only leaves this one as it is.
    const regions = emphasise.length && own.length ? regionEmphasis(r, own) : null;
    return { resolved: r, emphasis: combineEmphasis(diff, regions) };
  });
}
