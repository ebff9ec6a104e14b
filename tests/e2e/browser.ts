import { chromium, type Browser, type Page } from "playwright-core";

import { CHROMIUM, CHROMIUM_ARGS } from "../../src/cli/chromium";

export { CHROMIUM, CHROMIUM_ARGS };

/** How long a page action or wait may take before it counts as hung: a busy 2-core machine is slow, not stuck. */
export const HANG_LIMIT_MS = 120_000;

/** Chromium, whose every context waits up to HANG_LIMIT_MS for an element or an action (Playwright's default is 30 s). */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(HANG_LIMIT_MS);
    return context;
  };
  return browser;
}

/** Waits until the globe says it has finished drawing the current view. */
export async function waitForGlobe(page: Page, timeout = HANG_LIMIT_MS): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.globeReady === "true", undefined, { timeout });
}

/**
 * Counts WebGL draw calls in the page (window.__draws), by wrapping the context's draw methods before
 * the app loads. The app is not changed; a frame that draws anything shows up as a rise in the count.
 */
export async function countDraws(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __draws: number };
    w.__draws = 0;
    for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype] as unknown as Record<string, unknown>[]) {
      for (const name of ["drawElements", "drawArrays", "drawElementsInstanced", "drawArraysInstanced", "drawRangeElements"]) {
        const original = proto[name] as ((...a: unknown[]) => unknown) | undefined;
        if (typeof original !== "function") continue;
        proto[name] = function (this: unknown, ...args: unknown[]) {
          w.__draws++;
          return original.apply(this, args);
        };
      }
    }
  });
}

export const draws = (page: Page) => page.evaluate(() => (window as unknown as { __draws: number }).__draws);
