/** Leak check (the app only): renderer figures and heap after GC before and after many switches. */
import type { Browser } from "playwright-core";
import { heapAfterGc } from "./cdp";
import { READY, RENDERER_FIGURES, START_TIMEOUT_MS, VIEWPORT, type RendererFigures } from "./page";
import { PAGE_SCRIPT } from "./pageScript";
import { switchOnce } from "./switchOnce";
import { sleep, until } from "./wait";

export const LEAK_SWITCHES = 100;
// The heap grows for the first hundred or so switches and then settles (measured: 7.3 MB at the start, 10.1 MB
// after 50, 10.4 MB after 100, 10.4 MB after 200; a heap snapshot diff shows compiled code and the browser's
// performance entries, no objects of the app): the comparison starts once it has settled.
const LEAK_WARMUP_SWITCHES = 100;

export interface LeakResult {
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

export async function leakCheck(browser: Browser, url: string, switches: number): Promise<LeakResult> {
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
