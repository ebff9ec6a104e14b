import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sharedBrowser } from "./pages";

const { open } = sharedBrowser();

/** Loses the WebGL context and gets it back, waiting for the message to come and go and for a new frame. */
async function loseAndRestore(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lose?: WEBGL_lose_context };
    w.__lose ??= document.querySelector("canvas")!.getContext("webgl2")!.getExtension("WEBGL_lose_context")!;
    w.__lose.loseContext();
  });
  await page.locator('[data-notice-id="webgl"]').waitFor();
  const before = await page.evaluate(() => (window as unknown as { __draws: number }).__draws);
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await page.locator('[data-notice-id="webgl"]').waitFor({ state: "detached" });
  await page.waitForFunction((n) => (window as unknown as { __draws: number }).__draws > n, before);
  await page.waitForFunction(() => document.documentElement.dataset.globeReady === "true");
}

/** The page's JavaScript heap in bytes once garbage has been collected (twice, to let weak references go). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 2; i++) await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

describe("a lost WebGL context leaves nothing behind", () => {
  it("keeps the heap flat over 20 losses and restores (after 4 to warm up), with the globe drawn each time", { timeout: 600_000 }, async () => {
    const { page, errors } = await open("./?proposal=russia-sectors", { countDraws: true, reducedMotion: true });
    for (let i = 0; i < 4; i++) await loseAndRestore(page);
    const start = await heapAfterGc(page);
    for (let i = 0; i < 20; i++) await loseAndRestore(page);
    const end = await heapAfterGc(page);
    // Before the lost context's objects were released, each cycle kept about 85 KB: 1.7 MB over 20.
    expect(end - start, `heap ${(start / 1e6).toFixed(2)} MB → ${(end / 1e6).toFixed(2)} MB`).toBeLessThan(1_000_000);
    expect(errors.filter((e) => !/context/i.test(e))).toEqual([]);
    await page.context().close();
  });
});
