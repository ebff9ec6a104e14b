import type { Reference } from "./reference";

/** The reference as JSON can carry it: its maps as lists of entries. */
export interface ReferenceJson {
  countries: [string, Reference["countries"] extends ReadonlyMap<string, infer V> ? V : never][];
  groups: [string, Reference["groups"] extends ReadonlyMap<string, infer V> ? V : never][];
  territories: [string, string][];
  corrections: Reference["corrections"];
  nameChanges: Reference["nameChanges"];
  seas: Reference["seas"];
}

/** The reference (validated when it was made) as JSON, for the build to hand to the page. */
export const referenceToJson = (ref: Reference): ReferenceJson => ({
  countries: [...ref.countries],
  groups: [...ref.groups],
  territories: [...ref.territories],
  corrections: ref.corrections,
  nameChanges: ref.nameChanges,
  seas: ref.seas,
});

/** The reference again from its JSON, as it was: no validation (the build did it). */
export const referenceFromJson = (json: ReferenceJson): Reference => ({
  countries: new Map(json.countries),
  groups: new Map(json.groups),
  territories: new Map(json.territories),
  corrections: json.corrections,
  nameChanges: json.nameChanges,
  seas: json.seas,
});
