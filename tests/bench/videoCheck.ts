/** The video's figures (the app only): frames rendered a second for a 1080p video, and the page's memory high-water. */
import { statSync } from "node:fs";
import type { Browser, Download } from "playwright-core";
import type { VideoSummary } from "../../src/ui/automation";
import { READY, START_TIMEOUT_MS, VIEWPORT } from "./page";
import { until } from "./wait";

export interface VideoBench {
  format: "16:9";
  width: number;
  height: number;
  fps: number;
  frames: number;
  /** Frames the scene drew (moves, blends, each step's first at rest); the others repeat a step's picture. */
  drawn: number;
  duration: number;
  container: string;
  codec: string;
  /** From the call to the file handed over: planning, every frame drawn and encoded, the muxing. */
  renderSeconds: number;
  framesPerSecond: number;
  /** The page's JavaScript heap (CDP Runtime.getHeapUsage, no forced GC) before, at its highest during, and after. */
  heapBeforeMB: number;
  heapPeakMB: number;
  heapAfterMB: number;
  /** The renderer's GPU objects (three.js renderer.info.memory) before and after. */
  before: { geometries: number; textures: number };
  after: { geometries: number; textures: number };
  fileMB: number;
}

const MEMORY = "({ ...window.__globe.renderer.info.memory })";

/** Renders the whole briefing as a 16:9 1080p video at `fps` frames a second in the built app, sampling the heap each second. */
export async function videoCheck(browser: Browser, appUrl: string, fps: number): Promise<VideoBench> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, acceptDownloads: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${appUrl}?brief=may-2011&step=1`, { waitUntil: "load", timeout: START_TIMEOUT_MS });
    await until(page, `${READY} && !!window.proposalGlobeVideo`, START_TIMEOUT_MS, "the app's ready flag");
    const heap = async () => (await cdp.send("Runtime.getHeapUsage")).usedSize / 2 ** 20;
    const before = (await page.evaluate(MEMORY)) as VideoBench["before"];
    const heapBeforeMB = await heap();
    let heapPeakMB = heapBeforeMB;
    let rendering = true;
    const sampling = (async () => {
      while (rendering) {
        heapPeakMB = Math.max(heapPeakMB, await heap().catch(() => 0));
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    const video = new Promise<Download>((resolve) => page.on("download", (d) => d.suggestedFilename().endsWith(".vtt") || resolve(d)));
    const started = Date.now();
    const summary = (await page.evaluate(`window.proposalGlobeVideo.video({ format: "16:9", fps: ${fps}, progress: true })`)) as VideoSummary;
    const renderSeconds = (Date.now() - started) / 1000;
    rendering = false;
    await sampling;
    const file = await (await video).path();
    const heapAfterMB = await heap();
    const after = (await page.evaluate(MEMORY)) as VideoBench["after"];
    return {
      format: "16:9",
      width: summary.width,
      height: summary.height,
      fps,
      frames: summary.frames,
      drawn: summary.drawn,
      duration: summary.duration,
      container: summary.container,
      codec: summary.codec,
      renderSeconds,
      framesPerSecond: summary.frames / renderSeconds,
      heapBeforeMB,
      heapPeakMB,
      heapAfterMB,
      before,
      after,
      fileMB: statSync(file).size / 2 ** 20,
    };
  } finally {
    await context.close();
  }
}

/** One line of the video's figures, for the console and the Markdown report. */
export function videoLine(v: VideoBench): string {
  return (
    `${v.width}×${v.height} ${v.container} (${v.codec}) of the whole briefing at ${v.fps} fps: ${v.frames} frames (${v.drawn} drawn by the scene, the others repeating a step at rest; ${v.duration.toFixed(0)} s of video) in ${v.renderSeconds.toFixed(0)} s, ` +
    `${v.framesPerSecond.toFixed(2)} frames rendered a second; heap ${v.heapBeforeMB.toFixed(1)} MB before, ${v.heapPeakMB.toFixed(1)} MB at most, ${v.heapAfterMB.toFixed(1)} MB after; ` +
    `GPU objects ${v.before.geometries} geometries, ${v.before.textures} textures before → ${v.after.geometries}, ${v.after.textures} after; file ${v.fileMB.toFixed(1)} MB`
  );
}
