import type { Briefing } from "../model/briefingSchema";
import type { Site } from "../model/siteSchema";

/** The briefing the story page tells, by id: models/may-2011.json. */
export const STORY_BRIEFING = "may-2011";

/** The story's briefing and the site file (null when there is none or it is invalid), or the problems that kept the briefing from loading (each naming its file). */
export type StoryBriefingLoad = { ok: true; briefing: Briefing; site: Site | null } | { ok: false; errors: string[] };

/** The story's briefing among the loaded files, with the site file, or their problems, or one saying that the file is missing. */
export function pickStoryBriefing(loaded: { briefings: readonly Briefing[]; site?: Site | null; errors: readonly string[] }, id: string = STORY_BRIEFING): StoryBriefingLoad {
  const briefing = loaded.briefings.find((b) => b.id === id);
  if (briefing) return { ok: true, briefing, site: loaded.site ?? null };
  return { ok: false, errors: loaded.errors.length ? [...loaded.errors] : [`models/${id}.json: no such briefing in models/`] };
}
