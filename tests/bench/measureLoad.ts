/** One measured page load: start-up, idle, orbit, switches, transfers and draw calls. */
import type { Browser } from "playwright-core";
import { heapAfterGc, metrics } from "./cdp";
import { firstPicture, type FirstPicture } from "./firstPicture";
import { RENDERER_STRING } from "./launch";
import type { Options } from "./options";
import { READY, RENDERER_FIGURES, START_TIMEOUT_MS, SWITCH_TIMEOUT_MS, VIEWPORT, type Kind, type RendererFigures } from "./page";
import { openTab } from "./openTab";
import type { PageRecord } from "./pageScript";
import { framesCovering, intervals, median, ratio, summarize, type Summary } from "./stats";
import { switchOnce } from "./switchOnce";
import { now, sleep, until, untilPageTime } from "./wait";
import { watchNetwork, type Bytes, type ScriptsBefore, type Transfer } from "./watchNetwork";

export const IDLE_MS = 2000;
export const ORBIT_MS = 3000;
export const SWITCH_WINDOW_MS = 1500;
/** Switches per load: up to --switches, but no more than MIN_SWITCHES once switching has taken SWITCH_BUDGET_MS. */
const MIN_SWITCHES = 2;
const SWITCH_BUDGET_MS = 20_000;
/** The orbit goes on past ORBIT_MS until at least this many frames fell inside it (for very slow pages), up to ORBIT_MAX_MS. */
const ORBIT_MIN_FRAMES = 1;
const ORBIT_MAX_MS = 30_000;

export interface LoadResult {
  page: Kind;
  run: number;
  url: string;
  /** Whether the page set performance.mark("globe:coloured") (the app may not yet). */
  marks: boolean;
  firstColouredMs: number | null;
  /** The first animation frame after the first coloured one: that frame has been drawn by then. */
  firstColouredPaintedMs: number | null;
  /** The first paint's picture: shown or not, and when painted (ms from navigation start). */
  firstPicture: FirstPicture;
  /** When the start-up window ends (first coloured frame, or the ready flag without marks, + 1 s). */
  startupEndMs: number;
  idle: Summary;
  orbit: Summary;
  orbitFrames: number;
  orbitTaskMsPerFrame: number | null;
  orbitScriptMsPerFrame: number | null;
  switchFrames: Summary;
  switchP95OverIdleP95: number | null;
  switchLatenciesMs: (number | null)[];
  switchLatencyMs: number | null;
  longTasksStartup: { count: number; longestMs: number };
  longTasksSwitch: { count: number; longestMs: number; switches: number };
  heapMB: number;
  bytes: Bytes;
  requests: Transfer[];
  /** JavaScript whose response had finished by the first coloured frame (null without the mark). */
  jsBeforeColoured: ScriptsBefore | null;
  drawCallsPerFrame: number | null;
  renderer: RendererFigures;
  /** The WebGL renderer of a new context in the page, after the measurement. */
  rendererString: string | null;
  errors: string[];
  wallMs: number;
  /** What the figures were computed from (page times in ms from navigation start). */
  raw: PageRecord & { windows: { idle: [number, number]; orbit: [number, number]; switches: [number, number][] } };
}

