import { useState } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { LegendEntry } from "../model/legend";
import { Swatch } from "./Swatch";

/**
 * The key to the colours on screen; always visible, except in an embed too small for it (styles.css), where a "Key"
 * button shows and hides it.
 */
export function Legend({ entries, heading }: { entries: readonly LegendEntry[]; heading?: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section className={`legend${open ? " legend--open" : ""}`} aria-label={t.legend.label} data-keep-out>
      <button type="button" className="legend__toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t.legend.key}
      </button>
      <div className="legend__body">
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
      </div>
    </section>
  );
}
