import { useI18n } from "../i18n/I18nContext";
import type { Model } from "../model/schema";
import type { Screen } from "../screen/types";
import "./phoneBar.css";

interface Props {
  screen: Screen;
  models: readonly Model[];
  onSelect: (id: string) => void;
  /** Starts a comparison, or ends the one shown; without it there is no compare button. */
  onCompare?: () => void;
}

/** A proposal's title up to its colon ("NATO: two separate systems…" → "NATO"), for a button with little room. */
export const shortTitle = (title: string): string => {
  const colon = title.indexOf(":");
  return colon > 0 ? title.slice(0, colon).trim() : title;
};

/**
 * On a phone, the proposals within reach above the globe: the panel with the full switcher comes after the globe
 * there. One row of short buttons (their names are the proposals' full titles), scrolling sideways if it must; the
 * CSS shows it only on narrow screens, and the stage leaves it out of an embed.
 */
export function PhoneBar({ screen, models, onSelect, onCompare }: Props) {
  const { t, text } = useI18n();
  if (models.length === 0) return null;
  const single = !screen.comparison && !screen.briefing;
  const current = single ? screen.globes[0]?.resolved.model.id : undefined;
  const comparing = screen.comparison && !screen.briefing;
  return (
    <nav className="phone-bar" aria-label={t.phoneBar.label}>
      {models.map((m) => {
        const title = text(m.title);
        return (
          <button key={m.id} type="button" className="phone-bar__button" aria-pressed={m.id === current} aria-label={title} title={title} data-phone-proposal={m.id} onClick={() => onSelect(m.id)}>
            {shortTitle(title)}
          </button>
        );
      })}
      {onCompare && models.length > 1 && (
        <button type="button" className="phone-bar__button phone-bar__button--compare" aria-pressed={comparing} data-phone-action="compare" onClick={onCompare}>
          {t.phoneBar.compare}
        </button>
      )}
    </nav>
  );
}
