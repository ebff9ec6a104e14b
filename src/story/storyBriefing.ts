import type { Briefing } from "../model/briefingSchema";

/** The briefing the story page tells, by id: models/may-2011.json. */
export const STORY_BRIEFING = "may-2011";

/** The story's briefing, or the problems that kept it from loading (each naming its file). */
export type StoryBriefingLoad = { ok: true; briefing: Briefing } | { ok: false; errors: string[] };

/** The story's briefing among the loaded files, or their problems, or one saying that the file is missing. */
export function pickStoryBriefing(loaded: { briefings: readonly Briefing[]; errors: readonly string[] }, id: string = STORY_BRIEFING): StoryBriefingLoad {
  const briefing = loaded.briefings.find((b) => b.id === id);
  if (briefing) return { ok: true, briefing };
  return { ok: false, errors: loaded.errors.length ? [...loaded.errors] : [`models/${id}.json: no such briefing in models/`] };
}
