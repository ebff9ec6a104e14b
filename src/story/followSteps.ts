/**
 * Calls `onStep(n)` when the block of step n (its `data-step`) reaches the middle of the part of the viewport
 * that the text can be read in: below `covered` pixels at the top (the globe pinned above the text on a
 * phone), scrolling either way. Returns a function that stops following.
 */
export function followSteps(blocks: readonly HTMLElement[], onStep: (n: number) => void, covered = 0): () => void {
  const height = window.innerHeight;
  const visible = Math.max(1, height - covered);
  // The root shrunk to a thin band (1% of the visible height) across the middle of the visible part.
  const top = Math.round(covered + visible * 0.49);
  const bottom = Math.round(visible * 0.5);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const n = Number((entry.target as HTMLElement).dataset.step);
        if (entry.isIntersecting && Number.isInteger(n)) onStep(n);
      }
    },
    { rootMargin: `-${top}px 0px -${bottom}px 0px`, threshold: 0 },
  );
  for (const block of blocks) observer.observe(block);
  return () => observer.disconnect();
}
