import { useEffect } from "react";
import type { CameraTarget } from "../screen/types";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import { placeCamera } from "./camera";
import { Flight } from "./Flight";
import type { SceneContext } from "./sceneContext";
import { frameViews } from "./viewFraming";

/**
 * A new camera target flies every camera in use there (a cut with reduced motion), framing the target's subject in
 * the part of each frame that no overlay takes (viewFraming.ts).
 */
export function useCameraTargets(ctx: SceneContext, target: CameraTarget, reducedMotion: boolean, invalidate: () => void): void {
  useEffect(() => {
    // The first target is where the scene opens: a cut, framed for its frames.
    const first = !ctx.target;
    ctx.target = target;
    const at = frameViews(ctx, target);
    ctx.flights = [];
    ctx.byReader = false;
    ctx.camerasInUse().forEach((camera, i) => {
      const to = at[i] ?? at[0]!;
      if (reducedMotion || first) placeCamera(camera, to);
      else ctx.flights.push(new Flight(camera, to));
    });
    // Opening framed is not a move: the controls take the cut as their starting point, and no rest is reported for
    // it (the address keeps what it was opened with).
    if (first)
      ctx.views.forEach((_, i) => {
        const v = ctx.view(i);
        v.controls?.update();
        v.changed = false;
      });
    ctx.pending = true;
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target.key]);
}

/**
 * The frames or the overlays over them changed size (a resized window, a legend in another language, a caption of
 * another length): the views look through their new free parts, and cameras the reader has not moved, and that are
 * not flying, stand where the subject fills them.
 */
export function reframe(ctx: SceneContext): void {
  const target = ctx.target;
  if (!target) return;
  const at = frameViews(ctx, target);
  if (ctx.byReader || ctx.flights.length) return;
  ctx.camerasInUse().forEach((camera, i) => {
    const to = at[i] ?? at[0]!;
    // Where the camera already stands (a size that changed nothing), it stays: no move, no new rest.
    const [x, y, z] = lonLatToXyz(to.lon, to.lat, to.distance);
    if (Math.abs(camera.position.x - x) + Math.abs(camera.position.y - y) + Math.abs(camera.position.z - z) < 1e-6) return;
    placeCamera(camera, to);
    ctx.pending = true;
  });
}
