import type { Geography } from "../data/geography";
import { countryName, seaName } from "../data/reference";
import { useI18n } from "../i18n/I18nContext";
import type { ResolvedModel } from "../model/resolve";
import { Swatch } from "./Swatch";
import { sourceLine } from "./Tooltip";

/** Every shaded region with the party responsible, its countries, the reasoning and the sources. */
export function RegionList({ resolved, geography, open = true }: { resolved: ResolvedModel; geography: Geography; open?: boolean }) {
  const { lang, t, text } = useI18n();
  const name = (code: string) => countryName(geography.ref, code, resolved.date, lang);
  const sea = (id: string) => seaName(geography.ref, id, lang);
  return (
    <details className="regions" open={open}>
      <summary>{t.regions.summary}</summary>
      <ul>
        {resolved.regions.map((r) => (
          <li key={r.id} data-region={r.id}>
            <div className="regions__head">
              <Swatch colour={r.party.colour} alt={r.certainty === "ambiguous" ? r.alternativeParty?.colour : undefined} sea={!r.countries.length} />
              <strong>{text(r.label)}</strong>
            </div>
            <div className="regions__places">{[...r.countries.map(name), ...r.seas.map(sea)].join(", ") || t.regions.noArea}</div>
            <p>{text(r.note)}</p>
            <p className="regions__source">
              {t.sources.source}{" "}
              {r.sources.map((src, i) => (
                <span key={src.id}>
                  {i > 0 && "; "}
                  <a href={`#source-${src.id}`}>{sourceLine(src, lang)}</a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
