/** Waiting, in Node and on a page's clock. */
import type { Page } from "playwright-core";

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
export const now = (page: Page) => page.evaluate("performance.now()") as Promise<number>;

/** Polls a page expression until it is truthy; throws after `timeoutMs`. */
export async function until<T>(page: Page, expression: string, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = (await page.evaluate(expression)) as T;
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(50);
  }
}

/** Waits until the page's clock reaches `t` (ms). */
export async function untilPageTime(page: Page, t: number): Promise<void> {
  const left = t - (await now(page));
  if (left > 0) await sleep(left + 20);
}
