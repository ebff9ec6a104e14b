import type { Reference } from "../data/reference";
import { loadModels, type LoadedModels } from "./loadModels";

/** What the app shows of its model files: the loaded files, and what it keeps for the next edit. */
export interface ShownModels extends LoadedModels {
  /**
   * The problems of the files as they are now, each naming its file: an invalid file shown in its last valid
   * version is still reported (the edit's problem is what the author needs to see).
   */
  errors: string[];
  /** Invalid files shown in their last valid version, by file name. */
  kept: string[];
  /** The last valid text of every file that has one: the `previous` to pass with the next set of files. */
  good: Readonly<Record<string, string>>;
}

/** The files that have problems, by the file each message names. */
const failing = (files: readonly string[], errors: readonly string[]) => new Set(files.filter((f) => errors.some((e) => e.startsWith(`${f}: `))));

/**
 * Loads `files` ({ "models/<id>.json": text }) as loadModels does, except that a file that is invalid now but was
 * valid before (its text in `previous`, the `good` of the last call) is shown in that last valid version, so an
 * edit in progress never takes a proposal off the globe. Its current problems are still reported. A file that
 * was never valid is left out, as loadModels leaves it out; a file no longer in `files` is forgotten. A file that
 * is only invalid because of another (a briefing showing a proposal whose edit is invalid) loads when that
 * proposal's last valid version does, and is then not reported.
 */
export function withLastGood(files: Readonly<Record<string, string>>, previous: Readonly<Record<string, string>>, ref: Reference): ShownModels {
  const names = Object.keys(files);
  const now = loadModels(files, ref);
  const failingNow = failing(names, now.errors);
  const substitutes = [...failingNow].filter((f) => previous[f] !== undefined && previous[f] !== files[f]);
  const shown = substitutes.length ? loadModels({ ...files, ...Object.fromEntries(substitutes.map((f) => [f, previous[f]!])) }, ref) : now;
  const failingShown = failing(names, shown.errors);
  const kept = substitutes.filter((f) => !failingShown.has(f));

  const reported = new Set([...kept, ...failingShown]);
  const errors = [
    ...now.errors.filter((e) => [...reported].some((f) => failingNow.has(f) && e.startsWith(`${f}: `))),
    ...shown.errors.filter((e) => [...failingShown].some((f) => !failingNow.has(f) && e.startsWith(`${f}: `))),
  ];
  const good: Record<string, string> = {};
  for (const f of names) {
    if (kept.includes(f)) good[f] = previous[f]!;
    else if (!failingShown.has(f)) good[f] = files[f]!; // valid, or valid beside the kept versions
  }
  return { models: shown.models, briefings: shown.briefings, contexts: shown.contexts, site: shown.site, errors, kept, good };
}
