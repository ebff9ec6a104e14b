/**
 * `<html data-globe-ready="true">` once the current view has finished drawing (after a switch's
 * transition has painted its last frame); "false" while it is changing. Tests and export wait on it.
 */
export function setGlobeReady(ready: boolean): void {
  if (typeof document === "undefined") return;
  document.documentElement.dataset.globeReady = ready ? "true" : "false";
}

const markReady = () => setGlobeReady(true);

/** GPU resources held by the renderer, as three.js counts them (renderer.info.memory). */
export interface RendererMemory {
  geometries: number;
  textures: number;
}

/**
 * Marks the view ready after the frame being drawn now has reached the screen. With `memory`, also
 * records the renderer's geometry and texture counts on `<html>` (data-globe-geometries,
 * data-globe-textures), for tests and benchmarks that check nothing leaks.
 */
export function setGlobeReadyAfterPaint(memory?: RendererMemory): void {
  if (memory && typeof document !== "undefined") {
    document.documentElement.dataset.globeGeometries = String(memory.geometries);
    document.documentElement.dataset.globeTextures = String(memory.textures);
  }
  if (typeof requestAnimationFrame === "undefined") markReady();
  else requestAnimationFrame(markReady);
}
