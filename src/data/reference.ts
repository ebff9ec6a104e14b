import type { Polygon } from "../geo/units";
import type { Text } from "./text";
import type { Correction, CountryRow, GroupFile, NameChange } from "./referenceSchema";
import type { IsoDate } from "./dates";
import type { Lang } from "../i18n/lang";

/** A named sea area (illustrative outline from data/seas.json). */
export interface Sea {
  id: string;
  name: Text;
  polygons: Polygon[];
  /** [lon, lat] where the sea's name is written on the globe: open water well inside the sea, away from its coasts. */
  labelAt: [number, number];
}

/** Everything in data/ except the geometry of countries: the reference the models are checked against. */
export interface Reference {
  countries: ReadonlyMap<string, CountryRow>;
  /** The groups of data/groups/, by id, in the order of their file names. */
  groups: ReadonlyMap<string, GroupFile>;
  /** territory code → sovereign code */
  territories: ReadonlyMap<string, string>;
  corrections: readonly Correction[];
  nameChanges: readonly NameChange[];
  seas: readonly Sea[];
}

/**
 * The files of data/, parsed, keyed by their path from the repository root: "data/countries.json", and one
 * "data/groups/<name>.json" per group. Each place the reference is read in gathers them its own way
 * (loadReference for the page, the tests and the build; readReference for the command-line tools).
 */
export type ReferenceFiles = Readonly<Record<string, unknown>>;

/** The folder of group files: every .json file in it is a group (see GroupFile). */
export const GROUP_DIR = "data/groups/";
/** A country's name in a language as it was on a date (data/name-changes.json), or its code when unknown. */
export function countryName(ref: Reference, code: string, date: IsoDate, lang: Lang): string {
  const change = ref.nameChanges.find((c) => c.country === code && date < c.until);
  return change?.name[lang] ?? ref.countries.get(code)?.[lang] ?? code;
}

/** Land parts that lie outside a group's own area (NATO's treaty area), keyed by part id. */
export function partsOutside(ref: Reference, groupId: string): ReadonlySet<string> {
  return new Set(ref.groups.get(groupId)?.area?.outside.map((p) => p.id) ?? []);
}

/** A sea's name in a language (data/seas.json), or its id when unknown. */
export function seaName(ref: Reference, id: string, lang: Lang): string {
  const sea = ref.seas.find((s) => s.id === id);
  return sea ? sea.name[lang] : id;
}
