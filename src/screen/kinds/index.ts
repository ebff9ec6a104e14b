import { briefingView } from "./briefing";
import { comparisonView } from "./comparison";
import type { ViewKind } from "./kind";
import { pointView } from "./point";
import { proposalView } from "./proposal";

/**
 * The kinds of view, in the order a view state is read: a briefing before a point of contention before a
 * comparison before a single proposal. The first that can show the state decides the screen; a new kind is a
 * new function here (and a renderer for anything new it draws).
 */
export const VIEW_KINDS: readonly ViewKind[] = [briefingView, pointView, comparisonView, proposalView];

export type { KindInput, KindScreen, ViewKind } from "./kind";
