/** A height posted to the host page, and the frame's width when it was. */
export interface SentHeight {
  width: number;
  height: number;
}

/**
 * How far a host page's width may go back and forth and still count as a loop: a scroll bar's width, or a few.
 * Beyond it a change of width is the reader's, and is followed.
 */
export const LOOP_WIDTH = 40;

/**
 * The height to post now, in whole pixels, or undefined to post nothing: the wanted height rounded up, when it
 * differs from the last one posted. Except in a loop with the host page: when the frame goes back to the width
 * it had two heights ago (a few pixels away) and wants that height again, as when the host's scroll bar appears
 * with the taller frame and goes with the lower one; then the taller of the two stays, and nothing cuts the content.
 */
export function heightToSend(sent: readonly SentHeight[], width: number, wanted: number): number | undefined {
  const height = Math.ceil(wanted);
  const last = sent.at(-1);
  if (!last) return height;
  if (height === last.height) return undefined;
  const before = sent.at(-2);
  const loop = !!before && before.width === width && before.height === height && last.width !== width && Math.abs(last.width - width) <= LOOP_WIDTH;
  if (!loop) return height;
  return height > last.height ? height : undefined;
}
