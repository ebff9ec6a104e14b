import { useEffect, useState } from "react";
import { gestureMeaning, HINT_MS, type GestureHintKind, type GestureOptions } from "./gestures";
import { TAP_SLOP } from "./pointerHover";

/** The hint over the globe: which one was asked for last, and whether it shows now. */
export interface HintState {
  kind: GestureHintKind | null;
  shown: boolean;
}

/** The gesture hint's state: `show` shows a hint for HINT_MS after its last call, then it goes. */
export interface HintStore {
  get(): HintState;
  subscribe(listener: () => void): () => void;
  show(kind: GestureHintKind): void;
  dispose(): void;
}

const HIDDEN: HintState = { kind: null, shown: false };

export function createHintStore(ms = HINT_MS): HintStore {
  let state = HIDDEN;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: HintState) => {
    if (next.kind === state.kind && next.shown === state.shown) return;
    state = next;
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(kind) {
      // Each call only moves the end: a gesture's stream of moves draws the hint once.
      set({ kind, shown: true });
      clearTimeout(timer);
      timer = setTimeout(() => set({ kind, shown: false }), ms);
    },
    dispose() {
      clearTimeout(timer);
      listeners.clear();
    },
  };
}

/**
 * The part of cooperative gestures (see gestures.ts) that the WebGL and SVG globes share, on the element that holds
 * their frames: while two or more fingers move over it the page neither scrolls nor zooms (the globe has them), and a
 * finger moving alone over it (past TAP_SLOP, so a tap shows none) or a plain wheel shows the hint. The page's own
 * scrolling is the browser's (touch-action on the frames); what the globe itself takes is its renderer's
 * (GlobeView.attach, SvgGlobe). Without `cooperative` it does nothing.
 */
export function useCooperativeGestures(element: HTMLElement | null, options: GestureOptions): HintStore {
  const [hints] = useState(() => createHintStore());
  useEffect(() => () => hints.dispose(), [hints]);
  const { cooperative, zoomable = true } = options;
  useEffect(() => {
    if (!element || !cooperative) return;
    const meaning = { cooperative, zoomable };
    let start: { x: number; y: number } | null = null;
    const onTouchStart = (e: TouchEvent) => {
      const t = e.touches[0];
      start = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
    };
    const onTouchMove = (e: TouchEvent) => {
      const m = gestureMeaning({ kind: "drag", pointerType: "touch", touches: e.touches.length }, meaning);
      if (m.action === "turn" && e.cancelable) e.preventDefault();
      const t = e.touches[0];
      if (m.hint && start && t && Math.hypot(t.clientX - start.x, t.clientY - start.y) > TAP_SLOP) hints.show(m.hint);
    };
    const onWheel = (e: WheelEvent) => {
      const m = gestureMeaning({ kind: "wheel", ctrlKey: e.ctrlKey, metaKey: e.metaKey }, meaning);
      if (m.hint) hints.show(m.hint);
    };
    element.addEventListener("touchstart", onTouchStart, { passive: true });
    element.addEventListener("touchmove", onTouchMove, { passive: false });
    element.addEventListener("wheel", onWheel, { passive: true, capture: true });
    return () => {
      element.removeEventListener("touchstart", onTouchStart);
      element.removeEventListener("touchmove", onTouchMove);
      element.removeEventListener("wheel", onWheel, { capture: true });
    };
  }, [element, cooperative, zoomable, hints]);
  return hints;
}
