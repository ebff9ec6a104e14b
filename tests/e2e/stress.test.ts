import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, waitForGlobe } from "./browser";
import { base } from "./pages";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const memory = (page: Page) =>
  page.evaluate(() => ({ geometries: document.documentElement.dataset.globeGeometries, textures: document.documentElement.dataset.globeTextures }));

describe("rapid input", () => {
  it("survives 30 proposal switches and 30 step changes with no console error and no leaked GPU resource", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(new URL("./?proposal=nato-two-systems", base).toString());
    await waitForGlobe(page);
    const start = await memory(page);
    expect(Number(start.geometries)).toBeGreaterThan(0);

    for (let i = 0; i < 30; i++) await page.keyboard.press(i % 2 ? "1" : "2", { delay: 0 });
    await waitForGlobe(page, 90_000);
    await page.keyboard.press("1");
    await waitForGlobe(page, 90_000);
    expect(await memory(page)).toEqual(start);

    await page.goto(new URL("./?brief=may-2011&step=1", base).toString());
    await waitForGlobe(page);
    const firstStep = await memory(page);
    for (let i = 0; i < 30; i++) await page.keyboard.press(i % 3 === 2 ? "PageUp" : "PageDown", { delay: 0 });
    await waitForGlobe(page, 90_000);
    await page.keyboard.press("Home");
    await waitForGlobe(page, 90_000);
    expect(await memory(page)).toEqual(firstStep);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
