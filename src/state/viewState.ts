import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import type { ThemeChoice } from "../theme";
import type { AsOf } from "./asOf";

export interface CameraAt {
  lon: number;
  lat: number;
  /** Distance from the globe's centre, in globe radii. */
  distance: number;
}

/** Everything the URL can say about the view. */
export interface ViewState {
  /** Id of the proposal shown alone (a file name in models/ without .json). */
  proposal?: string;
  /** Two proposals side by side. */
  compare?: [string, string];
  /** In a comparison: every region, or only the areas whose responsible party differs. Default full. */
  mode: "full" | "differences";
  /** In a comparison: whether the two cameras move together. Default true. */
  linked: boolean;
  /** A point of contention shown on the globe (its id in a context file). */
  point?: string;
  /** A briefing, and its step counted from 1. */
  brief?: string;
  step?: number;
  /** The camera. */
  at?: CameraAt;
  /** Membership and borders: as of each model's own date (the default; `year=2011` in the URL) or as of today. */
  asOf: AsOf;
  /** Embedded in another page: only the globe, the legend, the note and a link to the full view. */
  embed: boolean;
  /** Embedded: the origins of the host pages whose `postMessage` commands the globe follows (see src/embed/). */
  origins?: string[];
  /**
   * Embedded by Pym.js: the id that the host page's Pym parent gave the frame (its `childId` parameter), which
   * the globe's height messages to that parent carry. Only with `embed`.
   */
  pymChild?: string;
  /** The interface language. Default "en". */
  lang: Lang;
  /** The colour scheme: light, dark, or "auto" (the default), the one the reader's system prefers (`prefers-color-scheme`). */
  theme: ThemeChoice;
}

export const DEFAULT_STATE: ViewState = { mode: "full", linked: true, asOf: "model-date", embed: false, lang: DEFAULT_LANG, theme: "auto" };

export const URL_PARAMETERS = ["proposal", "compare", "mode", "link", "point", "brief", "step", "at", "year", "embed", "origins", "lang", "theme"] as const;
export type UrlParameter = (typeof URL_PARAMETERS)[number];

/**
 * The parameters that Pym.js's parent library adds to the address of the frame it makes (pym.v1.js,
 * `_constructIframe`): read silently in an embed (only `childId` is kept, as `pymChild`), unknown elsewhere.
 */
export const PYM_PARAMETERS = ["initialWidth", "childId", "parentTitle", "parentUrl"] as const;
export type PymParameter = (typeof PYM_PARAMETERS)[number];

/** What the URL may refer to. */
export interface Known {
  proposals: readonly string[];
  briefings: readonly { id: string; steps: number }[];
  /** Ids of the points of contention (optional: none when absent). */
  points?: readonly string[];
}
