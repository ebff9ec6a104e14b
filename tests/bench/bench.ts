/**
 * Benchmark: the app against a baseline page that draws the same countries with react-globe.gl.
 * Builds both, serves them gzip-compressed from one local server, loads each in headless Chromium
 * (alternating, a fresh browser context per load) and reports medians, ratios ours/baseline and targets.
 *
 *   npm run bench                  5 loads of each page, then the leak check
 *   npm run bench -- --quick       1 load of each
 *   npm run bench -- --runs 3 --skip-leak --no-build --switches 4
 *
 * Writes tests/bench/results/bench-<time>.json, latest.json and latest.md. Exits 0 when targets are
 * missed (it is a report) and 1 when something crashes or times out.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { resolve } from "node:path";
import { chromium, type Browser, type CDPSession, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/browser";
import { PAGE_SCRIPT, type PageRecord, type SwitchTarget, type SwitchWait } from "./pageScript";
import { serveStatic } from "./server";
import {
  formatMet,
  formatNumber,
  formatRatio,
  framesCovering,
  intervals,
  markdownTable,
  median,
  meets,
  ratio,
  summarize,
  targetText,
  textTable,
  type Summary,
  type Target,
} from "./stats";

type Kind = "ours" | "baseline";

const VIEWPORT = { width: 1280, height: 800 };
const RESULTS = "tests/bench/results";
/**
 * The app is built with its own config (vite.config.ts) into a folder of the bench's, not dist/: the
 * browser tests rebuild dist/ and would empty it in the middle of a bench run.
 */
const APP_DIST = "tests/bench/.app-dist";
const BASELINE_DIST = "tests/bench/.baseline-dist";
const IDLE_MS = 2000;
const ORBIT_MS = 3000;
const SWITCH_WINDOW_MS = 1500;
/** Switches per load: up to --switches, but no more than MIN_SWITCHES once switching has taken SWITCH_BUDGET_MS. */
const MIN_SWITCHES = 2;
const SWITCH_BUDGET_MS = 20_000;
/** The orbit goes on past ORBIT_MS until at least this many frames fell inside it (for very slow pages), up to ORBIT_MAX_MS. */
const ORBIT_MIN_FRAMES = 1;
const ORBIT_MAX_MS = 30_000;
const LEAK_SWITCHES = 100;
// The heap grows for the first hundred or so switches and then settles (measured: 7.3 MB at the start, 10.1 MB
// after 50, 10.4 MB after 100, 10.4 MB after 200; a heap snapshot diff shows compiled code and the browser's
// performance entries, no objects of the app): the comparison starts once it has settled.
const LEAK_WARMUP_SWITCHES = 100;
/** Longest a page may take to show its first coloured frame, and a switch to show its new colouring. */
const START_TIMEOUT_MS = 120_000;
const SWITCH_TIMEOUT_MS = 30_000;
/** The whole bench gives up (and exits 1) after this long. */
const WATCHDOG_MS = 40 * 60_000;

