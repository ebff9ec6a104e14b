import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { countDraws, launch, waitForGlobe } from "./browser";

export const base = inject("baseUrl");
export const ARTIFACTS = "tests/artifacts";
mkdirSync(ARTIFACTS, { recursive: true });

export interface Watched {
  page: Page;
  errors: string[];
  foreign: string[];
}

export interface OpenOptions {
  reducedMotion?: boolean;
  width?: number;
  height?: number;
  countDraws?: boolean;
  /** A touch screen: taps send touch pointer events. */
  touch?: boolean;
  /** What to set up in the context before the page loads (routes that hold or change responses). */
  before?: (context: BrowserContext) => Promise<unknown>;
}

/** A page that records console errors, page errors and every request to a host other than the app's. */
export async function open(browser: Browser, path: string, options: OpenOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1200, height: options.height ?? 760 },
    reducedMotion: options.reducedMotion ? "reduce" : "no-preference",
    acceptDownloads: true,
    hasTouch: options.touch ?? false,
  });
  await options.before?.(context);
  const page = await context.newPage();
  if (options.countDraws) await countDraws(page);
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(base).origin;
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) foreign.push(u);
  });
  await page.goto(new URL(path, base).toString());
  await waitForGlobe(page);
  return { page, errors, foreign };
}

/** A screenshot of an element, saved as a test artefact. */
export function shot(page: Page, selector: string, name: string): Promise<Buffer> {
  return page.locator(selector).first().screenshot({ path: `${ARTIFACTS}/${name}.png` });
}

/** Share of pixels that differ noticeably (by more than `tolerance`, summed over R, G and B) between two same-sized PNGs (decoded in the page). */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer, tolerance = 40): Promise<number> {
  return page.evaluate(
    async ([a64, b64, tol]) => {
      const load = async (s: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${s}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      const [x, y] = await Promise.all([load(a64 as string), load(b64 as string)]);
      if (x.length !== y.length) return 1;
      let diff = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > (tol as number)) diff++;
      }
      return diff / (x.length / 4);
    },
    [a.toString("base64"), b.toString("base64"), tolerance] as const,
  );
}

/** Drags from the middle of an element by (dx, dy) pixels in small moves, as a hand would. */
export async function drag(page: Page, selector: string, dx: number, dy: number): Promise<void> {
  const box = (await page.locator(selector).first().boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
}

export const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/**
 * One browser for a test file: launched before its tests, closed after them. `open` opens a page in a
 * fresh context of it; `browser()` gives the browser itself.
 */
export function sharedBrowser(args: string[] = []) {
  let b: Browser | undefined;
  beforeAll(async () => {
    b = await launch(args);
  });
  afterAll(async () => {
    await b?.close();
  });
  const browser = () => {
    if (!b) throw new Error("the browser is not launched yet");
    return b;
  };
  return { browser, open: (path: string, options?: OpenOptions) => open(browser(), path, options) };
}

/**
 * Width, height and a few facts about a PNG, decoded in the page: how many colours (up to 5000), the share of
 * transparent pixels, the pixels of the legend's NATO swatch (the exact party colour #2a78c2, unlit, in the lower
 * left), and the share of dark, unsaturated ink (borders, names and other text).
 */
export async function inspectPng(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    let transparent = 0;
    let swatch = 0;
    let ink = 0;
    for (let y = 0; y < c.height; y++) {
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        const r = d[i]!;
        const g = d[i + 1]!;
        const b = d[i + 2]!;
        if (colours.size < 5000) colours.add((r << 16) | (g << 8) | b);
        if (d[i + 3]! === 0) transparent++;
        if (x < c.width * 0.5 && y > c.height * 0.5 && Math.abs(r - 0x2a) <= 1 && Math.abs(g - 0x78) <= 1 && Math.abs(b - 0xc2) <= 1) swatch++;
        if (Math.max(r, g, b) - Math.min(r, g, b) < 30 && 0.2126 * r + 0.7152 * g + 0.0722 * b < 110) ink++;
      }
    }
    const n = c.width * c.height;
    return { width: c.width, height: c.height, colours: colours.size, transparent: transparent / n, swatch, ink: ink / n };
  }, png.toString("base64"));
}

/**
 * Where in the page view `index`'s camera looks through at its subject (the centre of the part of its frame that no
 * overlay takes, see src/screen/framing.ts): the point of the globe a view's camera is set on, with nobody moving it.
 */
export async function lookPoint(page: Page, index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate((i) => {
    const v = (window as unknown as { __globe: { subjects(): { frame: DOMRect | null; centre: { x: number; y: number } | null }[] } }).__globe.subjects()[i]!;
    return { x: v.frame!.left + v.centre!.x, y: v.frame!.top + v.centre!.y };
  }, index);
}
