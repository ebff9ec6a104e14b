import { formatDate } from "../i18n/format";
import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { Site } from "../model/siteSchema";

/**
 * What a desk prints under its graphic, in one language, from the site file (with the CREDIT build option already
 * applied: model/siteCredit.ts). Plain data, so that the page, the story, the exports and a renderer in Node print
 * the same words.
 */
export interface PublicationDetails {
  /** "Updated 1 December 2026"; null without a date of revision. */
  updated: string | null;
  /** "Graphic: Jane Doe / The Daily"; null without a credit. */
  credit: string | null;
  /** "By Jane Doe" (the story prints it); null without one. */
  byline: string | null;
  /** The short notes, in order. */
  notes: string[];
  /** The one line under the globe: "Updated 1 December 2026 · Graphic: Jane Doe / The Daily", either part alone, or "". */
  line: string;
}

export const NO_DETAILS: PublicationDetails = { updated: null, credit: null, byline: null, notes: [], line: "" };

/** The site file's details in a language; none without a site file. */
export function publicationDetails(site: Site | null | undefined, lang: Lang): PublicationDetails {
  if (!site) return NO_DETAILS;
  const t = strings(lang).publication;
  const updated = site.updated ? t.updated(formatDate(site.updated, lang)) : null;
  const credit = site.credit ? pick(site.credit, lang) : null;
  return {
    updated,
    credit,
    byline: site.byline ? pick(site.byline, lang) : null,
    notes: site.notes.map((n) => pick(n, lang)),
    line: [updated, credit].filter((x): x is string => !!x).join(t.separator),
  };
}
