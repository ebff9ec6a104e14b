import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, waitForGlobe } from "./browser";
import { ARTIFACTS, base, drag, param, pixelDifference, shot } from "./pages";

let browser: Browser;
beforeAll(async () => {
  browser = await launch(["--disable-webgl", "--disable-3d-apis"]);
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 760 }, reducedMotion: "reduce", acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(new URL(path, base).toString());
  await waitForGlobe(page);
  return { page, errors };
}

describe("without WebGL", () => {
  it("draws the SVG globe with a notice, and switches proposals", async () => {
    const { page, errors } = await open("./?proposal=nato-two-systems");
    expect(await page.locator("canvas").count()).toBe(0);
    expect(await page.locator("svg.svg-globe").count()).toBe(1);
    expect(await page.locator(".notices").textContent()).toContain("WebGL is unavailable");
    const nato = await shot(page, ".globe__frame", "svg-nato");
    await page.keyboard.press("2");
    await waitForGlobe(page);
    expect(param(page, "proposal")).toBe("russia-sectors");
    const russia = await shot(page, ".globe__frame", "svg-russia");
    expect(await pixelDifference(page, nato, russia)).toBeGreaterThan(0.02);
    // Stripes for the disputed NATO members, as in the 3D view.
    expect(await page.locator("svg.svg-globe pattern").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("turns the globe by drag and by arrow keys", async () => {
    const { page } = await open("./?proposal=russia-sectors");
    const before = await shot(page, ".globe__frame", "svg-before-drag");
    await drag(page, "svg.svg-globe", 150, 0);
    const dragged = await shot(page, ".globe__frame", "svg-after-drag");
    expect(await pixelDifference(page, before, dragged)).toBeGreaterThan(0.05);
    await page.locator("svg.svg-globe").focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    const keyed = await shot(page, ".globe__frame", "svg-after-keys");
    expect(await pixelDifference(page, dragged, keyed)).toBeGreaterThan(0.02);
    await page.context().close();
  });

  it("keeps the text view and downloads an SVG with the title, legend and note", async () => {
    const { page } = await open("./?proposal=russia-sectors");
    await page.locator('details[data-section="text-view"] > summary').click();
    expect(await page.locator('table.text-view tr[data-region="neighbours-outside-nato"]').textContent()).toContain("Ukraine");
    await page.locator(".share summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="download-svg"]').click()]);
    const svg = readFileSync(await download.path(), "utf8");
    await download.saveAs(`${ARTIFACTS}/export.svg`);
    expect(svg.startsWith("<?xml")).toBe(true);
    // The frame's texts are wrapped into lines, one element each: read as the words a reader sees.
    const words = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain("Russia: one joint system divided into sectors");
    expect(words).toContain("Disputed: Russia on one reading, NATO on another");
    expect(words).toContain("Illustrative only");
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(200);
    await page.context().close();
  });
});
