/** Where a step's block is, vertically, in viewport pixels (as `getBoundingClientRect()` gives it). */
export interface StepBox {
  /** The step's number (its block's `data-step`). */
  step: number;
  top: number;
  bottom: number;
}

/**
 * The step to show when the reader's eye is at `line` (a height in the viewport): the block that `line` crosses;
 * between two blocks, the last one whose top has passed above `line` (the one just read); above the first block,
 * the first. The boxes are in the page's order, top to bottom. Undefined only when there are no boxes.
 *
 * It depends on where the blocks are now, never on how the page got there, so a jump (a link to a step, the End
 * key, a fling, a script's scrollIntoView) gives the same step as scrolling there slowly.
 */
export function stepAtLine(boxes: readonly StepBox[], line: number): number | undefined {
  let shown = boxes[0]?.step;
  for (const box of boxes) {
    if (box.top > line) break;
    shown = box.step;
    if (box.bottom >= line) break;
  }
  return shown;
}

/**
 * The line the steps are read at: the middle of the part of a viewport `height` pixels tall that is not covered
 * by a globe pinned over its top `covered` pixels (none beside the text, the globe's height above it on a phone).
 */
export function readingLine(height: number, covered = 0): number {
  const top = Math.min(Math.max(0, covered), height);
  return top + (height - top) / 2;
}
