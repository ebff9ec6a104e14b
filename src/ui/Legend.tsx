import { useI18n } from "../i18n/I18nContext";
import type { LegendEntry } from "../model/legend";
import { Swatch } from "./Swatch";

/** The key to the colours on screen; always visible. */
export function Legend({ entries, heading }: { entries: readonly LegendEntry[]; heading?: string }) {
  const { t } = useI18n();
  return (
    <section className="legend" aria-label={t.legend.label} data-keep-out>
      <h2 className={heading ? "legend__heading" : "visually-hidden"}>{heading ?? t.legend.label}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.id} data-legend={e.id}>
            <span className="legend__swatches">
              {e.swatches.map((s, i) => (
                <Swatch key={i} colour={s.colour} alt={s.alt} sea={s.sea} />
              ))}
            </span>
            <span>{e.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
