import "../zodConfig";
import type { Reference } from "../data/reference";
import { loadReference } from "../data/loadReference";
import { bundledModelFiles } from "../model/bundledModels";
import { loadModels } from "../model/loadModels";
import { pickStoryBriefing, STORY_BRIEFING, type StoryBriefingLoad } from "./storyBriefing";

/**
 * The story's briefing from the files of models/ ({ "models/<id>.json": text }), loaded and validated as the app
 * loads them (loadModels): with every model file, so that the briefing is checked against the proposals it shows.
 * When it does not load, every problem found, or one saying that the file is missing. (`npm start` and tests; the
 * build validates the files at build time and the story takes the result: see build/preparedModels.ts.)
 */
export function loadStoryBriefing(files: Readonly<Record<string, string>>, ref: Reference, id: string = STORY_BRIEFING): StoryBriefingLoad {
  return pickStoryBriefing(loadModels({ ...files }, ref), id);
}

/** The story's briefing from the files the page bundles. */
export const loadBundledStoryBriefing = (): StoryBriefingLoad => loadStoryBriefing(bundledModelFiles, loadReference());
