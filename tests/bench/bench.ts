/**
 * Benchmark: the app against a baseline page that draws the same countries with react-globe.gl, and against a
 * floor, a bare three.js sphere drawn once. Builds all three, serves them gzip-compressed from one local server,
 * loads each page in headless Chromium (alternating, a fresh browser context per load) and reports medians,
 * ratios and targets.
 *
 * Each run loads, on the desktop profile (1280×800): the app in full (start-up, idle, orbit, switches, transfers,
 * draw calls), then the embed (/app/?proposal=russia-sectors&embed=1), the story (/app/story.html, whose globe is
 * an iframe of the embed) and the sphere for their start-up; on the phone profile (4× CPU throttling, a slow
 * mobile network, 390×844 at 2×, touch) the app, the embed and the sphere for their start-up; and last the
 * baseline in full. Before the first run the app is loaded once, unmeasured (a warm-up). Start-up: the first
 * coloured frame (performance.mark("globe:coloured") in any of the page's frames), its ratio to the sphere's
 * under the same profile, the first paint's picture (when the build's static picture of the view was painted,
 * from its Element Timing entry) against the sphere's first coloured frame, and the JavaScript on the wire before
 * the first coloured frame.
 *
 *   npm run bench                  5 runs of both profiles, then the leak check
 *   npm run bench -- --quick       1 run
 *   npm run bench -- --runs 3 --skip-leak --no-build --switches 4
 *   npm run bench -- --desktop     the desktop profile only (--phone: the phone profile only)
 *   npm run bench -- --gpu         Chromium on the machine's GPU; software (and said so) when it finds none
 *   npm run bench -- --video-only --video-fps 10   the video check alone, at 10 frames a second (default 30)
 *
 * Last, the video check renders the whole briefing as a 16:9 1080p video (frames rendered a second, the heap's
 * high-water mark). The report names the WebGL renderer the pages got (UNMASKED_RENDERER_WEBGL). Writes
 * tests/bench/results/bench-<time>.json, latest.json and latest.md. Exits 0 when targets are missed (it is a
 * report) and 1 when something crashes or times out.
 */
import { APP_DIST, BASELINE_DIST, SPHERE_DIST, build } from "./build";
import { launchBrowser } from "./launch";
import { LEAK_SWITCHES, leakCheck, type LeakResult } from "./leakCheck";
import { measureLoad, type LoadResult } from "./measureLoad";
import { measureStart, startOf, type StartResult } from "./measureStart";
import { parseArgs } from "./options";
import { DESKTOP, PAGE_PATHS, PHONE, type Kind, type Profile, type StartPage } from "./page";
import { writeReport, writeVideoReport } from "./report";
import { serveStatic } from "./server";
import type { FirstPicture } from "./firstPicture";
import { formatNumber } from "./stats";
import { videoCheck, videoLine, type VideoBench } from "./videoCheck";

const pictureText = (p: FirstPicture) => (!p.shown ? "" : `picture ${p.paintedMs === null ? "not painted" : `${formatNumber(p.paintedMs, 0)} ms`}, `);

/** The whole bench gives up (and exits 1) after this long. */
const WATCHDOG_MS = 60 * 60_000;

