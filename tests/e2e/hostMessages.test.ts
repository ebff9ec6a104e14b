import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameParams, globeFrame, isHeightMessage, received, recordMessages, waitForFrameGlobe, waitForMessage } from "./hostEvents";
import { base, sharedBrowser } from "./pages";
import { serveStatic, type StaticServer } from "../../src/cli/staticServer";

const { browser } = sharedBrowser();
const APP = new URL(base).origin;

/** A news site on another origin (another port), with pages that embed the globe. */
let site: StaticServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "globe-host-"));
  site = await serveStatic(dir);
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a host page that embeds the globe with these URL parameters, opens it, and records the messages of every window. */
async function openHost(name: string, params: string, extra = "") {
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body>` +
      `<iframe title="Globe" width="960" height="640" src="${new URL(`index.html?${params}`, base)}"></iframe>${extra}</body></html>`,
  );
  const context = await browser().newContext({ viewport: { width: 1000, height: 700 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await recordMessages(page);
  await page.goto(`${site.origin}/${name}.html`);
  const frame = await globeFrame(page);
  await waitForFrameGlobe(frame);
  return { page, frame, errors };
}

/** Posts a message from the host page to the globe's frame. */
const post = (page: Page, message: unknown, targetOrigin = APP) =>
  page.evaluate(([m, t]) => document.querySelector("iframe")!.contentWindow!.postMessage(m, t as string), [message, targetOrigin] as const);

/**
 * Lets a posted message arrive and any reaction to it happen (a changed event comes within a frame or two). Used only
 * before checking that nothing happened (no event, no change), which no state can be waited for.
 */
const settle = (page: Page) => page.waitForTimeout(1500);

const title = (frame: Frame) => frame.locator(".embed-title").textContent();
/** The globe's events to the page, but for its height messages, which go to any page (responsiveEmbed.test.ts). */
const fromGlobe = (page: Page) => received(page).then((list) => list.filter((m) => m.origin === APP && !isHeightMessage(m)));

describe("the embedded globe and a host page on an allowed origin", () => {
  it("says it is ready, follows show commands, and reports each change of view, whatever made it", async () => {
    const { page, frame, errors } = await openHost("allowed", `brief=may-2011&embed=1&origins=${site.origin}`);
    const ready = await waitForMessage(page, (m) => m.data.type === "ready");
    expect(ready).toMatchObject({ origin: APP, data: { type: "ready", state: { brief: "may-2011", step: "1" } } });

    await post(page, { type: "show", step: 4 });
    await waitForMessage(page, (m) => m.data.type === "changed" && m.data.state?.step === "4");
    await waitForFrameGlobe(frame);
    expect((await frameParams(frame)).get("step")).toBe("4");

    // A key pressed in the globe's frame (→, next step) is reported too.
    await frame.locator(".full-view").focus();
    await frame.locator(".full-view").press("ArrowRight");
    await waitForMessage(page, (m) => m.data.type === "changed" && m.data.state?.step === "5");

    // A proposal and a camera: the globe flies there.
    await post(page, { type: "show", proposal: "russia-sectors", at: [60, 40, 3] });
    const moved = await waitForMessage(page, (m) => m.data.type === "changed" && m.data.state?.proposal === "russia-sectors");
    expect(moved.data.state).toEqual({ proposal: "russia-sectors", at: "60,40,3" });
    // The event can come before the flight has begun; the address follows the camera once it comes to rest.
    await frame.waitForFunction(() => {
      const at = new URLSearchParams(location.search).get("at")?.split(",").map(Number);
      return document.documentElement.dataset.globeReady === "true" && !!at && Math.abs(at[0]! - 60) < 0.5 && Math.abs(at[1]! - 40) < 0.5;
    }, undefined, { timeout: 120_000 });
    const [lon, lat] = (await frameParams(frame)).get("at")!.split(",").map(Number);
    expect(lon).toBeCloseTo(60, 0);
    expect(lat).toBeCloseTo(40, 0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("ignores malformed commands and bad values: nothing changes and nothing is reported", async () => {
    const { page, frame } = await openHost("allowed-bad", `brief=may-2011&step=2&embed=1&origins=${site.origin}`);
    await waitForMessage(page, (m) => m.data.type === "ready");
    const before = await title(frame);
    for (const message of [
      "show",
      JSON.stringify({ type: "show", step: 5 }),
      { step: 5 },
      { type: "SHOW", step: 5 },
      { type: "show", step: 99 },
      { type: "show", step: 0 },
      { type: "show", brief: "june-2011" },
      { type: "show", proposal: "warsaw-pact" },
      { type: "show", embed: 0, origins: "*", lang: "ru" },
      { type: "show", at: [999, 0, 2] },
      [1, 2, 3],
      null,
    ])
      await post(page, message);
    await settle(page);
    expect(await fromGlobe(page)).toHaveLength(1);
    expect((await frameParams(frame)).get("step")).toBe("2");
    expect((await frameParams(frame)).get("embed")).toBe("1");
    expect((await frameParams(frame)).get("lang")).toBeNull();
    expect(await title(frame)).toBe(before);

    // The good field of a command with a bad one still applies.
    await post(page, { type: "show", step: 99, year: "today" });
    const changed = await waitForMessage(page, (m) => m.data.type === "changed");
    expect(changed.data.state).toEqual({ brief: "may-2011", step: "2", year: "today" });
    await page.context().close();
  });
});

describe("the embedded globe and a page that is not allowed", () => {
  for (const [what, origins] of [
    ["allows another origin", `&origins=${encodeURIComponent(APP)}`],
    ["allows no origin at all", ""],
  ] as const) {
    it(`a host page on an origin it does not allow (the embed ${what}): no events, and its commands change nothing`, async () => {
      const { page, frame, errors } = await openHost(`other-${origins ? "origin" : "none"}`, `brief=may-2011&embed=1${origins}`);
      const before = await title(frame);
      await settle(page);
      expect(await fromGlobe(page)).toEqual([]);
      // The height it needs, and nothing else, reaches any page.
      expect((await received(page)).filter((m) => m.origin === APP && m.data.type === "resize").length).toBeGreaterThan(0);

      await post(page, { type: "show", step: 4 });
      await post(page, { type: "show", step: 6 }, "*");
      await settle(page);
      // The globe received both, and did nothing with them.
      expect((await received(frame)).filter((m) => m.data.type === "show")).toHaveLength(2);
      expect((await frameParams(frame)).get("step")).toBe("1");
      expect(await title(frame)).toBe(before);
      expect(await fromGlobe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("another frame on the allowed origin, not the globe's parent, is not listened to", async () => {
    writeFileSync(join(dir, "sibling.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>sibling</title></head><body></body></html>`);
    const { page, frame } = await openHost("with-sibling", `brief=may-2011&embed=1&origins=${site.origin}`, `<iframe title="Sibling" src="sibling.html"></iframe>`);
    await waitForMessage(page, (m) => m.data.type === "ready");
    const sibling = page.frames().find((f) => f.url().endsWith("/sibling.html"))!;
    await sibling.evaluate((app) => window.parent.frames[0]!.postMessage({ type: "show", step: 3 }, app), APP);
    await settle(page);
    expect((await received(frame)).filter((m) => m.data.type === "show" && m.origin === site.origin)).toHaveLength(1);
    expect((await frameParams(frame)).get("step")).toBe("1");
    expect((await fromGlobe(page)).map((m) => m.data.type)).toEqual(["ready"]);
    await page.context().close();
  });
});
