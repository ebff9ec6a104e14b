import { formatDate } from "../i18n/format";
import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import { readingOf } from "./reading";
import type { ResolvedModel, ResolvedRegion } from "./resolve";

/** Country names by code, as the app shows them. */
export type CountryNames = (code: string) => string;

/** One sentence per region, in a language: who is responsible for what, as the globe shows it. */
export function describeRegion(r: ResolvedRegion, names: CountryNames, seaNames: (id: string) => string, lang: Lang): string {
  const t = strings(lang).describe;
  const places = [...r.countries.map(names), ...r.seas.map(seaNames)];
  const list = places.length ? `: ${places.join(", ")}` : "";
  const reading = readingOf(r);
  if (reading === "disputed") return t.regionDisputed(pick(r.label, lang), pick(r.party.name, lang), pick(r.alternativeParty!.name, lang), list);
  if (reading === "reading") return t.regionReading(pick(r.label, lang), pick(r.party.name, lang), list);
  return t.region(pick(r.label, lang), pick(r.party.name, lang), list);
}

/** A short text alternative of the whole picture, in a language, for the globe's accessible name. */
export function describeModel(resolved: ResolvedModel, lang: Lang): string {
  const t = strings(lang).describe;
  const parts = resolved.regions.map((r) => {
    const reading = readingOf(r);
    if (reading === "disputed") return t.partDisputed(pick(r.label, lang), pick(r.party.name, lang), pick(r.alternativeParty!.name, lang));
    if (reading === "reading") return t.partReading(pick(r.label, lang), pick(r.party.name, lang));
    return t.part(pick(r.label, lang), pick(r.party.name, lang));
  });
  return t.globe(pick(resolved.model.title, lang), formatDate(resolved.date, lang), parts);
}
