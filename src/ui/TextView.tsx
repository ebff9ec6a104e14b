import type { Geography } from "../data/geography";
import { countryName } from "../data/reference";
import type { ResolvedModel } from "../model/resolve";
import { textViewRows } from "../model/textView";
import { sourceLine } from "./Tooltip";

/** The picture as a table, for reading and for screen readers: every shaded region, who is responsible, and the sources. */
export function TextView({ resolved, geography }: { resolved: ResolvedModel; geography: Geography }) {
  const rows = textViewRows(resolved);
  const sources = new Map(resolved.model.sources.map((s) => [s.id, s]));
  const sea = (id: string) => geography.ref.seas.find((s) => s.id === id)?.name.en ?? id;
  return (
    <table className="text-view" data-model={resolved.model.id}>
      <caption>
        {resolved.model.title.en}: who is responsible for what, as of {formatDate(resolved.date)}
      </caption>
      <thead>
        <tr>
          <th scope="col">Region</th>
          <th scope="col">Responsible</th>
          <th scope="col">Countries and seas</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.regionId} data-region={r.regionId}>
            <th scope="row">{r.region}</th>
            <td>{r.responsible}</td>
            <td data-countries={r.countries.join(" ")}>{[...r.countries.map((c) => countryName(geography.ref, c, resolved.date)), ...r.seas.map(sea)].join(", ")}</td>
            <td>
              {r.sources.map((id, i) => (
                <span key={id}>
                  {i > 0 && "; "}
                  <a href={`#source-${id}`}>{sources.get(id) ? sourceLine(sources.get(id)!) : id}</a>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 3 May 2011 */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