interface Options {
  runs: number;
  switches: number;
  leak: boolean;
  build: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, switches: 4, leak: true, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number ≥ 1`);
      return v;
    };
    if (a === "--quick") o.runs = 1;
    else if (a === "--runs") o.runs = value();
    else if (a === "--switches") o.switches = value();
    else if (a === "--skip-leak" || a === "--no-leak") o.leak = false;
    else if (a === "--no-build") o.build = false;
    else if (a === "--help" || a === "-h") {
      console.log("npm run bench -- [--quick | --runs N] [--switches N] [--skip-leak] [--no-build]");
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return o;
}

// ---------------------------------------------------------------------------------------------------
// One page load

interface Bytes {
  js: number;
  data: number;
  fonts: number;
  other: number;
  jsData: number;
  total: number;
  /** Geometry of the countries shipped as its own file; null when it is bundled in the JavaScript. */
  geography: number | null;
}

interface RendererFigures {
  geometries: number | null;
  textures: number | null;
  areaDrawCalls: number | null;
}

interface LoadResult {
  page: Kind;
  run: number;
  url: string;
  /** Whether the page set performance.mark("globe:coloured") (the app may not yet). */
  marks: boolean;
  firstColouredMs: number | null;
  /** The first animation frame after the first coloured one: that frame has been drawn by then. */
  firstColouredPaintedMs: number | null;
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
  requests: { url: string; kind: string; bytes: number }[];
  drawCallsPerFrame: number | null;
  renderer: RendererFigures;
  errors: string[];
  wallMs: number;
  /** What the figures were computed from (page times in ms from navigation start). */
  raw: PageRecord & { windows: { idle: [number, number]; orbit: [number, number]; switches: [number, number][] } };
}

/** The bench's record and helpers in the page (see pageScript.ts). */
interface BenchWindow {
  __bench: PageRecord & { switchTarget(selector: string): SwitchTarget | null; switched(w: SwitchWait): Promise<boolean> };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const now = (page: Page) => page.evaluate("performance.now()") as Promise<number>;

/** Polls a page expression until it is truthy; throws after `timeoutMs`. */
async function until<T>(page: Page, expression: string, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = (await page.evaluate(expression)) as T;
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(50);
  }
}

/** Waits until the page's clock reaches `t` (ms). */
async function untilPageTime(page: Page, t: number): Promise<void> {
  const left = t - (await now(page));
  if (left > 0) await sleep(left + 20);
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const READY = `document.documentElement.dataset.globeReady === "true"`;

const RENDERER_FIGURES = `(() => {
  const g = window.__globe;
  const d = document.documentElement.dataset;
  const num = (v) => (v === undefined || v === "" ? null : Number(v));
  if (!g || !g.renderer) return { geometries: num(d.globeGeometries), textures: num(d.globeTextures), areaDrawCalls: null };
  const m = g.renderer.info.memory;
  return { geometries: m.geometries, textures: m.textures, areaDrawCalls: typeof g.areaDrawCalls === "function" ? g.areaDrawCalls() : null };
})()`;

/** Records every response's URL and type and its bytes on the wire (CDP Network events). */
function watchNetwork(cdp: CDPSession) {
  const responses = new Map<string, { url: string; mime: string; type: string }>();
  const finished = new Map<string, number>();
  cdp.on("Network.responseReceived", (e) => responses.set(e.requestId, { url: e.response.url, mime: e.response.mimeType, type: e.type }));
  cdp.on("Network.loadingFinished", (e) => finished.set(e.requestId, e.encodedDataLength));
  return (kind: Kind): { bytes: Bytes; requests: LoadResult["requests"] } => {
    const requests: LoadResult["requests"] = [];
    const b: Bytes = { js: 0, data: 0, fonts: 0, other: 0, jsData: 0, total: 0, geography: null };
    for (const [id, size] of finished) {
      const r = responses.get(id);
      if (!r || r.url.startsWith("data:") || r.url.startsWith("blob:")) continue;
      const path = new URL(r.url).pathname.toLowerCase();
      const k =
        r.type === "Script" || /javascript|wasm/.test(r.mime) || /\.(m?js|wasm)$/.test(path)
          ? "js"
          : r.type === "Font" || /\.(woff2?|ttf|otf)$/.test(path)
            ? "fonts"
            : r.type === "Fetch" || r.type === "XHR" || /\.(json|bin)$/.test(path)
              ? "data"
              : "other";
      b[k] += size;
      b.total += size;
      requests.push({ url: r.url, kind: k, bytes: size });
      const geography = kind === "ours" ? /geography|globe-geometry/.test(path) || path.endsWith(".bin") : /countries-\d+m/.test(path);
      if (geography) b.geography = (b.geography ?? 0) + size;
    }
    b.jsData = b.js + b.data;
    return { bytes: b, requests };
  };
}

/** The not-pressed proposal button of the app, the swap button of the baseline. */
const SWITCH_SELECTOR: Record<Kind, string> = {
  ours: `button.switcher__button[aria-pressed="false"]`,
  baseline: "#swap",
};

/**
 * Clicks the page's switch and waits until the new colouring has been drawn: the next "globe:coloured"
 * mark and the frame after it (with marks), and for the app its ready flag. Returns the click's time.
 */
async function switchOnce(page: Page, kind: Kind, hasMarks: boolean): Promise<{ click: number; afterMark: number | null }> {
  // Few round trips, each with the same source (the page may be slow to answer while it draws, and a
  // new source each time would add compiled scripts to the heap the leak check measures).
  const target = await page.evaluate(([selector]) => (window as unknown as BenchWindow).__bench.switchTarget(selector), [SWITCH_SELECTOR[kind]] as const);
  if (!target) throw new Error(`${kind}: no switch button (${SWITCH_SELECTOR[kind]})`);
  // A plain mouse click at the button's centre: Playwright's click first waits for the button to be
  // stable over two animation frames, which takes many seconds on a page whose frames are slow.
  await page.mouse.click(target.x, target.y);
  const wait: SwitchWait = {
    clicks: target.clicks,
    marks: hasMarks ? target.marks : null,
    proposal: kind === "ours" ? target.proposal : null,
    ready: kind === "ours",
    timeoutMs: SWITCH_TIMEOUT_MS,
  };
  const ok = await page.evaluate((w) => (window as unknown as BenchWindow).__bench.switched(w), wait);
  if (!ok) throw new Error(`${kind}: timed out after ${SWITCH_TIMEOUT_MS / 1000} s waiting for a switch to be drawn (${JSON.stringify(wait)})`);
  const [click, afterMark] = await page.evaluate(
    ([c, m]) => {
      const b = (window as unknown as BenchWindow).__bench;
      return [b.clicks[c]!, b.afterMark[m] ?? null] as const;
    },
    [target.clicks, target.marks] as const,
  );
  return { click, afterMark: hasMarks ? afterMark : null };
}

async function measureLoad(browser: Browser, kind: Kind, url: string, run: number, options: Options): Promise<LoadResult> {
  const started = Date.now();
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    let crashed = false;
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    page.on("crash", () => (crashed = true));
    await page.addInitScript(PAGE_SCRIPT);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
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
      if (crashed) throw new Error(`${kind}: the page crashed during start-up`);
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
    const { bytes, requests } = network(kind);
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
      if (crashed) throw new Error(`${kind}: the page crashed`);
      const s = await switchOnce(page, kind, hasMarks);
      switches.push(s);
      await untilPageTime(page, s.click + SWITCH_WINDOW_MS);
      if (kind === "ours") await until(page, READY, SWITCH_TIMEOUT_MS, "the app's ready flag");
      await sleep(400);
    }

    const rec = (await page.evaluate("({ frames: __bench.frames, draws: __bench.draws, marks: __bench.marks, afterMark: __bench.afterMark, clicks: __bench.clicks, longTasks: __bench.longTasks })")) as PageRecord;
    if (crashed) throw new Error(`${kind}: the page crashed`);

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
      drawCallsPerFrame,
      renderer,
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

interface LeakResult {
  switches: number;
  warmupSwitches: number;
  /** Heap after GC every 25 switches. */
  heapTrace: { switches: number; heapMB: number }[];
  marks: boolean;
  before: RendererFigures & { heapMB: number };
  after: RendererFigures & { heapMB: number };
  heapChange: number;
  wallMs: number;
}

async function leakCheck(browser: Browser, url: string, switches: number): Promise<LeakResult> {
  const started = Date.now();
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    let crashed = false;
    page.on("crash", () => (crashed = true));
    await page.addInitScript(PAGE_SCRIPT);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.enable");
    await page.goto(url, { waitUntil: "load", timeout: START_TIMEOUT_MS });
    await until(page, READY, START_TIMEOUT_MS, "the app's ready flag");
    await sleep(1000);
    const hasMarks = ((await page.evaluate("__bench.marks.length")) as number) > 0;
    // The bench's own frame record would grow the page's heap: stop it.
    await page.evaluate("__bench.recordFrames = false; __bench.frames.length = 0; __bench.draws.length = 0");
    // Warm-up switches first: both colourings drawn, and the one-off growth of the heap while the code
    // warms up (compiled code, caches) left out of the comparison.
    for (let i = 0; i < LEAK_WARMUP_SWITCHES; i++) await switchOnce(page, "ours", hasMarks);
    await sleep(500);
    const figures = async () => {
      const heapMB = (await heapAfterGc(cdp)) / 2 ** 20;
      return { ...((await page.evaluate(RENDERER_FIGURES)) as RendererFigures), heapMB };
    };
    const before = await figures();
    const heapTrace = [{ switches: 0, heapMB: before.heapMB }];
    for (let i = 1; i <= switches; i++) {
      if (crashed) throw new Error("the app crashed during the leak check");
      await switchOnce(page, "ours", hasMarks);
      if (i % 25 === 0 && i < switches) {
        heapTrace.push({ switches: i, heapMB: (await heapAfterGc(cdp)) / 2 ** 20 });
        process.stdout.write(`  leak check: ${i}/${switches} switches\n`);
      }
    }
    await sleep(500);
    const after = await figures();
    heapTrace.push({ switches, heapMB: after.heapMB });
    return { switches, warmupSwitches: LEAK_WARMUP_SWITCHES, marks: hasMarks, before, after, heapChange: (after.heapMB - before.heapMB) / before.heapMB, heapTrace, wallMs: Date.now() - started };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Report

interface Metric {
  key: string;
  label: string;
  unit: string;
  get: (r: LoadResult) => number | null;
  /** Targets apply to the app's figure (or to the ratio); the baseline's own figure is not checked. */
  target?: Target;
  /** Decimal places in the table (default: by size). */
  digits?: number;
}

const kB = (n: number | null) => (n === null ? null : n / 1000);

const METRICS: Metric[] = [
  { key: "firstColouredMs", label: "First coloured frame", unit: "ms", get: (r) => r.firstColouredMs, target: { kind: "ratio", max: 0.25 } },
  { key: "firstColouredPaintedMs", label: "First coloured frame drawn (next frame)", unit: "ms", get: (r) => r.firstColouredPaintedMs },
  { key: "idleMedianMs", label: "Frame time idle, median", unit: "ms", get: (r) => r.idle.median },
  { key: "idleP95Ms", label: "Frame time idle, p95", unit: "ms", get: (r) => r.idle.p95 },
  { key: "idleMaxMs", label: "Frame time idle, max", unit: "ms", get: (r) => r.idle.max },
  { key: "orbitMedianMs", label: "Frame time orbiting, median", unit: "ms", get: (r) => r.orbit.median },
  { key: "orbitP95Ms", label: "Frame time orbiting, p95", unit: "ms", get: (r) => r.orbit.p95, target: { kind: "ratio", max: 0.2 } },
  { key: "orbitMaxMs", label: "Frame time orbiting, max", unit: "ms", get: (r) => r.orbit.max },
  { key: "orbitTaskMsPerFrame", label: "Main thread per frame orbiting (tasks)", unit: "ms", get: (r) => r.orbitTaskMsPerFrame, target: { kind: "absolute", max: 3, strict: true } },
  { key: "orbitScriptMsPerFrame", label: "Main thread per frame orbiting (script)", unit: "ms", get: (r) => r.orbitScriptMsPerFrame },
  { key: "switchMedianMs", label: "Frame time during switch, median", unit: "ms", get: (r) => r.switchFrames.median },
  { key: "switchP95Ms", label: "Frame time during switch, p95", unit: "ms", get: (r) => r.switchFrames.p95 },
  { key: "switchMaxMs", label: "Frame time during switch, max", unit: "ms", get: (r) => r.switchFrames.max },
  { key: "switchP95OverIdleP95", label: "Switch p95 / idle p95", unit: "x", get: (r) => r.switchP95OverIdleP95, target: { kind: "absolute", max: 1.2 } },
  { key: "switchLatencyMs", label: "Switch latency (click to painted frame)", unit: "ms", get: (r) => r.switchLatencyMs, target: { kind: "ratio", max: 0.1 } },
  { key: "longTasksStartup", label: "Long tasks in start-up, count", unit: "", get: (r) => r.longTasksStartup.count, digits: 0 },
  { key: "longTasksStartupMaxMs", label: "Long tasks in start-up, longest", unit: "ms", get: (r) => r.longTasksStartup.longestMs },
  { key: "longTasksSwitch", label: "Long tasks in switches, count (all)", unit: "", get: (r) => r.longTasksSwitch.count, digits: 0 },
  { key: "longTasksSwitchMaxMs", label: "Long tasks in switches, longest", unit: "ms", get: (r) => r.longTasksSwitch.longestMs, target: { kind: "absolute", max: 50 } },
  { key: "heapMB", label: "JS heap after GC", unit: "MB", get: (r) => r.heapMB },
  { key: "jsKB", label: "Transferred JS (gzip)", unit: "kB", get: (r) => kB(r.bytes.js) },
  { key: "dataKB", label: "Transferred data (gzip)", unit: "kB", get: (r) => kB(r.bytes.data) },
  { key: "fontsKB", label: "Transferred fonts", unit: "kB", get: (r) => kB(r.bytes.fonts) },
  { key: "otherKB", label: "Transferred other (html, css)", unit: "kB", get: (r) => kB(r.bytes.other) },
  { key: "jsDataKB", label: "Transferred JS + data (gzip)", unit: "kB", get: (r) => kB(r.bytes.jsData), target: { kind: "ratio", max: 0.7 } },
  { key: "geographyKB", label: "Geography transferred (gzip)", unit: "kB", get: (r) => kB(r.bytes.geography), target: { kind: "absolute", max: 150 } },
  { key: "drawCallsPerFrame", label: "WebGL draw calls per frame", unit: "", get: (r) => r.drawCallsPerFrame, digits: 0 },
  { key: "areaDrawCalls", label: "Land + sea draw calls per frame", unit: "", get: (r) => r.renderer.areaDrawCalls, target: { kind: "absolute", max: 3 }, digits: 0 },
  { key: "geometries", label: "Renderer geometries", unit: "", get: (r) => r.renderer.geometries, digits: 0 },
  { key: "textures", label: "Renderer textures", unit: "", get: (r) => r.renderer.textures, digits: 0 },
];

interface Row {
  key: string;
  label: string;
  unit: string;
  ours: number | null;
  baseline: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
  /** Text for the ours column when there is no number (e.g. "bundled in JS"). */
  note?: string;
}

function summarizeRuns(runs: LoadResult[], leak: LeakResult | null): Row[] {
  const rows: Row[] = METRICS.map((m) => {
    const ours = median(runs.filter((r) => r.page === "ours").map(m.get));
    const baseline = median(runs.filter((r) => r.page === "baseline").map(m.get));
    const r = ratio(ours, baseline);
    const row: Row = { key: m.key, label: m.label, unit: m.unit, ours, baseline, ratio: r, target: targetText(m.target, m.unit), met: meets(m.target, ours, r) };
    if (m.key === "geographyKB" && ours === null) row.note = "bundled in JS";
    if (m.key === "firstColouredMs" && ours === null) row.note = "no mark";
    if ((m.key === "switchLatencyMs" || m.key === "firstColouredPaintedMs") && ours === null) row.note = "no mark";
    if (m.key === "areaDrawCalls" && ours === null) row.note = "no __globe";
    return row;
  });
  if (leak) {
    const same = (k: "geometries" | "textures") => (leak.before[k] === null || leak.after[k] === null ? null : leak.before[k] === leak.after[k]);
    for (const k of ["geometries", "textures"] as const) {
      rows.push({
        key: `leak.${k}`,
        label: `After ${leak.switches} switches: ${k}`,
        unit: "",
        ours: leak.after[k],
        baseline: null,
        ratio: null,
        target: "unchanged",
        met: same(k),
        note: leak.before[k] === null ? "not exposed" : `${leak.before[k]} → ${leak.after[k]}`,
      });
    }
    rows.push({
      key: "leak.heap",
      label: `After ${leak.switches} switches: heap after GC`,
      unit: "%",
      ours: leak.heapChange * 100,
      baseline: null,
      ratio: null,
      target: "within 10%",
      met: Math.abs(leak.heapChange) <= 0.1,
      note: `${leak.before.heapMB.toFixed(1)} → ${leak.after.heapMB.toFixed(1)} MB (${leak.heapChange >= 0 ? "+" : ""}${(leak.heapChange * 100).toFixed(1)}%)`,
    });
  }
  return rows;
}

function cells(row: Row): string[] {
  const digits = METRICS.find((m) => m.key === row.key)?.digits;
  const unit = row.unit && row.unit !== "x" ? ` ${row.unit}` : row.unit;
  const value = (v: number | null) => (v === null ? "–" : `${formatNumber(v, digits)}${unit}`);
  return [row.label, row.note ?? value(row.ours), row.key.startsWith("leak.") ? "" : value(row.baseline), formatRatio(row.ratio), row.target, formatMet(row.met)];
}

const HEADER = ["metric", "ours", "baseline", "ratio", "target", "met?"];

// ---------------------------------------------------------------------------------------------------

/** Runs a build step, showing its output only when it fails. */
function step(args: string[]): void {
  const r = spawnSync("npx", args, { encoding: "utf8" });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
    throw new Error(`npx ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
  }
}

