import type { Geography } from "../data/geography";
import { countryName } from "../data/reference";
import type { ResolvedModel } from "../model/resolve";
import { Swatch } from "./Swatch";
import { sourceLine } from "./Tooltip";

/** Every shaded region with the party responsible, its countries, the reasoning and the sources. */
export function RegionList({ resolved, geography, open = true }: { resolved: ResolvedModel; geography: Geography; open?: boolean }) {
  const name = (code: string) => countryName(geography.ref, code, resolved.date);
  const sea = (id: string) => geography.ref.seas.find((s) => s.id === id)?.name.en ?? id;
  return (
    <details className="regions" open={open}>
      <summary>Regions in this proposal</summary>
      <ul>
        {resolved.regions.map((r) => (
          <li key={r.id} data-region={r.id}>
            <div className="regions__head">
              <Swatch colour={r.party.colour} alt={r.certainty === "ambiguous" ? r.alternativeParty?.colour : undefined} sea={!r.countries.length} />
              <strong>{r.label.en}</strong>
            </div>
            <div className="regions__places">{[...r.countries.map(name), ...r.seas.map(sea)].join(", ") || "No area on this date"}</div>
            <p>{r.note.en}</p>
            <p className="regions__source">
              Source:{" "}
              {r.sources.map((src, i) => (
                <span key={src.id}>
                  {i > 0 && "; "}
                  <a href={`#source-${src.id}`}>{sourceLine(src)}</a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
