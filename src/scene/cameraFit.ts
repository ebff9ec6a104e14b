import { referenceDistance } from "../screen/framing";
import type { CameraAt } from "../state/viewState";

/**
 * What a camera that came to rest says about the view, for the URL: the target it was sent to, unchanged, when
 * nobody moved it since (so that a reload opens the same link, whatever the window's shape and its overlays);
 * otherwise where the reader left it, its distance given for the square frame cameras are written for (the one
 * that shows the same part of the globe as the `fit` pixels' radius the view's free part leaves, in a frame
 * `height` pixels tall).
 */
export function restingAt(measured: CameraAt, target: CameraAt, movedByReader: boolean, fit: number, height: number): CameraAt {
  if (!movedByReader) return target;
  return { ...measured, distance: Math.round(referenceDistance(measured.distance, fit, height) * 1000) / 1000 };
}