function build(): void {
  const run = step;
  console.log(`building the app (vite.config.ts, into ${APP_DIST})…`);
  // --outDir is resolved against the config's root (src/): give it an absolute path.
  run(["vite", "build", "--config", "vite.config.ts", "--outDir", resolve(APP_DIST), "--emptyOutDir", "--logLevel", "warn"]);
  console.log("building the baseline page…");
  run(["tsx", "tests/bench/baseline/makeColourings.ts"]);
  run(["vite", "build", "--config", "tests/bench/baseline/vite.config.ts"]);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) build();
  const server = await serveStatic({ "/app/": APP_DIST, "/baseline/": BASELINE_DIST });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const runs: LoadResult[] = [];
  let leak: LeakResult | null = null;
  let leakError: string | null = null;
  try {
    const urls: Record<Kind, string> = { ours: `${server.origin}/app/`, baseline: `${server.origin}/baseline/` };
    console.log(`Chromium ${browser.version()}, ${options.runs} load(s) of each page, ${options.switches} switches per load`);
    for (let run = 1; run <= options.runs; run++) {
      for (const kind of ["ours", "baseline"] as const) {
        const r = await measureLoad(browser, kind, urls[kind], run, options);
        runs.push(r);
        console.log(
          `  ${kind.padEnd(8)} run ${run}: first coloured ${formatNumber(r.firstColouredMs, 0)} ms, orbit p95 ${formatNumber(r.orbit.p95)} ms, ` +
            `switch ${formatNumber(r.switchLatencyMs, 0)} ms, ${(r.wallMs / 1000).toFixed(0)} s${r.errors.length ? `, page errors: ${r.errors.length}` : ""}`,
        );
      }
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
    const rows = summarizeRuns(runs, leak);
    const chromiumVersion = browser.version();
    const cpus = os.cpus();
    const machine = {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpuModel: cpus[0]?.model ?? "unknown",
      cpuCount: cpus.length,
      totalMemoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      chromium: chromiumVersion,
      node: process.version,
      webgl: "SwiftShader (software)",
    };
    const date = new Date().toISOString();
    const table = textTable(HEADER, rows.map(cells));
    console.log(`\n${table}\n`);
    if (!runs.some((r) => r.page === "ours" && r.marks)) console.log('note: the app set no performance.mark("globe:coloured"): start-up and switch latency are not measured for it.');

    mkdirSync(RESULTS, { recursive: true });
    const json = JSON.stringify(
      {
        date,
        machine,
        options: { ...options, viewport: VIEWPORT, idleMs: IDLE_MS, orbitMs: ORBIT_MS, switchWindowMs: SWITCH_WINDOW_MS, gzip: true },
        summary: rows,
        runs,
        leak,
        leakError,
      },
      null,
      2,
    );
    const file = `${RESULTS}/bench-${date.replace(/[:.]/g, "-")}.json`;
    writeFileSync(file, json);
    writeFileSync(`${RESULTS}/latest.json`, json);
    const md = [
      `Date: ${date.slice(0, 10)}  `,
      `Machine: ${machine.cpuModel} (${machine.cpuCount} cores), ${machine.totalMemoryGB} GB, ${machine.os}; ` +
        `headless Chromium ${chromiumVersion}, software WebGL (SwiftShader), ${VIEWPORT.width}×${VIEWPORT.height}, gzip  `,
      `Median of ${options.runs} load(s) of each page, alternating. Baseline: the same countries (world-atlas 1:50m) ` +
        `drawn with react-globe.gl. Ratio: ours / baseline.`,
      "",
      markdownTable(HEADER, rows.map(cells)),
      "",
    ].join("\n");
    writeFileSync(`${RESULTS}/latest.md`, md);
    console.log(`wrote ${file}, ${RESULTS}/latest.json and ${RESULTS}/latest.md`);
    if (leakError) throw new Error(`leak check: ${leakError}`);
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
