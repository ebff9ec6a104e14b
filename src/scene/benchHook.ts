import type { Object3D, WebGLRenderer } from "three";

/** What the page exposes as `window.__globe` for `npm run bench` (and for anyone profiling the page). */
export interface GlobeHook {
  renderer: WebGLRenderer;
  scene: Object3D;
  /** Draw calls per frame spent on land and sea areas, whatever the number of countries. */
  areaDrawCalls(): number;
  /** Where each view's camera stands now (longitude, latitude, distance in globe radii). */
  cameras(): { lon: number; lat: number; distance: number }[];
  /**
   * Per view, its frame (CSS pixels of the page) and the box its subject takes there now (see subjectRect), so that
   * tests and the benchmark can check that no overlay lies over the subject.
   */
  subjects(): {
    frame: DOMRect | null;
    framedFor: { width: number; height: number } | null;
    /** The point of the frame the camera looks through at the subject's centre (CSS pixels from its top left). */
    centre: { x: number; y: number } | null;
    subject: { left: number; top: number; width: number; height: number } | null;
  }[];
}

const AREA_MESHES = new Set(["land", "seas"]);

/** Publishes the renderer and scene on `window.__globe`; returns the function that withdraws them. */
export function publishGlobe(renderer: WebGLRenderer, scene: Object3D, viewCount: () => number, cameras: GlobeHook["cameras"], subjects: GlobeHook["subjects"]): () => void {
  if (typeof window === "undefined") return () => {};
  const hook: GlobeHook = {
    renderer,
    scene,
    areaDrawCalls() {
      let meshes = 0;
      scene.traverseVisible((o) => {
        if (AREA_MESHES.has(o.name)) meshes++;
      });
      return meshes * viewCount();
    },
    cameras,
    subjects,
  };
  const w = window as unknown as { __globe?: GlobeHook };
  w.__globe = hook;
  return () => {
    if (w.__globe === hook) delete w.__globe;
  };
}

/** Marks in the performance timeline the first frame drawn with a new colouring ("globe:coloured"). */
export const markColoured = () => performance.mark?.("globe:coloured");

/** GPU resources held by the renderer, as three.js counts them (renderer.info.memory). */
export interface RendererMemory {
  geometries: number;
  textures: number;
}

/** Records the renderer's geometry and texture counts on `<html>` (data-globe-geometries, data-globe-textures), for the tests and benchmarks that check nothing leaks. */
export function recordMemory(memory: RendererMemory): void {
  if (typeof document === "undefined") return;
  document.documentElement.dataset.globeGeometries = String(memory.geometries);
  document.documentElement.dataset.globeTextures = String(memory.textures);
}
