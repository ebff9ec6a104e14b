import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import { readingOf } from "./reading";
import type { ResolvedModel } from "./resolve";

/** One row of the text view: a shaded region, who is responsible, its places and the sources. */
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
 * The text alternative of the picture, in a language: every region that has something shaded on the resolved
 * model's date, from the same resolution that colours the globe, so the two cannot disagree.
 */
export function textViewRows(resolved: ResolvedModel, lang: Lang): TextViewRow[] {
  const t = strings(lang).textView;
  return resolved.regions
    .filter((r) => r.countries.length + r.seas.length > 0)
    .map((r) => ({
      regionId: r.id,
      region: pick(r.label, lang),
      responsible: {
        stated: () => pick(r.party.name, lang),
        reading: () => t.reading(pick(r.party.name, lang)),
        disputed: () => t.disputed(pick(r.party.name, lang), pick(r.alternativeParty!.name, lang)),
      }[readingOf(r)](),
      countries: r.countries,
      seas: r.seas,
      sources: r.sources.map((s) => s.id),
    }));
}
