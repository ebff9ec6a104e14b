import type { Reference } from "../data/reference";
import type { Briefing } from "./briefingSchema";
import type { Context } from "./contextSchema";
import type { Model } from "./schema";
import { parseJson } from "./checkFile";
import { validateModel } from "./validate";
import { validateBriefing } from "./validateBriefing";
import { validateContext } from "./validateContext";

export interface LoadedModels {
  /** Valid proposal models, sorted by id. */
  models: Model[];
  /** Valid briefings, sorted by id. */
  briefings: Briefing[];
  /** Valid context files (timeline, people, points of contention, sources), sorted by id. */
  contexts: Context[];
  /**
   * One message per problem, each naming the file and the path: unreadable files and models first, by file name,
   * then briefings and context files, by file name.
   */
  errors: string[];
}

/** The "type" a parsed file declares: "briefing", "context", or undefined for anything else (a proposal model). */
function declaredType(value: unknown): "briefing" | "context" | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const type = (value as Record<string, unknown>).type;
  return type === "briefing" || type === "context" ? type : undefined;
}

/**
 * Validates the files of models/ given as { "models/<id>.json": text }. A file whose JSON is an object with
 * "type": "briefing" is a briefing, one with "type": "context" a context file; every other file is a proposal
 * model. Briefings and context files are validated after all models, against the valid ones: one that shows a
 * model whose file is invalid is itself reported. An invalid file is left out and reported; the others still load.
 */
export function loadModels(files: Record<string, string>, ref: Reference): LoadedModels {
  const models: Model[] = [];
  const briefings: Briefing[] = [];
  const contexts: Context[] = [];
  const errors: string[] = [];
  /** Briefings and context files, in file-name order, validated once every model is known. */
  const later: [file: string, value: unknown, type: "briefing" | "context"][] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = parseJson(text, file);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const type = declaredType(parsed.value);
    if (type) {
      later.push([file, parsed.value, type]);
      continue;
    }
    const r = validateModel(parsed.value, file, ref);
    if (r.ok) models.push(r.model);
    else errors.push(...r.errors);
  }
  for (const [file, value, type] of later) {
    if (type === "briefing") {
      const r = validateBriefing(value, file, models);
      if (r.ok) briefings.push(r.briefing);
      else errors.push(...r.errors);
    } else {
      const r = validateContext(value, file, models);
      if (r.ok) contexts.push(r.context);
      else errors.push(...r.errors);
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { models: models.sort(byId), briefings: briefings.sort(byId), contexts: contexts.sort(byId), errors };
}
