import { z } from "zod";
import countriesJson from "../../data/countries.json";
import correctionsJson from "../../data/border-corrections.json";
import natoJson from "../../data/nato-members.json";
import europeJson from "../../data/un-m49-europe.json";
import easternEuropeJson from "../../data/un-m49-eastern-europe.json";
import nameChangesJson from "../../data/name-changes.json";
import seasJson from "../../data/seas.json";
import territoriesJson from "../../data/territories.json";
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
}

/** Everything in data/ except the geometry of countries: the reference the models are checked against. */
export interface Reference {
  countries: ReadonlyMap<string, CountryRow>;
  groups: ReadonlyMap<string, GroupFile>;
  /** territory code → sovereign code */
  territories: ReadonlyMap<string, string>;
  corrections: readonly Correction[];
  nameChanges: readonly NameChange[];
  seas: readonly Sea[];
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return r.data;
}

/** Builds the reference from the JSON files' contents (validated). */
export function makeReference(files: {
  countries: unknown;
  /** Group files by file name (data/<name>). */
  groups: Record<string, unknown>;
  territories: unknown;
  corrections: unknown;
  nameChanges: unknown;
  seas: unknown;
}): Reference {
  const countries = parse(z.array(CountryRow), files.countries, "data/countries.json");
  const groups = Object.entries(files.groups).map(([name, g]) => parse(GroupFile, g, `data/${name}`));
  const territories = parse(TerritoriesFile, files.territories, "data/territories.json");
  const corrections = parse(CorrectionsFile, files.corrections, "data/border-corrections.json");
  const seas = parse(SeasFile, files.seas, "data/seas.json");
  const names = parse(NameChangesFile, files.nameChanges, "data/name-changes.json");
  return {
    countries: new Map(countries.map((c) => [c.code, c])),
    groups: new Map(groups.map((g) => [g.id, g])),
    territories: new Map(territories.territories.map((t) => [t.territory, t.sovereign])),
    corrections: corrections.corrections,
    nameChanges: [...names.changes].sort((a, b) => a.until.localeCompare(b.until)),
    seas: seas.features.map((f) => ({ id: f.id, name: f.properties.name, polygons: [f.geometry.coordinates] })),
  };
}

let cached: Reference | undefined;
/** The reference data shipped in data/. */
export function loadReference(): Reference {
  cached ??= makeReference({
    countries: countriesJson,
    groups: { "nato-members.json": natoJson, "un-m49-europe.json": europeJson, "un-m49-eastern-europe.json": easternEuropeJson },
    territories: territoriesJson,
    corrections: correctionsJson,
    nameChanges: nameChangesJson,
    seas: seasJson,
  });
  return cached;
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
