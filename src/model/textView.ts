import type { ResolvedModel } from "./resolve";

/** One row of the text view: a shaded region, who is responsible, what it covers and the sources. */
export interface TextViewRow {
  regionId: string;
  region: string;
  responsible: string;
  /** Country codes (sorted) and sea ids shaded for the region. */
  countries: string[];
  seas: string[];
  sources: string[];
}

/**
 * The text alternative of the picture: every region that has something shaded on the resolved model's
 * date, from the same resolution that colours the globe, so the two cannot disagree.
 */
export function textViewRows(resolved: ResolvedModel): TextViewRow[] {
  return resolved.regions
    .filter((r) => r.countries.length + r.seas.length > 0)
    .map((r) => ({
      regionId: r.id,
      region: r.label.en,
      responsible:
        r.certainty === "ambiguous" && r.alternativeParty
          ? `${r.party.name.en} on one reading, ${r.alternativeParty.name.en} on another (disputed)`
          : r.party.name.en,
      countries: r.countries,
      seas: r.seas,
      sources: r.sources.map((s) => s.id),
    }));
}
