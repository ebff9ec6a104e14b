import { useI18n } from "../i18n/I18nContext";
import type { Briefing } from "../model/briefingSchema";
import { sourceLine } from "../model/sourceLine";

interface Props {
  briefing: Briefing;
  index: number;
  onStep: (index: number) => void;
  onClose: () => void;
}

/** The presenter's caption and controls: step counter, previous and next, full screen. */
export function BriefingBar({ briefing, index, onStep, onClose }: Props) {
  const { lang, t, text } = useI18n();
  const step = briefing.steps[index]!;
  const sources = new Map(briefing.sources.map((s) => [s.id, s]));
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return (
    <section className="briefing" aria-label={t.app.briefing(text(briefing.title))} data-step={index + 1} data-keep-out>
      <div className="briefing__text" aria-live="polite">
        <p className="briefing__counter">
          {t.briefing.step} <span data-testid="step-number">{index + 1}</span> {t.briefing.of(briefing.steps.length)}
        </p>
        <h2 className="briefing__title">{text(step.title)}</h2>
        {/* Focusable: a long caption scrolls in its card (see styles.css), by keyboard too. */}
        <p className="briefing__caption" tabIndex={0}>
          {text(step.caption)}
        </p>
        <p className="briefing__source">
          {t.sources.source}{" "}
          {step.sources
            .map((id) => sources.get(id))
            .filter((s) => !!s)
            .map((s) => sourceLine(s!, lang, sources))
            .join("; ")}
        </p>
      </div>
      <div className="briefing__controls">
        <button type="button" className="button" onClick={() => onStep(index - 1)} disabled={index === 0} aria-label={t.briefing.previousLabel}>
          {t.briefing.previous}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => onStep(index + 1)}
          disabled={index === briefing.steps.length - 1}
          aria-label={t.briefing.nextLabel}
        >
          {t.briefing.next}
        </button>
        <button type="button" className="button" onClick={fullScreen} data-action="fullscreen">
          {t.briefing.fullScreen}
        </button>
        <button type="button" className="button" onClick={onClose} data-action="leave-briefing">
          {t.briefing.leave}
        </button>
      </div>
    </section>
  );
}
