import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CDPSession, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForGlobe } from "./browser";
import { globeFrame, waitForFrameGlobe } from "./hostEvents";
import { base, param, sharedBrowser } from "./pages";
import { serveStatic, type StaticServer } from "../../src/cli/staticServer";

const { browser } = sharedBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A news site on another origin, with article pages taller than any screen that embed the globe full width. */
let site: StaticServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "globe-gestures-"));
  site = await serveStatic(dir);
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Screen {
  width: number;
  height: number;
}

/** A context of the size given: a phone (touch, mobile viewport) or a desktop, asking for reduced motion (no damping). */
async function newPage(size: Screen, touch: boolean, b = browser()): Promise<Page> {
  const context = await b.newContext({ viewport: size, hasTouch: touch, isMobile: touch, reducedMotion: "reduce" });
  return context.newPage();
}

/**
 * An article with tall paragraphs above and below an embed (the README's iframe: full width, 560 px high), scrolled
 * so that the embed's top is 100 px below the top of the screen. Chromium holds back the frames of an iframe off
 * screen, so the globe is waited for once it is in view.
 */
async function openArticle(name: string, size: Screen, touch: boolean, params = "embed=1&proposal=russia-sectors", newPageIn = newPage) {
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<link rel="icon" href="data:,"><title>${name}</title><style>body{margin:0}p{height:1200px;margin:0}iframe{display:block;width:100%;height:560px;border:0}</style></head><body>` +
      `<p>Text above the globe.</p><iframe title="Globe" src="${new URL(`index.html?${params}`, base)}"></iframe><p>Text below the globe.</p></body></html>`,
  );
  const page = await newPageIn(size, touch);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${site.origin}/${name}.html`);
  const frame = await globeFrame(page);
  await bringIntoView(page);
  await waitForFrameGlobe(frame);
  return { page, frame, errors };
}

/** Scrolls the article so that the embed's top is 100 px below the top of the screen. */
async function bringIntoView(page: Page) {
  // Scrolled again on every poll, so a fling still running from the last swipe cannot carry the page past it.
  await page.waitForFunction(
    () => {
      const off = document.querySelector("iframe")!.getBoundingClientRect().top - 100;
      if (Math.abs(off) < 1) return true;
      window.scrollBy(0, off);
      return false;
    },
    undefined,
    { timeout: 120_000 },
  );
}

/** Where the embedded 3D globe's camera stands (the page's `__globe` hook: see src/scene/benchHook.ts). */
const camera = (frame: Frame) => frame.evaluate(() => (window as unknown as { __globe: { cameras(): { lon: number; lat: number; distance: number }[] } }).__globe.cameras()[0]!);
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
/** The `at` parameter of the embed's own address. */
const frameAt = (frame: Frame) => frame.evaluate(() => new URLSearchParams(location.search).get("at"));

