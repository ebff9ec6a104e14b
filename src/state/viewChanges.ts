/**
 * Every change of the view that the app makes, as a pure function from a view to the next: the same change
 * whether a button, a key or a host page's command (src/embed/applyShow.ts) asks for it. None keeps a reference
 * to what it is given, and none changes it.
 */
import { clamp } from "../geo/easing";
import type { Lang } from "../i18n/lang";
import type { ThemeChoice } from "../theme";
import type { AsOf } from "./asOf";
import type { CameraAt, ViewState } from "./viewState";

/** Shows one proposal alone, leaving a comparison, briefing or point. */
export const selectProposal = (v: ViewState, id: string): ViewState => ({
  ...v,
  proposal: id,
  compare: undefined,
  brief: undefined,
  step: undefined,
  point: undefined,
});

/**
 * "Compare side by side": the proposal shown (or, with none, the first) next to the first other, leaving a
 * briefing or point. Unchanged when there is no other proposal to compare it with.
 */
export function startCompare(v: ViewState, proposalIds: readonly string[], shownId: string | undefined): ViewState {
  const first = shownId ?? proposalIds[0];
  const second = proposalIds.find((id) => id !== first);
  if (first === undefined || second === undefined) return v;
  return { ...v, compare: [first, second], brief: undefined, step: undefined, point: undefined };
}

/** Another pair side by side, in the order given; the rest of the comparison (mode, link) stays. */
export const setPair = (v: ViewState, pair: [string, string]): ViewState => ({ ...v, compare: pair });

/** "Back to one globe": the first of the pair alone (or the proposal shown before, when there was no pair). */
export const closeCompare = (v: ViewState): ViewState => ({ ...v, compare: undefined, proposal: v.compare?.[0] ?? v.proposal });

/** Every region, or only the areas whose responsible party differs. */
export const setMode = (v: ViewState, mode: ViewState["mode"]): ViewState => ({ ...v, mode });

/** Whether the two cameras of a comparison move together. */
export const setLinked = (v: ViewState, linked: boolean): ViewState => ({ ...v, linked });

/** Shows a point of contention (undefined: stops showing it), leaving a briefing. */
export const showPoint = (v: ViewState, id: string | undefined): ViewState => ({ ...v, point: id, brief: undefined, step: undefined });

/** Opens a briefing at its first step. What was shown before stays underneath, and comes back when it closes. */
export const openBriefing = (v: ViewState, id: string): ViewState => ({ ...v, brief: id, step: 1 });

/** Goes to a step, given from 0, kept within the briefing's steps (1 to stepCount; 1 when it has none). */
export const goToStep = (v: ViewState, index0: number, stepCount: number): ViewState => ({
  ...v,
  step: clamp(index0 + 1, 1, stepCount || 1),
});

/** Leaves the briefing, showing the proposal that was on screen alone. */
export const closeBriefing = (v: ViewState, shownProposal: string | undefined): ViewState => ({
  ...v,
  brief: undefined,
  step: undefined,
  proposal: shownProposal,
  compare: undefined,
});

/** Membership and borders as of each model's own date, or as of today. */
export const setAsOf = (v: ViewState, asOf: AsOf): ViewState => ({ ...v, asOf });

/** The interface language. */
export const setLang = (v: ViewState, lang: Lang): ViewState => ({ ...v, lang });

/** The colour scheme: light, dark, or the one the reader's system prefers. */
export const setTheme = (v: ViewState, theme: ThemeChoice): ViewState => ({ ...v, theme });

/** Sends the camera to a view, as given (a host page's command; it flies there). */
export const setCamera = (v: ViewState, at: CameraAt): ViewState => ({ ...v, at: { lon: at.lon, lat: at.lat, distance: at.distance } });

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Where the camera came to rest after the reader moved it, to two decimals (as the URL writes it). */
export const restCamera = (v: ViewState, at: CameraAt): ViewState => setCamera(v, { lon: round2(at.lon), lat: round2(at.lat), distance: round2(at.distance) });
