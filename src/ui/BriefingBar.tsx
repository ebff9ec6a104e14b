import type { Briefing } from "../model/briefingSchema";
import { sourceLine } from "./Tooltip";

interface Props {
  briefing: Briefing;
  index: number;
  onStep: (index: number) => void;
  onClose: () => void;
}

/** The presenter's caption and controls: step counter, previous and next, full screen. */
export function BriefingBar({ briefing, index, onStep, onClose }: Props) {
  const step = briefing.steps[index]!;
  const sources = new Map(briefing.sources.map((s) => [s.id, s]));
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return (
    <section className="briefing" aria-label={`Briefing: ${briefing.title.en}`} data-step={index + 1}>
      <div className="briefing__text" aria-live="polite">
        <p className="briefing__counter">
          Step <span data-testid="step-number">{index + 1}</span> of {briefing.steps.length}
        </p>
        <h2 className="briefing__title">{step.title.en}</h2>
        <p className="briefing__caption">{step.caption.en}</p>
        <p className="briefing__source">
          Source: {step.sources.map((id) => sources.get(id)).filter((s) => !!s).map((s) => sourceLine(s!)).join("; ")}
        </p>
      </div>
      <div className="briefing__controls">
        <button type="button" className="button" onClick={() => onStep(index - 1)} disabled={index === 0} aria-label="Previous step">
          ← Previous
        </button>
        <button type="button" className="button button--primary" onClick={() => onStep(index + 1)} disabled={index === briefing.steps.length - 1} aria-label="Next step">
          Next →
        </button>
        <button type="button" className="button" onClick={fullScreen} data-action="fullscreen">
          Full screen
        </button>
        <button type="button" className="button" onClick={onClose} data-action="leave-briefing">
          Leave
        </button>
      </div>
    </section>
  );
}
