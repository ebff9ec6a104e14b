import { useLayoutEffect } from "react";
import type { SceneContext } from "./sceneContext";

/**
 * Orbit controls on each view's frame, for the camera it is drawn with; linked views share the first view's
 * camera, and views that stop being linked start from where it stood. `cooperative`: an embedded globe's gestures
 * (see GlobeView.attach).
 */
export function useViewControls(ctx: SceneContext, frames: readonly (HTMLElement | null)[], linked: boolean, count: number, reducedMotion: boolean, invalidate: () => void, cooperative = false): void {
  useLayoutEffect(() => {
    const first = ctx.view(0).own;
    if (!linked) for (let i = 1; i < count; i++) ctx.view(i).own.position.copy(first.position), ctx.view(i).own.lookAt(0, 0, 0);
    for (let i = 0; i < count; i++) {
      const el = frames[i];
      if (!el) continue;
      const runtime = ctx.view(i);
      runtime.attach(
        el,
        ctx.cameraOf(i),
        () => {
          runtime.changed = true;
          invalidate();
        },
        () => ctx.takenByReader(),
        reducedMotion,
        cooperative,
      );
    }
    invalidate();
    return () => {
      for (let i = 0; i < count; i++) ctx.view(i).release();
    };
  }, [ctx, frames, linked, count, reducedMotion, invalidate, cooperative]);
}
