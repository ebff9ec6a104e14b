import { useSyncExternalStore } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { HintStore } from "./useCooperativeGestures";
import "./gestureHint.css";

/**
 * The embedded globe's hint over its frames, for a gesture it left to the page (see gestures.ts): "use two fingers"
 * after a finger moves alone, "hold Ctrl" after a plain wheel. It shows while such gestures go on and for a moment
 * after (HINT_MS), then fades (at once with reduced motion); screen readers hear it as a status.
 */
export function GestureHint({ hints }: { hints: HintStore }) {
  const { t } = useI18n();
  const { kind, shown } = useSyncExternalStore(hints.subscribe, hints.get, hints.get);
  const text = kind === "touch" ? t.gestures.twoFingers : kind === "wheel" ? t.gestures.ctrlWheel : "";
  return (
    <div className={`gesture-hint${shown ? " gesture-hint--shown" : ""}`} role="status" data-hint={kind ?? undefined}>
      {text && <span className="gesture-hint__text">{text}</span>}
    </div>
  );
}
