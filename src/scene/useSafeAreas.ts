import { useEffect } from "react";
import type { SceneView } from "./sceneContext";
import type { SceneContext } from "./sceneContext";
import { reframe } from "./useCameraTargets";

/**
 * Frames the subject anew whenever an overlay over the globes (the elements marked `data-keep-out`: title, legend,
 * note, caption, headings, inset, notices) changes size, or the views change (other overlays, another language).
 * Frames' own sizes are followed by useFrameRects.
 */
export function useSafeAreas(ctx: SceneContext, frames: readonly (HTMLElement | null)[], views: readonly SceneView[], invalidate: () => void): void {
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    const stage = frames.find((f) => f)?.closest(".stage");
    if (!stage) return;
    const observer = new ResizeObserver(() => {
      reframe(ctx);
      invalidate();
    });
    for (const el of stage.querySelectorAll("[data-keep-out]")) observer.observe(el);
    return () => observer.disconnect();
  }, [ctx, frames, views, invalidate]);
}