export async function measureLoad(browser: Browser, kind: Kind, url: string, run: number, options: Options): Promise<LoadResult> {
  const started = Date.now();
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const { tab: page, errors, state, cdp } = await openTab(context);
    await cdp.send("Performance.enable");
    await cdp.send("HeapProfiler.enable");
    const network = watchNetwork(cdp);

    await page.goto(url, { waitUntil: "load", timeout: START_TIMEOUT_MS });

    // Start-up: the first coloured frame (or, for an app without the mark, its ready flag held for 3 s).
    const deadline = Date.now() + START_TIMEOUT_MS;
    let readySince: number | null = null;
    let firstColouredMs: number | null = null;
    let startRef: number;
    for (;;) {
      if (state.crashed) throw new Error(`${kind}: the page crashed during start-up`);
      const s = (await page.evaluate(`({ mark: __bench.marks[0] ?? null, ready: ${READY}, now: performance.now() })`)) as {
        mark: number | null;
        ready: boolean;
        now: number;
      };
      if (s.mark !== null) {
        firstColouredMs = s.mark;
        startRef = s.mark;
        break;
      }
      if (kind === "ours" && s.ready) {
        readySince ??= s.now;
        if (s.now - readySince > 3000) {
          startRef = readySince;
          break;
        }
      }
      if (Date.now() > deadline) throw new Error(`${kind}: no first coloured frame after ${START_TIMEOUT_MS / 1000} s (${errors.join("; ")})`);
      await sleep(50);
    }
    const hasMarks = firstColouredMs !== null;
    const timeOrigin = (await page.evaluate("performance.timeOrigin")) as number;
    const startupEndMs = startRef + 1000;
    await untilPageTime(page, startupEndMs);
    if (kind === "ours") await until(page, READY, START_TIMEOUT_MS, "the app's ready flag");
    await sleep(500);

    // Idle.
    const idle0 = await now(page);
    await sleep(IDLE_MS);
    const idle1 = await now(page);

    const heap = await heapAfterGc(cdp);
    const renderer = (await page.evaluate(RENDERER_FIGURES)) as RendererFigures;
    const { bytes, requests } = network.summary(kind);
    const jsBeforeColoured = firstColouredMs === null ? null : network.scriptsBefore(timeOrigin + firstColouredMs);
    await sleep(300);

    // Orbit: a drag across the canvas centre, left and right twice, a little up and down.
    const box = await page.locator("canvas").first().boundingBox();
    if (!box) throw new Error(`${kind}: no canvas on the page`);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const reach = Math.min(250, box.width / 3);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const m0 = await metrics(cdp);
    const orbit0 = await now(page);
    const orbitStart = Date.now();
    const framesSince = `__bench.frames.filter((t) => t >= ${orbit0}).length`;
    for (let elapsed = 0; ; elapsed = Date.now() - orbitStart) {
      if (elapsed >= ORBIT_MS && (elapsed >= ORBIT_MAX_MS || ((await page.evaluate(framesSince)) as number) >= ORBIT_MIN_FRAMES)) break;
      const e = (elapsed % ORBIT_MS) / ORBIT_MS;
      await page.mouse.move(cx + reach * Math.sin(2 * Math.PI * 2 * e), cy + 0.2 * reach * Math.sin(2 * Math.PI * e));
      await sleep(8);
    }
    const orbit1 = await now(page);
    const m1 = await metrics(cdp);
    await page.mouse.up();
    // Let the camera come to rest (the app damps its controls).
    if (kind === "ours") await until(page, READY, SWITCH_TIMEOUT_MS, "the app's ready flag after orbiting");
    await sleep(700);

    // Switches: alternate the colourings, the window of each starting at its click.
    const switches: { click: number; afterMark: number | null }[] = [];
    const switching = Date.now();
    for (let i = 0; i < options.switches && !(i >= MIN_SWITCHES && Date.now() - switching > SWITCH_BUDGET_MS); i++) {
      if (state.crashed) throw new Error(`${kind}: the page crashed`);
      const s = await switchOnce(page, kind, hasMarks);
      switches.push(s);
      await untilPageTime(page, s.click + SWITCH_WINDOW_MS);
      if (kind === "ours") await until(page, READY, SWITCH_TIMEOUT_MS, "the app's ready flag");
      await sleep(400);
    }

    const rec = (await page.evaluate("({ frames: __bench.frames, draws: __bench.draws, marks: __bench.marks, afterMark: __bench.afterMark, clicks: __bench.clicks, longTasks: __bench.longTasks, painted: __bench.painted, pictureShown: __bench.pictureShown })")) as PageRecord;
    if (state.crashed) throw new Error(`${kind}: the page crashed`);
    // (Not on the baseline: between its frames of many seconds the page answers late.)
    let rendererString: string | null = null;
    if (kind === "ours") {
      try {
        rendererString = (await page.evaluate(RENDERER_STRING)) as string | null;
      } catch {}
    }

    // Frame intervals of a window: those of the frames covering it (see framesCovering).
    const covering = (a: number, b: number) => intervals(framesCovering(rec.frames, a, b));
    const idle = summarize(covering(idle0, idle1));
    const orbit = summarize(covering(orbit0, orbit1));
    const orbitFrames = rec.frames.filter((t) => t >= orbit0 && t <= orbit1).length;
    const perFrame = (name: string) => (orbitFrames > 0 && m0[name] !== undefined && m1[name] !== undefined ? ((m1[name]! - m0[name]!) * 1000) / orbitFrames : null);
    // Draw calls of one frame: the count a frame callback finds was made since the previous one. While
    // orbiting every frame is drawn; the frames just after the orbit are included for very slow pages.
    const drawn = (a: number, b: number) => rec.frames.map((t, i) => (t > a && t <= b ? rec.draws[i]! : 0)).filter((d) => d > 0);
    const drawsInOrbit = drawn(orbit0, orbit1);
    const drawCallsPerFrame = median(drawsInOrbit.length ? drawsInOrbit : drawn(orbit0, Infinity));
    const switchIntervals = switches.flatMap((s) => covering(s.click, s.click + SWITCH_WINDOW_MS));
    const switchFrames = summarize(switchIntervals);
    const latencies = switches.map((s) => (s.afterMark === null ? null : s.afterMark - s.click));
    const tasksIn = (a: number, b: number) => rec.longTasks.filter((t) => t.start >= a && t.start <= b);
    const startupTasks = tasksIn(0, startupEndMs);
    const switchTasks = switches.flatMap((s) => tasksIn(s.click, s.click + SWITCH_WINDOW_MS));
    const longest = (tasks: { duration: number }[]) => tasks.reduce((m, t) => Math.max(m, t.duration), 0);

    return {
      page: kind,
      run,
      url,
      marks: hasMarks,
      firstColouredMs,
      firstColouredPaintedMs: hasMarks ? (rec.afterMark[0] ?? null) : null,
      firstPicture: firstPicture([{ origin: timeOrigin, painted: rec.painted, pictureShown: rec.pictureShown }], timeOrigin),
      startupEndMs,
      idle,
      orbit,
      orbitFrames,
      orbitTaskMsPerFrame: perFrame("TaskDuration"),
      orbitScriptMsPerFrame: perFrame("ScriptDuration"),
      switchFrames,
      switchP95OverIdleP95: ratio(switchFrames.p95, idle.p95),
      switchLatenciesMs: latencies,
      switchLatencyMs: median(latencies),
      longTasksStartup: { count: startupTasks.length, longestMs: longest(startupTasks) },
      longTasksSwitch: { count: switchTasks.length, longestMs: longest(switchTasks), switches: switches.length },
      heapMB: heap / 2 ** 20,
      bytes,
      requests,
      jsBeforeColoured,
      drawCallsPerFrame,
      renderer,
      rendererString,
      errors,
      wallMs: Date.now() - started,
      raw: {
        ...rec,
        windows: { idle: [idle0, idle1], orbit: [orbit0, orbit1], switches: switches.map((s) => [s.click, s.click + SWITCH_WINDOW_MS]) },
      },
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Leak check (the app only)
