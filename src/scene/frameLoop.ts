import type { CameraAt } from "../state/viewState";
import { markColoured } from "./benchHook";
import { cameraAt } from "./camera";
import { fitRadius } from "../screen/framing";
import { restingAt } from "./cameraFit";
import type { SceneContext } from "./sceneContext";
import { TRANSITION_SECONDS } from "./transition";
import { drawScreen } from "./viewPasses";

export interface FrameHooks {
  /** Where the cameras were last sent. */
  target: CameraAt;
  onCameraRest: (index: number, at: CameraAt) => void;
  /** Everything has come to rest after a change: the current screen is drawn. */
  onIdle: () => void;
}

/**
 * One frame: advances the palette transitions, the flights and the controls, draws every view, reports each camera
 * that came to rest, and says whether another frame is needed (frames are drawn only while something moves).
 * Loops instead of callbacks, reused rectangles and vectors: nothing here allocates while the globe moves.
 */
export function stepFrame(ctx: SceneContext, delta: number, canvasHeight: number, dpr: number, hooks: FrameHooks): boolean {
  let busy = false;
  const n = ctx.views.length;
  for (let i = 0; i < n; i++) if (ctx.view(i).transition.advance(delta, TRANSITION_SECONDS)) busy = true;
  let flying = false;
  for (let f = 0; f < ctx.flights.length; f++) if (ctx.flights[f]!.advance(delta)) flying = true;
  if (ctx.flights.length && !flying) ctx.flights.length = 0;
  busy ||= flying;
  for (let i = 0; i < n; i++) {
    const view = ctx.view(i);
    const moved = (view.controls ? view.controls.update(delta) : false) || view.changed;
    view.changed = false;
    view.tuneRotateSpeed();
    ctx.moving[i] = moved;
    if (moved) busy = true;
  }

  drawScreen(ctx, canvasHeight, dpr, !busy);
  if (ctx.colourMark) {
    ctx.colourMark = false;
    markColoured();
  }

  for (let i = 0; i < n; i++) {
    // The camera came to rest: report it once (this allocates, but only then).
    if (ctx.wasMoving[i] && !ctx.moving[i]) {
      const f = ctx.framings[i];
      const height = ctx.frameRects?.[i]?.height ?? ctx.frames[i]?.clientHeight ?? 1;
      hooks.onCameraRest(i, restingAt(cameraAt(ctx.view(i).camera), hooks.target, ctx.byReader, f ? fitRadius(f.free) : height / 2, height));
    }
    ctx.wasMoving[i] = ctx.moving[i]!;
  }
  if (!busy && ctx.pending) {
    ctx.pending = false;
    hooks.onIdle();
  }
  return busy;
}
