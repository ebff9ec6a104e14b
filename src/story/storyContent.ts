import type { Source } from "../model/schema";
import { sourceLine } from "../model/sourceLine";
import type { Text } from "../data/text";
import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { Site } from "../model/siteSchema";
import { publicationDetails, type PublicationDetails } from "../screen/publicationDetails";

/** What the story page reads of a briefing file (models/<id>.json with "type": "briefing"). */
export interface StoryBriefing {
  id: string;
  title: Text;
  summary: Text;
  steps: readonly { id: string; title: Text; caption: Text; sources: readonly string[] }[];
  sources: readonly Source[];
}

/** One step of the story, in a language. */
export interface StoryStep {
  /** Counted from 1, as the `step` URL parameter counts. */
  n: number;
  id: string;
  /** "Step 3 of 8". */
  label: string;
  title: string;
  caption: string;
  /** "Sources: Global Security Newswire, 3 May 2011; …". */
  sources: string;
}

/** The story's text in a language: the briefing's title, summary and steps. */
export interface StoryContent {
  lang: Lang;
  briefing: string;
  title: string;
  summary: string;
  steps: StoryStep[];
  /** What the desk prints with the story (the site file's byline, date of revision, credit and notes). */
  details: PublicationDetails;
}

/** The story's text for a briefing, in a language, with the site file's details (the CREDIT build option applied). */
export function storyContent(briefing: StoryBriefing, lang: Lang, site: Site | null = null): StoryContent {
  const t = strings(lang).story;
  const byId = new Map(briefing.sources.map((s) => [s.id, s]));
  const sources = new Map(briefing.sources.map((s) => [s.id, sourceLine(s, lang, byId)]));
  const total = briefing.steps.length;
  return {
    lang,
    briefing: briefing.id,
    title: pick(briefing.title, lang),
    summary: pick(briefing.summary, lang),
    steps: briefing.steps.map((step, i) => ({
      n: i + 1,
      id: step.id,
      label: t.stepOf(i + 1, total),
      title: pick(step.title, lang),
      caption: pick(step.caption, lang),
      sources: t.sources(step.sources.map((id) => sources.get(id) ?? id)),
    })),
    details: publicationDetails(site, lang),
  };
}