/** The pages of the desktop profile loaded for their start-up only (the app and the baseline are loaded in full). */
const DESKTOP_START_ONLY: readonly StartPage[] = ["embed", "story", "sphere"];

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) build();
  const server = await serveStatic({ "/app/": APP_DIST, "/baseline/": BASELINE_DIST, "/sphere/": SPHERE_DIST });
  const launched = await launchBrowser(options.gpu);
  const { browser } = launched;
  const runs: LoadResult[] = [];
  const starts: StartResult[] = [];
  const startErrors: string[] = [];
  let leak: LeakResult | null = null;
  let leakError: string | null = null;
  let video: VideoBench | null = null;
  let videoError: string | null = null;
  try {
    const url = (page: StartPage) => `${server.origin}${PAGE_PATHS[page]}`;
    const urls: Record<Kind, string> = { ours: url("app"), baseline: url("baseline") };
    const desktop = options.profiles.includes("desktop");
    console.log(
      `Chromium ${browser.version()}, WebGL renderer: ${launched.renderer ?? "none"}${launched.hardware ? "" : " (software)"}; ` +
        `${options.runs} run(s) of ${options.profiles.join(" and ")}${desktop ? `, ${options.switches} switches per full load` : ""}`,
    );
    // A start-up load that fails is reported and the others go on (the bench exits 1 at the end).
    const start = async (profile: Profile, page: StartPage, run: number) => {
      try {
        const s = await measureStart(browser, profile, page, url(page), run);
        starts.push(s);
        console.log(
          `  ${page.padEnd(8)} ${profile.name.padEnd(7)} run ${run}: ${pictureText(s.firstPicture)}first coloured ${formatNumber(s.firstColouredMs, 0)} ms, ` +
            `JS before it ${formatNumber((s.jsBeforeColoured?.bytes ?? NaN) / 1000, 1)} kB in ${s.jsBeforeColoured?.frames.length ?? 0} frame(s), ` +
            `${(s.wallMs / 1000).toFixed(0)} s${s.errors.length ? `, page errors: ${s.errors.length}` : ""}`,
        );
      } catch (e) {
        const message = `${page} (${profile.name}) run ${run}: ${e instanceof Error ? e.message : String(e)}`;
        startErrors.push(message);
        console.error(`  start-up load failed: ${message}`);
      }
    };
    const full = async (kind: Kind, run: number) => {
      const r = await measureLoad(browser, kind, urls[kind], run, options);
      runs.push(r);
      starts.push(startOf(r));
      console.log(
        `  ${kind.padEnd(8)} desktop run ${run}: ${pictureText(r.firstPicture)}first coloured ${formatNumber(r.firstColouredMs, 0)} ms, ` +
          `JS before it ${formatNumber((r.jsBeforeColoured?.bytes ?? NaN) / 1000, 1)} kB, orbit p95 ${formatNumber(r.orbit.p95)} ms, ` +
          `switch ${formatNumber(r.switchLatencyMs, 0)} ms, ${(r.wallMs / 1000).toFixed(0)} s${r.errors.length ? `, page errors: ${r.errors.length}` : ""}`,
      );
    };
    // One unmeasured load of the app first: the browser's GPU process then has the app's shaders compiled, as
    // it has for every later load, so that the first run is like the others.
    if (options.videoOnly) {
      console.log(`video only: the whole briefing as a 16:9 1080p video at ${options.videoFps} fps…`);
      const v = await videoCheck(browser, urls.ours, options.videoFps);
      console.log(`  ${videoLine(v)}`);
      writeVideoReport(v, launched, browser.version());
      return;
    }
    try {
      const w = await measureStart(browser, DESKTOP, "app", url("app"), 0);
      console.log(`  warm-up: the app loaded once, unmeasured (${(w.wallMs / 1000).toFixed(0)} s)`);
    } catch (e) {
      console.error(`  warm-up load failed (the runs go on): ${e instanceof Error ? e.message : String(e)}`);
    }
    // The baseline comes last in each run: after its load the browser stays busy for a while (thousands of
    // geometries to free), which would slow the start-up of the page after it.
    for (let run = 1; run <= options.runs; run++) {
      if (desktop) {
        await full("ours", run);
        for (const page of DESKTOP_START_ONLY) await start(DESKTOP, page, run);
      }
      if (options.profiles.includes("phone")) for (const page of PHONE.pages) await start(PHONE, page, run);
      if (desktop) await full("baseline", run);
    }
    if (options.leak) {
      console.log(`leak check: ${LEAK_SWITCHES} switches in the app…`);
      // A failed leak check still leaves the loads' figures to report (and the bench exits 1).
      try {
        leak = await leakCheck(browser, urls.ours, LEAK_SWITCHES);
      } catch (e) {
        leakError = e instanceof Error ? e.message : String(e);
        console.error(`leak check failed: ${leakError}`);
      }
    }
    if (options.videoFps > 0) {
      console.log(`video: the whole briefing as a 16:9 1080p video at ${options.videoFps} fps…`);
      try {
        video = await videoCheck(browser, urls.ours, options.videoFps);
        console.log(`  ${videoLine(video)}`);
      } catch (e) {
        videoError = e instanceof Error ? e.message : String(e);
        console.error(`video check failed: ${videoError}`);
      }
    }
    writeReport({ options, runs, starts, startErrors, leak, leakError, video, videoError, launched, chromiumVersion: browser.version() });
    if (leakError) throw new Error(`leak check: ${leakError}`);
    if (videoError) throw new Error(`video check: ${videoError}`);
    if (startErrors.length) throw new Error(`${startErrors.length} start-up load(s) failed`);
  } finally {
    await browser.close();
    await server.close();
  }
}

const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${WATCHDOG_MS / 60_000} minutes`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
