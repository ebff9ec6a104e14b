import { readingLine, stepAtLine } from "./stepAtLine";

/**
 * Calls `onStep(n)` with the step whose block is at the middle of the part of the viewport that the text can be
 * read in (below the `covered()` pixels at the top that the globe takes on a phone; see `stepAtLine`), whenever
 * that changes, and once at the start. Returns a function that stops following.
 *
 * The step is measured from where the blocks are, not from what crossed a line on the way: on every scroll
 * (`scroll` and `scrollend`, however the page got there: wheel, fling, keys, a link to a step, a script's
 * `scrollIntoView`), on every resize of the window or of a block (a font loading, a phone turned), and on every
 * IntersectionObserver entry. The measuring waits for the next animation frame, so a burst of events is
 * measured once.
 */
export function followSteps(blocks: readonly HTMLElement[], onStep: (n: number) => void, covered: () => number = () => 0): () => void {
  let reported: number | undefined;
  let frame: number | undefined;

  const measure = () => {
    frame = undefined;
    const boxes = blocks.flatMap((block) => {
      const step = Number(block.dataset.step);
      if (!Number.isInteger(step)) return [];
      const { top, bottom } = block.getBoundingClientRect();
      return [{ step, top, bottom }];
    });
    const n = stepAtLine(boxes, readingLine(window.innerHeight, covered()));
    if (n === undefined || n === reported) return;
    reported = n;
    onStep(n);
  };
  const schedule = () => {
    if (frame === undefined) frame = requestAnimationFrame(measure);
  };

  const options = { passive: true } as const;
  window.addEventListener("scroll", schedule, options);
  window.addEventListener("scrollend", schedule, options);
  window.addEventListener("resize", schedule, options);
  const intersections = new IntersectionObserver(schedule, { threshold: [0, 0.25, 0.5, 0.75, 1] });
  const sizes = new ResizeObserver(schedule);
  for (const block of blocks) {
    intersections.observe(block);
    sizes.observe(block);
  }
  measure();

  return () => {
    window.removeEventListener("scroll", schedule);
    window.removeEventListener("scrollend", schedule);
    window.removeEventListener("resize", schedule);
    intersections.disconnect();
    sizes.disconnect();
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
  };
}
