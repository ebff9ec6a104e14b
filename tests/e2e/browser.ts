import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium, with software WebGL (SwiftShader) and no background traffic. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Waits until the globe says it has finished drawing the current view. */
export async function waitForGlobe(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.globeReady === "true", undefined, { timeout });
}