/** The middle of the embedded globe's frame, in the page's coordinates. */
async function globeMiddle(frame: Frame, selector = ".globe__frame") {
  const box = (await frame.locator(selector).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

type Point = { x: number; y: number };

/** Where the first globe's camera looks through its frame (pixels from the frame's top left): the point it is set on. */
const lookThrough = (frame: Frame): Promise<Point> =>
  frame.evaluate(() => (window as unknown as { __globe: { subjects(): { centre: Point | null }[] } }).__globe.subjects()[0]!.centre!);
/**
 * Fingers on the touch screen, through the DevTools protocol (the browser scrolls for these as for real fingers):
 * `at(i)` gives each finger's point at step i of `steps`, from 0 (touching) to the last (then they lift). `during`
 * runs before they lift.
 */
async function touch(cdp: CDPSession, at: (i: number) => Point[], steps = 12, during?: () => Promise<void>) {
  const points = (i: number) => at(i).map((p, id) => ({ x: p.x, y: p.y, id }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(0) });
  for (let i = 1; i <= steps; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(i) });
  await during?.();
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

/** Waits until the embed's hint shows (and gives its text), or until it has gone. */
const hintShown = (frame: Frame) => frame.waitForSelector(".gesture-hint--shown", { timeout: 120_000 }).then((h) => h.textContent());
const hintGone = (frame: Frame) => frame.waitForSelector(".gesture-hint:not(.gesture-hint--shown)", { state: "attached", timeout: 120_000 });

describe("an embedded globe on a phone, in an article taller than the screen", () => {
  it("lets one finger scroll the page (with a hint, the globe unmoved) and turns the globe with two", async () => {
    const { page, frame, errors } = await openArticle("phone", PHONE, true);
    const cdp = await page.context().newCDPSession(page);
    const start = await camera(frame);
    expect(await frame.locator(".globe__frame").evaluate((el) => getComputedStyle(el).touchAction)).toBe("pan-y");
    const { x, y } = await globeMiddle(frame);

    // A finger drawn down over the globe: the page scrolls back up (the embed has nothing above to scroll), and while
    // the finger moves the hint says to use two.
    const top = await scrollY(page);
    let hint: string | null = null;
    await touch(cdp, (i) => [{ x, y: y - 20 + i * 14 }], 12, async () => {
      hint = await hintShown(frame);
    });
    expect(hint).toBe("Use two fingers to turn the globe");
    await page.waitForFunction((s) => window.scrollY < s - 50, top, { timeout: 120_000 });
    expect(await camera(frame)).toEqual(start);

    // Drawn up: the page scrolls on down (the embed itself never scrolls), and the globe stays where it was.
    await bringIntoView(page);
    const before = await scrollY(page);
    const from = await globeMiddle(frame);
    await touch(cdp, (i) => [{ x: from.x, y: from.y + 120 - i * 20 }]);
    await page.waitForFunction((s) => window.scrollY > s + 50, before, { timeout: 120_000 });
    expect(await camera(frame)).toEqual(start);
    expect((await frameAt(frame)) ?? null).toBeNull();
    await hintGone(frame);

    // Two fingers side by side, drawn across together: the globe turns, and the page does not move.
    await bringIntoView(page);
    const still = await scrollY(page);
    const mid = await globeMiddle(frame);
    await touch(cdp, (i) => [
      { x: mid.x - 60 + i * 8, y: mid.y - i * 6 },
      { x: mid.x + 60 + i * 8, y: mid.y - i * 6 },
    ]);
    await frame.waitForFunction((lon) => {
      const cam = (window as unknown as { __globe: { cameras(): { lon: number }[] } }).__globe.cameras()[0]!;
      return Math.abs(cam.lon - lon) > 5;
    }, start.lon, { timeout: 120_000 });
    expect(await scrollY(page)).toBe(still);
    // The camera comes to rest where the fingers left it, and the embed's address follows it.
    await frame.waitForFunction(() => new URLSearchParams(location.search).has("at"), undefined, { timeout: 120_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("still picks a country with a tap, and keeps its tooltip after the finger lifts until a tap elsewhere", async () => {
    const { page, frame, errors } = await openArticle("phone-tap", PHONE, true, "embed=1&proposal=nato-two-systems&at=31,49,4");
    const box = (await frame.locator(".globe__frame").boundingBox())!;
    const look = await lookThrough(frame);
    await frame.evaluate(() => {
      const w = window as unknown as { leaves: number };
      w.leaves = 0;
      document.querySelector(".globe__frame")!.addEventListener("pointerleave", () => w.leaves++);
    });
    await page.touchscreen.tap(box.x + look.x, box.y + look.y);
    await frame.waitForFunction(() => (window as unknown as { leaves: number }).leaves > 0, undefined, { timeout: 120_000 });
    const tip = frame.locator(".tooltip");
    expect(await tip.textContent()).toContain("Ukraine");
    expect(await frame.locator(".gesture-hint--shown").count()).toBe(0);
    await page.touchscreen.tap(box.x + 5, box.y + box.height - 5);
    await tip.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("an embedded globe on a desktop, in an article taller than the screen", () => {
  it("leaves the wheel to the page (with a hint), zooms with Ctrl and the wheel, and still turns by mouse drag", async () => {
    const { page, frame, errors } = await openArticle("desktop", DESKTOP, false);
    const start = await camera(frame);
    const { x, y } = await globeMiddle(frame);
    await page.mouse.move(x, y);

    const before = await scrollY(page);
    await page.mouse.wheel(0, 240);
    await page.waitForFunction((s) => window.scrollY > s + 100, before, { timeout: 120_000 });
    expect(await hintShown(frame)).toBe("Hold Ctrl (⌘ on a Mac) and scroll to zoom");
    expect(await camera(frame)).toEqual(start);

    // Ctrl held: the globe zooms in, and the page stays.
    const mid = await globeMiddle(frame);
    await page.mouse.move(mid.x, mid.y);
    const still = await scrollY(page);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -240);
    await page.keyboard.up("Control");
    await frame.waitForFunction((d) => {
      const cam = (window as unknown as { __globe: { cameras(): { distance: number }[] } }).__globe.cameras()[0]!;
      return cam.distance < d - 0.05;
    }, start.distance, { timeout: 120_000 });
    expect(await scrollY(page)).toBe(still);

    // A mouse drag turns the globe as in the full app.
    const lon = (await camera(frame)).lon;
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(mid.x + i * 20, mid.y);
    await page.mouse.up();
    await frame.waitForFunction((l) => Math.abs((window as unknown as { __globe: { cameras(): { lon: number }[] } }).__globe.cameras()[0]!.lon - l) > 5, lon, {
      timeout: 120_000,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the full app keeps direct gestures", () => {
  it("turns the globe with one finger and zooms with a plain wheel", async () => {
    const page = await newPage(PHONE, true);
    await page.goto(new URL("./?proposal=russia-sectors", base).toString());
    await waitForGlobe(page);
    const frame = page.mainFrame();
    const start = await camera(frame);
    expect(await page.locator(".gesture-hint").count()).toBe(0);
    const cdp = await page.context().newCDPSession(page);
    const { x, y } = await globeMiddle(frame);
    await touch(cdp, (i) => [{ x: x - 60 + i * 10, y }]);
    await page.waitForFunction((lon) => Math.abs((window as unknown as { __globe: { cameras(): { lon: number }[] } }).__globe.cameras()[0]!.lon - lon) > 5, start.lon, {
      timeout: 120_000,
    });
    await page.context().close();

    const desktop = await newPage(DESKTOP, false);
    await desktop.goto(new URL("./?proposal=russia-sectors", base).toString());
    await waitForGlobe(desktop);
    const mid = await globeMiddle(desktop.mainFrame());
    // Each frame's camera stands at its own distance (the subject framed in it): compared with this page's own.
    const before = await camera(desktop.mainFrame());
    await desktop.mouse.move(mid.x, mid.y);
    await desktop.mouse.wheel(0, -240);
    await desktop.waitForFunction((d) => (window as unknown as { __globe: { cameras(): { distance: number }[] } }).__globe.cameras()[0]!.distance < d - 0.05, before.distance, {
      timeout: 120_000,
    });
    await desktop.context().close();
  });
});

describe("the full app on a phone", () => {
  it("keeps a tapped country's tooltip after the finger lifts, until a tap elsewhere", async () => {
    const page = await newPage(PHONE, true);
    await page.goto(new URL("./?proposal=nato-two-systems&at=31,49,4", base).toString());
    await waitForGlobe(page);
    const box = (await page.locator(".globe__frame").boundingBox())!;
    const look = await lookThrough(page.mainFrame());
    await page.evaluate(() => {
      const w = window as unknown as { leaves: number };
      w.leaves = 0;
      document.querySelector(".globe__frame")!.addEventListener("pointerleave", () => w.leaves++);
    });
    await page.touchscreen.tap(box.x + look.x, box.y + look.y);
    await page.waitForFunction(() => (window as unknown as { leaves: number }).leaves > 0, undefined, { timeout: 120_000 });
    const tip = page.locator(".tooltip");
    expect(await tip.textContent()).toContain("Ukraine");
    await page.touchscreen.tap(box.x + 5, box.y + box.height - 5);
    await tip.waitFor({ state: "detached" });
    await page.context().close();
  });

  it("shows the proposal buttons above the globe, within the screen without scrolling, and they switch the view", async () => {
    const page = await newPage(PHONE, true);
    await page.goto(new URL("./?proposal=nato-two-systems", base).toString());
    await waitForGlobe(page);
    const bar = page.locator(".phone-bar");
    const barBox = (await bar.boundingBox())!;
    expect(barBox.height).toBeLessThanOrEqual(44);
    expect(barBox.y + barBox.height).toBeLessThanOrEqual((await page.locator(".globe").boundingBox())!.y + 1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const buttons = bar.locator("button");
    expect(await buttons.allTextContents()).toEqual(["NATO", "Russia", "Compare"]);
    for (const b of await buttons.all()) {
      const box = (await b.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
    const russia = bar.locator('[data-phone-proposal="russia-sectors"]');
    expect(await russia.getAttribute("aria-label")).toBe("Russia: one joint system divided into sectors");
    expect(await bar.locator('[data-phone-proposal="nato-two-systems"]').getAttribute("aria-pressed")).toBe("true");

    await russia.tap();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("proposal") === "russia-sectors");
    await waitForGlobe(page);
    expect(await russia.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator('.switcher__button[aria-pressed="true"]').getAttribute("data-proposal")).toBe("russia-sectors");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Compare: the two globes; pressed again, back to one.
    const compare = bar.locator('[data-phone-action="compare"]');
    await compare.tap();
    await page.waitForFunction(() => new URLSearchParams(location.search).has("compare"));
    await page.locator(".globe--many").waitFor();
    expect(await compare.getAttribute("aria-pressed")).toBe("true");
    await compare.tap();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("compare"));
    expect(param(page, "proposal")).toBe("russia-sectors");
    await page.context().close();
  });

  it("names the proposals in Russian in Russian", async () => {
    const page = await newPage(PHONE, true);
    await page.goto(new URL("./?proposal=nato-two-systems&lang=ru", base).toString());
    await waitForGlobe(page);
    expect(await page.locator(".phone-bar button").allTextContents()).toEqual(["НАТО", "Россия", "Сравнить"]);
    await page.context().close();
  });

  it("is not shown on a desktop, nor in an embed", async () => {
    const desktop = await newPage(DESKTOP, false);
    await desktop.goto(new URL("./?proposal=nato-two-systems", base).toString());
    await waitForGlobe(desktop);
    expect(await desktop.locator(".phone-bar").count()).toBe(1);
    expect(await desktop.locator(".phone-bar").isVisible()).toBe(false);
    expect(await desktop.locator(".switcher").isVisible()).toBe(true);
    await desktop.context().close();

    const embed = await newPage(PHONE, true);
    await embed.goto(new URL("./?proposal=nato-two-systems&embed=1", base).toString());
    await waitForGlobe(embed);
    expect(await embed.locator(".phone-bar").count()).toBe(0);
    await embed.context().close();
  });
});

describe("an embedded SVG globe (no WebGL) on a phone", () => {
  const svgBrowser = sharedBrowser(["--disable-webgl", "--disable-3d-apis"]);
  it("lets one finger scroll the page (with a hint, the globe unmoved) and turns the globe with two", async () => {
    const { page, frame, errors } = await openArticle("phone-svg", PHONE, true, "embed=1&proposal=russia-sectors", (size, touch) => newPage(size, touch, svgBrowser.browser()));
    await frame.locator("svg.svg-globe").waitFor();
    expect(await frame.locator("canvas").count()).toBe(0);
    expect(await frame.locator("svg.svg-globe").evaluate((el) => getComputedStyle(el).touchAction)).toBe("pan-y");
    const land = () => frame.locator("svg.svg-globe .svg-globe__land path").first().getAttribute("d");
    const start = await land();
    const cdp = await page.context().newCDPSession(page);
    const { x, y } = await globeMiddle(frame, "svg.svg-globe");

    const top = await scrollY(page);
    let hint: string | null = null;
    await touch(cdp, (i) => [{ x, y: y - 20 + i * 14 }], 12, async () => {
      hint = await hintShown(frame);
    });
    expect(hint).toBe("Use two fingers to turn the globe");
    await page.waitForFunction((s) => window.scrollY < s - 50, top, { timeout: 120_000 });
    expect(await land()).toBe(start);

    await bringIntoView(page);
    const still = await scrollY(page);
    const mid = await globeMiddle(frame, "svg.svg-globe");
    await touch(cdp, (i) => [
      { x: mid.x - 60 + i * 8, y: mid.y - i * 4 },
      { x: mid.x + 60 + i * 8, y: mid.y - i * 4 },
    ]);
    await expect.poll(land, { timeout: 120_000 }).not.toBe(start);
    // The flat globe turns with two fingers; the page may follow their vertical travel a little (a known limit of the
    // SVG fallback, see the README), never as far as the fingers went.
    const travel = 4 * 12;
    expect(Math.abs((await scrollY(page)) - still)).toBeLessThan(travel);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
