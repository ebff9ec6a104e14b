import type { Geography } from "../data/geography";
import { useI18n } from "../i18n/I18nContext";
import { regionPlaces } from "../model/regionPlaces";
import type { ResolvedModel, ResolvedRegion } from "../model/resolve";
import { textViewRows } from "../model/textView";
import { sourceLine } from "../model/sourceLine";

/** The picture as a table, for reading and for screen readers: every shaded region, who is responsible, and the sources. */
export function TextView({ resolved, geography }: { resolved: ResolvedModel; geography: Geography }) {
  const { lang, t, text, date } = useI18n();
  const rows = textViewRows(resolved, lang);
  const sources = new Map(resolved.model.sources.map((s) => [s.id, s]));
  // States by name in the reader's language, each with its territories, then the seas.
  const placesText = (region: ResolvedRegion) => {
    const { states, seas } = regionPlaces(region, geography.ref, resolved.date, lang);
    return [...states.map((p) => (p.territories.length ? `${p.name} (${p.territories.join(", ")})` : p.name)), ...seas].join(", ");
  };
  return (
    <table className="text-view" data-model={resolved.model.id}>
      <caption>{t.textView.caption(text(resolved.model.title), date(resolved.date))}</caption>
      <thead>
        <tr>
          <th scope="col">{t.textView.region}</th>
          <th scope="col">{t.textView.responsible}</th>
          <th scope="col">{t.textView.places}</th>
          <th scope="col">{t.textView.sources}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.regionId} data-region={r.regionId}>
            <th scope="row">{r.region}</th>
            <td>{r.responsible}</td>
            <td data-countries={r.countries.join(" ")}>
              {placesText(resolved.regions.find((x) => x.id === r.regionId)!)}
            </td>
            <td>
              {r.sources.map((id, i) => (
                <span key={id}>
                  {i > 0 && "; "}
                  <a href={`#source-${id}`}>{sources.get(id) ? sourceLine(sources.get(id)!, lang, sources) : id}</a>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
      {resolved.occupations.length > 0 && (
        <tfoot>
          {resolved.occupations.map((o) => (
            <tr key={o.id} data-occupied={o.id}>
              <td colSpan={4}>{t.textView.occupied(text(o.name), text(o.note))}</td>
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}
