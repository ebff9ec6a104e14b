import type { Reference } from "../data/reference";
import type { Briefing } from "../model/briefingSchema";
import { loadModels } from "../model/loadModels";

/** The briefing the story page tells, by id: models/may-2011.json. */
export const STORY_BRIEFING = "may-2011";

/** The story's briefing, or the problems that kept it from loading (each naming its file). */
export type StoryBriefingLoad = { ok: true; briefing: Briefing } | { ok: false; errors: string[] };

/**
 * The story's briefing from the files of models/ ({ "models/<id>.json": text }), loaded and validated as the app
 * loads them (loadModels): with every model file, so that the briefing is checked against the proposals it shows.
 * When it does not load, every problem found, or one saying that the file is missing.
 */
export function loadStoryBriefing(files: Readonly<Record<string, string>>, ref: Reference, id: string = STORY_BRIEFING): StoryBriefingLoad {
  const loaded = loadModels({ ...files }, ref);
  const briefing = loaded.briefings.find((b) => b.id === id);
  if (briefing) return { ok: true, briefing };
  return { ok: false, errors: loaded.errors.length ? loaded.errors : [`models/${id}.json: no such briefing in models/`] };
}
