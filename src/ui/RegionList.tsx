import type { Geography } from "../data/geography";
import { useI18n } from "../i18n/I18nContext";
import { regionSwatch } from "../model/legend";
import { occupiedPartsOf } from "../model/occupation";
import { regionPlaces } from "../model/regionPlaces";
import type { ResolvedModel, ResolvedRegion } from "../model/resolve";
import { Swatch } from "./Swatch";
import { sourceLine } from "../model/sourceLine";

/** Every shaded region with the party responsible, its countries, the reasoning and the sources. */
export function RegionList({ resolved, geography, open = true }: { resolved: ResolvedModel; geography: Geography; open?: boolean }) {
  const { lang, t, text } = useI18n();
  const sources = new Map(resolved.model.sources.map((s) => [s.id, s]));
  // After a state: its territories, then any part of it held by another state on the date (Crimea).
  const bracket = (territories: readonly string[], code: string) => [territories.join(", "), ...occupiedPartsOf(resolved, code, lang)].filter(Boolean).join("; ");
  const places = (region: ResolvedRegion) => {
    const { states, seas } = regionPlaces(region, geography.ref, resolved.date, lang);
    if (!states.length && !seas.length) return <div className="regions__places">{t.regions.noArea}</div>;
    return (
      <ul className="regions__places">
        {states.map((p) => (
          <li key={p.code}>
            {p.name}
            {bracket(p.territories, p.code) && <span className="regions__territories"> ({bracket(p.territories, p.code)})</span>}
          </li>
        ))}
        {seas.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    );
  };
  return (
    <details className="regions" open={open}>
      <summary>{t.regions.summary}</summary>
      <ul>
        {resolved.regions.map((r) => (
          <li key={r.id} data-region={r.id}>
            <div className="regions__head">
              <Swatch {...regionSwatch(r, !r.countries.length)} />
              <strong>{text(r.label)}</strong>
            </div>
            {places(r)}
            <p>{text(r.note)}</p>
            <p className="regions__source">
              {t.sources.source}{" "}
              {r.sources.map((src, i) => (
                <span key={src.id}>
                  {i > 0 && "; "}
                  <a href={`#source-${src.id}`}>{sourceLine(src, lang, sources)}</a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
