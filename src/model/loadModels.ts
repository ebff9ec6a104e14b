import type { Reference } from "../data/reference";
import type { Model } from "./schema";
import { validateModelText } from "./validate";

export interface LoadedModels {
  /** Valid models, sorted by id. */
  models: Model[];
  /** One message per problem, each naming the file and the path. */
  errors: string[];
}

/**
 * Validates model files given as { "models/<id>.json": text }. An invalid file is left out and reported;
 * the others still load.
 */
export function loadModels(files: Record<string, string>, ref: Reference): LoadedModels {
  const models: Model[] = [];
  const errors: string[] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const r = validateModelText(text, file, ref);
    if (r.ok) models.push(r.model);
    else errors.push(...r.errors);
  }
  return { models, errors };
}
