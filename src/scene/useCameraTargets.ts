import { useEffect } from "react";
import type { CameraTarget } from "../screen/types";
import { placeCamera } from "./camera";
import { fitDistance } from "./cameraFit";
import { Flight } from "./Flight";
import type { SceneContext } from "./sceneContext";

/** A new camera target flies every camera in use there (a cut with reduced motion), stepped back to fit its frame. */
export function useCameraTargets(ctx: SceneContext, target: CameraTarget, reducedMotion: boolean, invalidate: () => void): void {
  useEffect(() => {
    const at = { ...target.at, distance: fitDistance(target.at.distance, ctx.aspect(0)) };
    ctx.flights = [];
    ctx.byReader = false;
    for (const camera of ctx.camerasInUse()) {
      if (reducedMotion) placeCamera(camera, at);
      else ctx.flights.push(new Flight(camera, at));
    }
    ctx.pending = true;
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target.key]);
}
