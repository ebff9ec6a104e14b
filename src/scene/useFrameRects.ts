import { useEffect } from "react";
import type { Rect } from "./exportViews";
import type { SceneContext } from "./sceneContext";
import { reframe } from "./useCameraTargets";

/** A frame's rectangle in CSS pixels from the canvas's top left (its offsets: the frames are laid out over the canvas). */
export function readFrameRect(el: HTMLElement, out: Rect = { left: 0, top: 0, width: 0, height: 0 }): Rect {
  out.left = el.offsetLeft;
  out.top = el.offsetTop;
  out.width = el.clientWidth;
  out.height = el.clientHeight;
  return out;
}

/**
 * Keeps the frames' rectangles in the context, read when the browser reports that a frame's size changed (a
 * ResizeObserver runs after layout), so that drawing a frame never asks for layout: reading offsets in the frame
 * loop while the page changes (a switch's new panel, names moving) made the browser lay out the page in every frame.
 * Where ResizeObserver is missing, frames are read as they are drawn. The views are framed anew for their new sizes.
 */
export function useFrameRects(ctx: SceneContext, frames: readonly (HTMLElement | null)[], invalidate: () => void): void {
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    const read = () => {
      ctx.frameRects = frames.map((el) => (el ? readFrameRect(el) : null));
      reframe(ctx);
      invalidate();
    };
    const observer = new ResizeObserver(read);
    for (const el of frames) if (el) observer.observe(el);
    return () => {
      observer.disconnect();
      ctx.frameRects = null;
    };
  }, [ctx, frames, invalidate]);
}
