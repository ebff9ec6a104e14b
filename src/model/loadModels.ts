import { todayIso, type IsoDate } from "../data/dates";
import type { Reference } from "../data/reference";
import type { Briefing } from "./briefingSchema";
import type { Context } from "./contextSchema";
import type { Model } from "./schema";
import type { Site } from "./siteSchema";
import { parseJson, withTextProblems } from "./checkFile";
import { problem } from "./problem";
import { validateModel } from "./validate";
import { validateBriefing } from "./validateBriefing";
import { validateContext } from "./validateContext";
import { validateSite } from "./validateSite";

export interface LoadedModels {
  /** Valid proposal models, sorted by id. */
  models: Model[];
  /** Valid briefings, sorted by id. */
  briefings: Briefing[];
  /** Valid context files (timeline, people, points of contention, sources), sorted by id. */
  contexts: Context[];
  /** The site file (credit, byline, notes, date of revision: see siteSchema.ts), valid; null when there is none. */
  site: Site | null;
  /**
   * One message per problem, each naming the file and the path: unreadable files and models first, by file name,
   * then briefings and context files, by file name, then site files.
   */
  errors: string[];
}

type Declared = "briefing" | "context" | "site";

/** The "type" a parsed file declares: "briefing", "context", "site", or undefined for anything else (a proposal model). */
function declaredType(value: unknown): Declared | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const type = (value as Record<string, unknown>).type;
  return type === "briefing" || type === "context" || type === "site" ? type : undefined;
}

/**
 * Validates the files of models/ given as { "models/<id>.json": text }. A file whose JSON is an object with
 * "type": "briefing" is a briefing, one with "type": "context" a context file, one with "type": "site" the site
 * file; every other file is a proposal model. Briefings and context files are validated after all models, against
 * the valid ones: one that shows a model whose file is invalid is itself reported. The site file comes last, its
 * date checked against the valid models and context files and against `today`; a folder has one at most, and
 * every other file with "type": "site" is reported, naming the first. An invalid file is left out and reported;
 * the others still load.
 */
export function loadModels(files: Record<string, string>, ref: Reference, today: IsoDate = todayIso()): LoadedModels {
  const models: Model[] = [];
  const briefings: Briefing[] = [];
  const contexts: Context[] = [];
  let site: Site | null = null;
  const errors: string[] = [];
  /** Adds a file's problems one by one (spreading a long list into push would overflow the stack). */
  const report = (list: readonly string[]) => {
    for (const e of list) errors.push(e);
  };
  /** Runs one file's check; a check that throws (it should not) becomes a problem of that file. */
  const guarded = <T,>(file: string, check: () => T): T | undefined => {
    try {
      return check();
    } catch (e) {
      errors.push(`${file}: (top level): could not be checked: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  };
  /** Briefings, context files and site files, in file-name order, validated once every model is known. */
  const later: [file: string, value: unknown, type: Declared, problems: string[]][] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = guarded(file, () => parseJson(text, file));
    if (!parsed) continue;
    if (!parsed.ok) {
      report(parsed.errors);
      continue;
    }
    const type = declaredType(parsed.value);
    if (type) {
      later.push([file, parsed.value, type, parsed.problems]);
      continue;
    }
    const r = guarded(file, () => withTextProblems(parsed.problems, file, validateModel(parsed.value, file, ref)));
    if (r?.ok) models.push(r.model);
    else if (r) report(r.errors);
  }
  for (const [file, value, type, problems] of later) {
    if (type === "site") continue;
    if (type === "briefing") {
      const r = guarded(file, () => withTextProblems(problems, file, validateBriefing(value, file, models)));
      if (r?.ok) briefings.push(r.briefing);
      else if (r) report(r.errors);
    } else {
      const r = guarded(file, () => withTextProblems(problems, file, validateContext(value, file, models)));
      if (r?.ok) contexts.push(r.context);
      else if (r) report(r.errors);
    }
  }
  // The site file: the first by file name; any other is a mistake (two credit lines cannot both be printed).
  const sites = later.filter(([, , type]) => type === "site");
  const [first, ...others] = sites;
  if (first) {
    const [file, value, , problems] = first;
    const r = guarded(file, () => withTextProblems(problems, file, validateSite(value, file, { models, contexts, today })));
    if (r?.ok) site = r.site;
    else if (r) report(r.errors);
  }
  for (const [file] of others)
    errors.push(
      problem(file, "type", `a models/ folder has one site file at most, and ${first![0]} is one already`, { hint: `move this file's fields into ${first![0]}, or remove this file` }),
    );
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { models: models.sort(byId), briefings: briefings.sort(byId), contexts: contexts.sort(byId), site, errors };
}
