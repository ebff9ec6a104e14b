import { clamp } from "../geo/easing";
import { DISTANCE_RANGE } from "../model/schema";
import type { CameraAt } from "../state/viewState";

/** How much farther the camera stands on a frame of this shape (width / height): more on a portrait frame. */
const stepBack = (aspect: number) => clamp(0.9 / aspect, 1, 1.8);

/** Distance for a frame's shape: step back on a portrait frame so the framed area still fits across. */
export const fitDistance = (distance: number, aspect: number) => Math.min(DISTANCE_RANGE[1], distance * stepBack(aspect));

/** The distance a reader chose, from where the camera stands in a frame of this shape (fitDistance undone). */
export const chosenDistance = (distance: number, aspect: number) =>
  clamp(distance / stepBack(aspect), DISTANCE_RANGE[0], DISTANCE_RANGE[1]);

/**
 * What a camera that came to rest says about the view, for the URL: the target it was sent to, unchanged,
 * when nobody moved it since (so that a reload opens the same link, whatever the window's shape); otherwise
 * where the reader left it, with the frame's step back taken out.
 */
export function restingAt(measured: CameraAt, target: CameraAt, movedByReader: boolean, aspect: number): CameraAt {
  if (!movedByReader) return target;
  return { ...measured, distance: chosenDistance(measured.distance, aspect) };
}
