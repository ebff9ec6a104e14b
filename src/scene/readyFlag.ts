/**
 * `<html data-globe-ready="true">` once the current view has finished drawing (after a switch's
 * transition has painted its last frame); "false" while it is changing. Tests and export wait on it.
 */
export function setGlobeReady(ready: boolean): void {
  if (typeof document === "undefined") return;
  document.documentElement.dataset.globeReady = ready ? "true" : "false";
}

const markReady = () => setGlobeReady(true);
/** Marks the view ready after the frame being drawn now has reached the screen. */
export function setGlobeReadyAfterPaint(): void {
  if (typeof requestAnimationFrame === "undefined") markReady();
  else requestAnimationFrame(markReady);
}
