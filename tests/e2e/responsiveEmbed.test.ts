/**
 * The embed's height on host pages on another origin: a page using Pym.js's parent library (from npm) and one
 * listening for AMP's embed-size message size their frames to what the globe asks for, at three widths; a page
 * using embed.js gets a titled frame that carries its origin, sized the same way, and can drive the globe.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { received, recordMessages, waitForFrameGlobe, waitForMessage } from "./hostEvents";
import { base, sharedBrowser } from "./pages";
import { serveStatic, type StaticServer } from "../../src/cli/staticServer";

const { browser } = sharedBrowser();
const APP = new URL(base).origin;
const VIEW = "brief=may-2011";

let site: StaticServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "globe-responsive-"));
  // Pym.js's own build, as a newsroom serves it.
  copyFileSync(join(createRequire(import.meta.url).resolve("pym.js/package.json"), "../dist/pym.v1.min.js"), join(dir, "pym.v1.min.js"));
  site = await serveStatic(dir);
});
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

const hostPage = (name: string, body: string) =>
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>News: the talks</title>` +
      `<style>body{margin:0;font:16px serif}p{margin:12px}</style></head><body><p>Article text.</p>${body}<p>More text.</p></body></html>`,
  );

async function openHost(name: string, width: number) {
  const context = await browser().newContext({ viewport: { width, height: 800 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on("console", (m) => (m.type() === "error" ? errors : m.type() === "warning" ? warnings : []).push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await recordMessages(page);
  await page.goto(`${site.origin}/${name}.html`);
  return { page, errors, warnings };
}

/** The globe's frame inside the host element `selector`. */
async function frameIn(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(`${selector} iframe`)).contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  return frame;
}

/** The frame's box in the host page, and the last height its globe asked for (its own resize event). */
const hostSide = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const iframe = document.querySelector<HTMLIFrameElement>(`${sel} iframe`)!;
    const list = (window as unknown as { __received: { data: { type?: string; height?: number }; at: number }[] }).__received;
    const resizes = list.filter((m) => m.data?.type === "resize");
    const box = iframe.getBoundingClientRect();
    return { width: box.width, height: box.height, asked: resizes.at(-1)?.data.height, lastAt: resizes.at(-1)?.at ?? 0 };
  }, selector);

/** What the globe's page sees of its frame: its size, whether anything scrolls or lies past its foot. */
const globeSide = (frame: Frame) =>
  frame.evaluate(() => {
    const stage = document.querySelector(".stage")!;
    const dock = document.querySelector(".stage__dock")!;
    const globe = document.querySelector(".globe")!;
    return {
      width: innerWidth,
      height: innerHeight,
      scrolls: document.documentElement.scrollHeight > innerHeight || stage.scrollHeight > stage.clientHeight,
      dockFoot: dock.getBoundingClientRect().bottom,
      globe: globe.getBoundingClientRect().height,
      legendInRows: getComputedStyle(document.querySelector(".legend__body")!).display !== "none",
      notices: document.querySelectorAll(".notice").length,
    };
  });

/**
 * Waits until the host has given the frame the height its globe last asked for, at the frame's present width,
 * with nothing in it scrolling or cut; gives what the globe's page then sees.
 */
async function settledAt(page: Page, selector: string, frame: Frame, since = 0) {
  let seen: unknown;
  await expect
    .poll(
      async () => {
        const host = await hostSide(page, selector);
        const inside = await globeSide(frame);
        seen = { host, inside };
        return (
          // A height asked for since the host's width changed (an earlier one may still match the frame's old height).
          host.lastAt >= since &&
          host.asked === Math.round(host.height) &&
          Math.abs(inside.width - host.width) < 1 &&
          Math.abs(inside.height - host.height) < 1 &&
          !inside.scrolls &&
          Math.abs(inside.dockFoot - inside.height) < 1
        );
      },
      { timeout: 120_000, interval: 200, message: `the frame in ${selector} never took the height its globe asked for: ${JSON.stringify(seen)}` },
    )
    .toBe(true);
  return globeSide(frame);
}

/** The heights each kind of message asked for, in order. */
const asked = (page: Page) =>
  received(page).then((list) => {
    const own = list.filter((m) => m.origin === APP && m.data?.type === "resize").map((m) => (m.data as unknown as { height: number }).height);
    const amp = list.filter((m) => (m.data as unknown as { sentinel?: string })?.sentinel === "amp").map((m) => (m.data as unknown as { height: number }).height);
    const pym = list.filter((m) => typeof m.data === "string").map((m) => m.data as unknown as string);
    return { own, amp, pym };
  });

