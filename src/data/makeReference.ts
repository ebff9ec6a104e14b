import { z } from "zod";
import { GROUP_DIR, type Reference, type ReferenceFiles } from "./reference";
import { CorrectionsFile, CountryRow, GroupFile, NameChangesFile, SeasFile, TerritoriesFile } from "./referenceSchema";

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

