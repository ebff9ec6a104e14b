import type { IsoDate } from "../data/dates";
import { countryName, seaName, type Reference } from "../data/reference";
import type { Lang } from "../i18n/lang";
import type { ResolvedRegion } from "./resolve";

/** A state shaded for a region, by name, with the territories shaded with it (data/territories.json). */
export interface RegionPlace {
  code: string;
  name: string;
  territories: string[];
}

/**
 * The places of a region as a reader looks for them: states by name in the reader's language (alphabetical),
 * each with its territories under it, then the seas. A territory whose state is not in the region stands alone.
 */
export function regionPlaces(r: ResolvedRegion, ref: Reference, date: IsoDate, lang: Lang): { states: RegionPlace[]; seas: string[] } {
  const collator = new Intl.Collator(lang);
  const name = (code: string) => countryName(ref, code, date, lang);
  const inRegion = new Set(r.countries);
  const under = (code: string) => {
    const sovereign = ref.territories.get(code);
    return sovereign && inRegion.has(sovereign) ? sovereign : undefined;
  };
  const states = r.countries
    .filter((c) => !under(c))
    .map((code) => ({
      code,
      name: name(code),
      territories: r.countries.filter((t) => under(t) === code).map(name).sort(collator.compare),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return { states, seas: r.seas.map((s) => seaName(ref, s, lang)) };
}
