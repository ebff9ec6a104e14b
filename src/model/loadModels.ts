import type { Reference } from "../data/reference";
import type { Briefing } from "./briefingSchema";
import type { Model } from "./schema";
import { parseJson, validateModel } from "./validate";
import { validateBriefing } from "./validateBriefing";

export interface LoadedModels {
  /** Valid proposal models, sorted by id. */
  models: Model[];
  /** Valid briefings, sorted by id. */
  briefings: Briefing[];
  /** One message per problem, each naming the file and the path: unreadable files and models first, by file name, then briefings. */
  errors: string[];
}

/** True for a parsed file that declares itself a briefing ("type": "briefing"). */
function isBriefing(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && (value as Record<string, unknown>).type === "briefing";
}

/**
 * Validates the files of models/ given as { "models/<id>.json": text }. A file whose JSON is an object with
 * "type": "briefing" is a briefing; every other file is a proposal model. Briefings are validated after all
 * models, against the valid ones: a briefing that shows a model whose file is invalid is itself reported.
 * An invalid file is left out and reported; the others still load.
 */
export function loadModels(files: Record<string, string>, ref: Reference): LoadedModels {
  const models: Model[] = [];
  const briefings: Briefing[] = [];
  const errors: string[] = [];
  const briefingFiles: [file: string, value: unknown][] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = parseJson(text, file);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    if (isBriefing(parsed.value)) {
      briefingFiles.push([file, parsed.value]);
      continue;
    }
    const r = validateModel(parsed.value, file, ref);
    if (r.ok) models.push(r.model);
    else errors.push(...r.errors);
  }
  for (const [file, value] of briefingFiles) {
    const r = validateBriefing(value, file, models);
    if (r.ok) briefings.push(r.briefing);
    else errors.push(...r.errors);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { models: models.sort(byId), briefings: briefings.sort(byId), errors };
}