describe("a host page with Pym.js's parent and one listening for AMP's embed-size", () => {
  it("size the frame to the globe's content at 360, 600 and 1000 px, the globe taller for its width on a phone", async () => {
    hostPage(
      "pym-and-amp",
      `<div id="pym-globe"></div><script src="pym.v1.min.js"></script>` +
        `<script>new pym.Parent("pym-globe", "${APP}/index.html?${VIEW}&embed=1", { title: "Globe (Pym.js)" });</script>` +
        `<div id="amp-host"><iframe title="Globe (AMP)" height="150" style="display:block;width:100%;border:0" src="${APP}/index.html?${VIEW}&embed=1"></iframe></div>` +
        `<script>addEventListener("message", (e) => { const f = document.querySelector("#amp-host iframe");` +
        ` if (e.source === f.contentWindow && e.data && e.data.sentinel === "amp" && e.data.type === "embed-size") f.height = e.data.height; });</script>`,
    );
    const { page, errors } = await openHost("pym-and-amp", 360);
    const pym = await frameIn(page, "#pym-globe");
    const amp = await frameIn(page, "#amp-host");
    await waitForFrameGlobe(pym);
    await waitForFrameGlobe(amp);
    // Pym's parameters are read without a message.
    expect(new URL(pym.url()).searchParams.get("childId")).toBe("pym-globe");
    const shares: Record<number, number> = {};
    for (const width of [360, 600, 1000]) {
      const since = width === 360 ? 0 : Date.now();
      await page.setViewportSize({ width, height: 800 });
      for (const [selector, frame] of [["#pym-globe", pym], ["#amp-host", amp]] as const) {
        const inside = await settledAt(page, selector, frame, since);
        expect(inside.notices, selector).toBe(0);
        expect(inside.legendInRows, `${selector} at ${width}`).toBe(width > 480);
        expect(inside.globe).toBeGreaterThanOrEqual(240);
        shares[width] = inside.globe / inside.width;
      }
      // Pym's parent sized its frame from Pym's own message, the same height as the globe's event.
      const { own, pym: pymMessages } = await asked(page);
      const pymHeight = Number(pymMessages.at(-1)!.split("xPYMx").at(-1));
      expect(pymMessages.at(-1)).toMatch(/^pymxPYMxpym-globexPYMxheightxPYMx\d+$/);
      expect(Math.round((await hostSide(page, "#pym-globe")).height)).toBe(pymHeight);
      expect(own).toContain(pymHeight);
    }
    // Nearly square on a phone, wider than tall on a wide page.
    expect(shares[360]!).toBeGreaterThan(0.85);
    expect(shares[1000]!).toBeLessThan(0.65);
    // Heights are posted when they change only: a few per width, each in all three forms.
    const { own, amp: ampHeights } = await asked(page);
    expect(ampHeights).toHaveLength(own.length);
    expect(own.length).toBeLessThan(40);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a host page with embed.js", () => {
  it("gets a titled frame carrying its origin, sized to the globe, which its commands drive; a bad placeholder keeps its link", async () => {
    hostPage(
      "loader",
      `<div id="talks" data-proposal-globe="?${VIEW}" data-title="Missile defence talks, May 2011"><a href="${APP}/?${VIEW}">Missile defence talks, May 2011 (interactive globe)</a></div>` +
        `<div id="bad" data-proposal-globe="javascript:alert(1)" data-title="Bad"><a href="${APP}/">The globe (interactive)</a></div>` +
        `<script src="${APP}/embed.js" async></script>`,
    );
    const { page, errors, warnings } = await openHost("loader", 600);
    const frame = await frameIn(page, "#talks");
    const iframe = page.locator("#talks iframe");
    expect(await iframe.getAttribute("title")).toBe("Missile defence talks, May 2011");
    expect(await iframe.getAttribute("loading")).toBe("lazy");
    const src = new URL((await iframe.getAttribute("src"))!);
    expect(src.origin + src.pathname).toBe(`${APP}/index.html`);
    expect(Object.fromEntries(src.searchParams)).toEqual({ brief: "may-2011", embed: "1", origins: site.origin });
    await expect.poll(() => page.locator("#talks a").count()).toBe(0);

    // The bad placeholder: its link stays, and the console says why.
    expect(await page.locator("#bad iframe").count()).toBe(0);
    expect(await page.locator("#bad a").textContent()).toBe("The globe (interactive)");
    expect(warnings.some((w) => w.includes('data-proposal-globe="javascript:alert(1)" is not a view of the globe'))).toBe(true);

    await waitForFrameGlobe(frame);
    await settledAt(page, "#talks", frame);

    // The page drives the globe, as its origin is the one the frame names.
    await waitForMessage(page, (m) => m.origin === APP && m.data.type === "ready");
    await page.evaluate((app) => document.querySelector<HTMLIFrameElement>("#talks iframe")!.contentWindow!.postMessage({ type: "show", step: 3 }, app), APP);
    await waitForMessage(page, (m) => m.origin === APP && m.data.type === "changed" && m.data.state?.step === "3");

    // A placeholder added later gets its frame from window.proposalGlobe.load() (far down the page, so it waits to load).
    const later = await page.evaluate(() => {
      const div = document.createElement("div");
      div.style.marginTop = "6000px";
      div.dataset.proposalGlobe = "?proposal=russia-sectors";
      div.dataset.title = "Russia's proposal";
      document.body.append(div);
      const w = window as unknown as { proposalGlobe: { load(root?: ParentNode): HTMLIFrameElement[] } };
      const frames = w.proposalGlobe.load();
      return { count: frames.length, title: frames[0]?.title, again: w.proposalGlobe.load().length };
    });
    expect(later).toEqual({ count: 1, title: "Russia's proposal", again: 0 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
