import type { Frame, Page } from "playwright-core";

/** A message a window received: from the embedded globe, or (in the globe's frame) from its host. */
export interface Received {
  origin: string;
  data: { type: string; state?: Record<string, string>; step?: unknown };
  /** When it arrived (Date.now(), the same clock in every frame). */
  at: number;
}

/** Records, from before the page loads, every message each of its windows (the page and its frames) receives (window.__received). */
export async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __received: unknown[] };
    w.__received = [];
    window.addEventListener("message", (e) => w.__received.push({ origin: e.origin, data: e.data, at: Date.now() }));
  });
}

/**
 * One of the globe's height messages (its `resize` event, AMP's `embed-size`, Pym.js's `height`), which an embed
 * posts to any origin, unlike its other events.
 */
export const isHeightMessage = (m: Received): boolean => {
  const data = m.data as unknown;
  if (typeof data === "string") return data.startsWith("pymxPYMx");
  const d = data as { type?: unknown; sentinel?: unknown } | null;
  return d?.type === "resize" || (d?.sentinel === "amp" && d.type === "embed-size");
};

export const received = (page: Page | Frame): Promise<Received[]> => page.evaluate(() => (window as unknown as { __received: Received[] }).__received);

/** Waits until the page has received a message that passes `test`, and gives it. */
export async function waitForMessage(page: Page, test: (m: Received) => boolean, timeout = 120_000): Promise<Received> {
  const start = Date.now();
  for (;;) {
    const found = (await received(page)).find(test);
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error(`no such message; received: ${JSON.stringify(await received(page)).slice(0, 2000)}`);
    await page.waitForTimeout(100);
  }
}

/** The embedded globe's frame (the page's only iframe). */
export async function globeFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the iframe has no frame");
  return frame;
}

/** Waits until the embedded globe has drawn its view. */
export const waitForFrameGlobe = (frame: Frame, timeout = 120_000) =>
  frame.waitForFunction(() => document.documentElement.dataset.globeReady === "true", undefined, { timeout });

/** The embedded globe's own URL parameters, as it keeps them in its address. */
export const frameParams = async (frame: Frame) => new URLSearchParams(await frame.evaluate(() => location.search));
