/**
 * What the bench knows of the pages it loads: which one, its viewport and profile, its ready flag and renderer
 * figures, its time limits.
 */
import type { PageRecord, SwitchTarget, SwitchWait } from "./pageScript";

/** The two pages of the full measurement (start-up, idle, orbit, switches): the app and the react-globe.gl baseline. */
export type Kind = "ours" | "baseline";

/**
 * Every page whose start-up the bench measures (first coloured frame, JavaScript before it): the app, its embed,
 * the story (with its iframe of the embed), the bare three.js sphere and the react-globe.gl baseline.
 */
export type StartPage = "app" | "embed" | "story" | "sphere" | "baseline";
export const START_PAGES: readonly StartPage[] = ["app", "embed", "story", "sphere", "baseline"];

/** Where each page is served, relative to the bench server's origin. */
export const PAGE_PATHS: Record<StartPage, string> = {
  app: "/app/",
  embed: "/app/?proposal=russia-sectors&embed=1",
  story: "/app/story.html",
  sphere: "/sphere/",
  baseline: "/baseline/",
};

export const VIEWPORT = { width: 1280, height: 800 };

export type ProfileName = "desktop" | "phone";

/** A device profile: the browser context's screen, and the CPU and network throttling applied over CDP on each load. */
export interface Profile {
  name: ProfileName;
  context: { viewport: { width: number; height: number }; deviceScaleFactor: number; isMobile: boolean; hasTouch: boolean };
  /** Emulation.setCPUThrottlingRate (1: none). */
  cpuThrottlingRate: number;
  /** Network.emulateNetworkConditions (null: none). */
  network: { offline: boolean; latency: number; downloadThroughput: number; uploadThroughput: number } | null;
  /** The pages loaded under this profile (start-up figures only, except the desktop's app and baseline). */
  pages: readonly StartPage[];
}

export const DESKTOP: Profile = {
  name: "desktop",
  context: { viewport: VIEWPORT, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  cpuThrottlingRate: 1,
  network: null,
  pages: START_PAGES,
};

/**
 * A mid-range phone on a slow mobile network: 4× slower CPU, 150 ms latency, 1.6 Mbit/s down (200,000 bytes/s),
 * 750 kbit/s up (93,750 bytes/s), a 390×844 screen at 2 device pixels per CSS pixel, touch.
 */
export const PHONE: Profile = {
  name: "phone",
  context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  cpuThrottlingRate: 4,
  network: { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 },
  pages: ["app", "embed", "sphere"],
};
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
