import { clamp } from "../../geo/easing";
import { emphasisFor, shownBy, type ViewKind } from "./kind";

/** A briefing step: it decides what is shown, what stands out and where the camera goes. */
export const briefingView: ViewKind = ({ view, catalogue, resolved, i18n }) => {
  const briefing = view.brief ? catalogue.briefings.find((b) => b.id === view.brief) : undefined;
  if (!briefing) return null;
  // Any number (not only the whole numbers the URL gives) lands on a real step.
  const wanted = Number.isFinite(view.step) ? Math.trunc(view.step! - 1) : 0;
  const stepIndex = clamp(wanted, 0, briefing.steps.length - 1);
  const step = briefing.steps[stepIndex]!;
  const shown = shownBy(step.show, resolved);
  if (!shown) return null;
  const title = i18n.text(step.title);
  return {
    kind: "briefing",
    globes: emphasisFor(shown.models, shown.mode, step.emphasise),
    mode: shown.mode,
    camera: { key: `brief:${briefing.id}:${step.id}`, at: step.camera },
    title,
    announcement: i18n.t.announce.step(stepIndex + 1, briefing.steps.length, title),
    fileStem: `${briefing.id}-step-${stepIndex + 1}`,
    briefing,
    step,
    stepIndex,
  };
};
