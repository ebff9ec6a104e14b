import { z } from "zod";
import type { Polygon } from "../geo/units";
import type { Text } from "./text";
import {
  CorrectionsFile,
  CountryRow,
  GroupFile,
  NameChangesFile,
  SeasFile,
  TerritoriesFile,
  type Correction,
  type NameChange,
} from "./referenceSchema";
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
const FILES = {
  countries: "data/countries.json",
  territories: "data/territories.json",
  corrections: "data/border-corrections.json",
  nameChanges: "data/name-changes.json",
  seas: "data/seas.json",
} as const;

/** Whether a path (from the repository root) is one that makeReference reads: a reference file or a group file. */
const isReferencePath = (path: string) =>
  (Object.values(FILES) as string[]).includes(path) || (path.startsWith(GROUP_DIR) && path.endsWith(".json") && !path.slice(GROUP_DIR.length).includes("/"));

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  if (value === undefined) throw new Error(`${file}: missing`);
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return r.data;
}

/**
 * Builds the reference from the data files' contents (validated). Throws an Error naming the file (its path from
 * the repository root) when one is missing or invalid, when a file is not one the reference reads, or when two
 * group files give the same id.
 */
export function makeReference(files: ReferenceFiles): Reference {
  const unknown = Object.keys(files).filter((path) => !isReferencePath(path));
  if (unknown.length) throw new Error(`${unknown.sort().join(", ")}: not a reference file (groups go in ${GROUP_DIR})`);
  const countries = parse(z.array(CountryRow), files[FILES.countries], FILES.countries);
  const groupPaths = Object.keys(files)
    .filter((path) => path.startsWith(GROUP_DIR))
    .sort();
  const groups = new Map<string, GroupFile>();
  const groupPath = new Map<string, string>();
  for (const path of groupPaths) {
    const g = parse(GroupFile, files[path], path);
    const other = groupPath.get(g.id);
    if (other) throw new Error(`${path}: id: the group id "${g.id}" is already the id of ${other}`);
    groups.set(g.id, g);
    groupPath.set(g.id, path);
  }
  const territories = parse(TerritoriesFile, files[FILES.territories], FILES.territories);
  const corrections = parse(CorrectionsFile, files[FILES.corrections], FILES.corrections);
  const seas = parse(SeasFile, files[FILES.seas], FILES.seas);
  const names = parse(NameChangesFile, files[FILES.nameChanges], FILES.nameChanges);
  return {
    countries: new Map(countries.map((c) => [c.code, c])),
    groups,
    territories: new Map(territories.territories.map((t) => [t.territory, t.sovereign])),
    corrections: corrections.corrections,
    nameChanges: [...names.changes].sort((a, b) => a.until.localeCompare(b.until)),
    seas: seas.features.map((f) => ({ id: f.id, name: f.properties.name, polygons: [f.geometry.coordinates], labelAt: f.properties.labelAt })),
  };
}

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
