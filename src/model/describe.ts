import type { ResolvedModel, ResolvedRegion } from "./resolve";

/** Country names by code, as the app shows them. */
export type CountryNames = (code: string) => string;

/** One sentence per region: who is responsible for what, as the globe shows it. */
export function describeRegion(r: ResolvedRegion, names: CountryNames, seaNames: (id: string) => string): string {
  const places = [...r.countries.map(names), ...r.seas.map(seaNames)];
  const list = places.length ? `: ${places.join(", ")}` : "";
  if (r.certainty === "ambiguous" && r.alternativeParty) {
    return `${r.label.en}, ${r.party.name.en} or ${r.alternativeParty.name.en} depending on the reading${list}.`;
  }
  return `${r.label.en}, ${r.party.name.en}${list}.`;
}

/** A short text alternative of the whole picture, for the globe's accessible name. */
export function describeModel(resolved: ResolvedModel): string {
  const parts = resolved.regions.map((r) =>
    r.certainty === "ambiguous" && r.alternativeParty
      ? `${r.label.en}: ${r.party.name.en} or ${r.alternativeParty.name.en}, depending on the reading`
      : `${r.label.en}: ${r.party.name.en}`,
  );
  return `Globe showing ${resolved.model.title.en}, as of ${resolved.date}. ${parts.join("; ")}.`;
}
