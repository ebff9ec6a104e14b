import { useI18n } from "../i18n/I18nContext";
import type { Model } from "../model/schema";

/** One button per proposal, named by its title; keys 1, 2, … choose them too. */
export function ProposalSwitcher({ models, current, onSelect }: { models: readonly Model[]; current: string; onSelect: (id: string) => void }) {
  const { t, text } = useI18n();
  return (
    <nav className="switcher" aria-label={t.switcher.label}>
      {models.map((m, i) => (
        <button
          key={m.id}
          type="button"
          className="switcher__button"
          aria-pressed={m.id === current}
          data-proposal={m.id}
          onClick={() => onSelect(m.id)}
        >
          {i < 9 && <kbd aria-hidden="true">{i + 1}</kbd>}
          <span>{text(m.title)}</span>
        </button>
      ))}
    </nav>
  );
}
