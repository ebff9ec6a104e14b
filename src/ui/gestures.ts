/**
 * What a gesture over a globe means. The full app takes every gesture over the globe ("direct" gestures). An
 * embedded globe (embed=1) sits in someone else's page, which the reader must be able to scroll past: it takes
 * gestures "cooperatively", as embedded maps do. One finger and a plain wheel then go to the page (a hint says how
 * to turn or zoom the globe instead); two fingers turn and zoom the globe, and so does the wheel with Ctrl or ⌘ held
 * (a pinch on a trackpad arrives as a wheel with ctrlKey, so it zooms too). A mouse or pen drag turns the globe in
 * both, and so do the keys.
 */

/** How long a hint stays after the last gesture that asked for it, in milliseconds. */
export const HINT_MS = 1500;

/** The hints: "touch" (use two fingers to turn the globe) and "wheel" (hold Ctrl or ⌘ to zoom). */
export type GestureHintKind = "touch" | "wheel";

/** A gesture over the globe: a pointer's drag (mouse, pen, or fingers, counted) or a turn of the wheel. */
export type Gesture =
  | { kind: "drag"; pointerType: string; touches?: number }
  | { kind: "wheel"; ctrlKey: boolean; metaKey: boolean };

export interface GestureMeaning {
  /** "turn": the globe turns (and, with two fingers, zooms); "zoom": the globe zooms; "page": the page has it. */
  action: "turn" | "zoom" | "page";
  /** The hint to show, when the gesture goes to the page but the reader may have meant the globe. */
  hint: GestureHintKind | null;
}

export interface GestureOptions {
  /** Cooperative gestures: the embedded globe. */
  cooperative: boolean;
  /** The globe zooms with the wheel (the SVG globe does not: the wheel is always the page's there). */
  zoomable?: boolean;
}

/** What a gesture over the globe does (see the top of this file). */
export function gestureMeaning(g: Gesture, { cooperative, zoomable = true }: GestureOptions): GestureMeaning {
  if (g.kind === "wheel") {
    if (!zoomable) return { action: "page", hint: null };
    if (!cooperative || g.ctrlKey || g.metaKey) return { action: "zoom", hint: null };
    return { action: "page", hint: "wheel" };
  }
  if (g.pointerType !== "touch" || !cooperative) return { action: "turn", hint: null };
  return (g.touches ?? 1) >= 2 ? { action: "turn", hint: null } : { action: "page", hint: "touch" };
}
