/**
 * The first paint's picture in a measured load: whether the page showed one, and when it was painted (its Element
 * Timing entry's renderTime), on the top page's clock like the first coloured frame.
 */
import { FIRST_PAINT_TIMING } from "../../src/publish/pictureFiles";
import type { PaintedElement } from "./pageScript";

/** What one frame of the page recorded (its __bench), with its time origin (performance.timeOrigin, Unix ms). */
export interface FramePictures {
  origin: number;
  painted: readonly PaintedElement[];
  pictureShown: boolean;
}

export interface FirstPicture {
  /** Whether any frame showed the first paint's picture (false where the build drew none of the view, or the page has no first paint). */
  shown: boolean;
  /** When it was first painted, ms from the top page's navigation start; null when shown but never painted (or the browser did not tell). */
  paintedMs: number | null;
}

/**
 * The earliest paint of the picture in any frame (the story's is its iframe's), moved onto the top page's clock.
 * A renderTime of 0 (a picture from another origin without Timing-Allow-Origin) is no paint time.
 */
export function firstPicture(frames: readonly FramePictures[], topOrigin: number): FirstPicture {
  let paintedMs: number | null = null;
  for (const f of frames) {
    for (const e of f.painted) {
      if (e.identifier !== FIRST_PAINT_TIMING || !(e.renderTime > 0)) continue;
      const t = f.origin + e.renderTime - topOrigin;
      if (paintedMs === null || t < paintedMs) paintedMs = t;
    }
  }
  return { shown: paintedMs !== null || frames.some((f) => f.pictureShown), paintedMs };
}

/** A frame's picture record, for frame.evaluate (null before the bench's script has run in it). */
export const FRAME_PICTURES = `typeof __bench === "undefined" ? null : { origin: performance.timeOrigin, painted: __bench.painted, pictureShown: __bench.pictureShown }`;
