/** What the bench knows of the two pages it loads: which one, its viewport, its ready flag and renderer figures, its time limits. */
import type { PageRecord, SwitchTarget, SwitchWait } from "./pageScript";

export type Kind = "ours" | "baseline";

export const VIEWPORT = { width: 1280, height: 800 };
/** Longest a page may take to show its first coloured frame, and a switch to show its new colouring. */
export const START_TIMEOUT_MS = 120_000;
// The baseline needs 10–20 s to draw a switch in software GL, more on a busy machine.
export const SWITCH_TIMEOUT_MS = 90_000;

export interface RendererFigures {
  geometries: number | null;
  textures: number | null;
  areaDrawCalls: number | null;
}

/** The bench's record and helpers in the page (see pageScript.ts). */
export interface BenchWindow {
  __bench: PageRecord & { switchTarget(selector: string): SwitchTarget | null; switched(w: SwitchWait): Promise<boolean> };
}

export const READY = `document.documentElement.dataset.globeReady === "true"`;

export const RENDERER_FIGURES = `(() => {
  const g = window.__globe;
  const d = document.documentElement.dataset;
  const num = (v) => (v === undefined || v === "" ? null : Number(v));
  if (!g || !g.renderer) return { geometries: num(d.globeGeometries), textures: num(d.globeTextures), areaDrawCalls: null };
  const m = g.renderer.info.memory;
  return { geometries: m.geometries, textures: m.textures, areaDrawCalls: typeof g.areaDrawCalls === "function" ? g.areaDrawCalls() : null };
})()`;
