import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForGlobe } from "./browser";
import { ARTIFACTS, drag, inspectPng, sharedBrowser, param, pixelDifference, shot } from "./pages";

const { open } = sharedBrowser();

const briefing = JSON.parse(readFileSync("models/may-2011.json", "utf8")) as { steps: { title: { en: string } }[] };
const frame = (i: number) => `.globe__frame[data-view="${i}"]`;
const stepNumber = async (page: Page) => Number(await page.locator('[data-testid="step-number"]').textContent());

describe("side by side", () => {
  it("shows the two proposals as two different globes, each titled, on one canvas", async () => {
    const { page, errors } = await open("./?compare=nato-two-systems,russia-sectors", { reducedMotion: true });
    expect(await page.locator("canvas").count()).toBe(1);
    expect(await page.locator(".globe__frame-title").allTextContents()).toEqual([
      expect.stringContaining("NATO"),
      expect.stringContaining("Russia"),
    ]);
    const left = await shot(page, frame(0), "compare-left");
    const right = await shot(page, frame(1), "compare-right");
    expect(await pixelDifference(page, left, right)).toBeGreaterThan(0.02);
    await shot(page, ".stage", "compare");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("moves both globes when either is dragged, and only one when the cameras are unlinked", async () => {
    const { page } = await open("./?compare=nato-two-systems,russia-sectors", { reducedMotion: true });
    const before = await shot(page, frame(1), "linked-right-before");
    await drag(page, frame(0), 160, 0);
    await waitForGlobe(page);
    await page.waitForFunction(() => new URL(location.href).searchParams.has("at"));
    const after = await shot(page, frame(1), "linked-right-after");
    expect(await pixelDifference(page, before, after)).toBeGreaterThan(0.05);
    const at = param(page, "at");

    await page.locator('[data-control="link"]').uncheck();
    expect(param(page, "link")).toBe("0");
    const still = await shot(page, frame(1), "unlinked-right-before");
    await drag(page, frame(0), -160, 0);
    await waitForGlobe(page);
    await page.waitForFunction((old) => new URL(location.href).searchParams.get("at") !== old, at);
    const stillAfter = await shot(page, frame(1), "unlinked-right-after");
    expect(await pixelDifference(page, still, stillAfter)).toBeLessThan(0.005);
    await page.context().close();
  });

  it("shades only the differences, with a legend that reads as sentences", async () => {
    const { page } = await open("./?compare=nato-two-systems,russia-sectors&mode=differences", { reducedMotion: true });
    const legend = await page.locator(".legend").textContent();
    expect(legend).toContain("Under NATO's proposal: NATO member states: NATO. Under Russia's proposal: NATO members bordering Russia (readings differ)");
    expect(legend).toContain("Under NATO's proposal: not assigned. Under Russia's proposal: Barents, Baltic and Black seas");
    const full = await open("./?compare=nato-two-systems,russia-sectors", { reducedMotion: true });
    const a = await shot(page, frame(0), "differences-left");
    const b = await shot(full.page, frame(0), "full-left");
    expect(await pixelDifference(page, a, b)).toBeGreaterThan(0.02);
    await page.context().close();
    await full.page.context().close();
  });

  it("stacks the two globes on a phone held upright", async () => {
    const { page } = await open("./?compare=nato-two-systems,russia-sectors", { width: 390, height: 844, reducedMotion: true });
    const a = (await page.locator(frame(0)).boundingBox())!;
    const b = (await page.locator(frame(1)).boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    expect(Math.abs(a.x - b.x)).toBeLessThan(2);
    await page.screenshot({ path: `${ARTIFACTS}/compare-phone.png` });
    await page.context().close();
  });
});

describe("briefing", () => {
  it("moves through the steps with arrows, PageUp/PageDown and space, and the URL follows", async () => {
    const { page, errors } = await open("./?brief=may-2011", { reducedMotion: true });
    expect(await stepNumber(page)).toBe(1);
    for (const [key, expected] of [
      ["ArrowRight", 2],
      ["PageDown", 3],
      ["Space", 4],
      ["PageUp", 3],
      ["ArrowLeft", 2],
    ] as const) {
      await page.keyboard.press(key);
      await waitForGlobe(page);
      expect(await stepNumber(page)).toBe(expected);
      expect(param(page, "step")).toBe(String(expected));
      expect(await page.locator(".briefing__title").textContent()).toBe(briefing.steps[expected - 1]!.title.en);
    }
    await page.locator('button[aria-label="Next step"]').click();
    expect(await stepNumber(page)).toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens a step from its link, and shows that step's picture", async () => {
    const { page } = await open("./?brief=may-2011&step=5", { reducedMotion: true });
    expect(await stepNumber(page)).toBe(5);
    expect(await page.locator(".briefing__title").textContent()).toBe(briefing.steps[4]!.title.en);
    await shot(page, ".stage", "briefing-step-5");
    await page.context().close();
  });

  it("flies the camera between steps and settles at the step's view", async () => {
    const { page } = await open("./?brief=may-2011&step=1");
    const before = await shot(page, frame(0), "flight-before");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.documentElement.dataset.globeReady)).toBe("false");
    await waitForGlobe(page);
    const after = await shot(page, frame(0), "flight-after");
    expect(await pixelDifference(page, before, after)).toBeGreaterThan(0.01);
    await page.context().close();
  });
});

describe("deep links", () => {
  it("opens at the camera of ?at=, and the URL follows the camera after a drag", async () => {
    const { page } = await open("./?proposal=russia-sectors&at=28,53,2.2", { reducedMotion: true });
    expect(param(page, "at")).toBe("28,53,2.2");
    await drag(page, frame(0), 0, 120);
    await page.waitForFunction(() => new URL(location.href).searchParams.get("at") !== "28,53,2.2");
    const [lon, lat, distance] = param(page, "at")!.split(",").map(Number) as [number, number, number];
    expect(Math.abs(lon - 28)).toBeLessThan(10);
    expect(lat).toBeGreaterThan(53);
    expect(distance).toBeCloseTo(2.2, 1);
    await page.context().close();
  });

  it("ignores each bad parameter on its own, with a message, and applies the rest", async () => {
    const { page } = await open("./?compare=nato-two-systems,nowhere&brief=may-2011&step=99&at=1,2&size=big");
    const text = await page.locator(".notices").textContent();
    expect(text).toContain('compare="nato-two-systems,nowhere"');
    expect(text).toContain('step="99"');
    expect(text).toContain('at="1,2"');
    expect(text).toContain('"size"');
    expect(await stepNumber(page)).toBe(1);
    await page.context().close();
  });

  it("copies the current view's link", async () => {
    const { page } = await open("./?compare=nato-two-systems,russia-sectors&mode=differences");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator(".share summary").click();
    await page.locator('[data-action="copy-link"]').click();
    await page.locator(".share__status", { hasText: "Link copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get("compare")).toBe("nato-two-systems,russia-sectors");
    expect(new URL(copied).searchParams.get("mode")).toBe("differences");
    await page.context().close();
  });
});

describe("export", () => {
  it("downloads a 4K PNG rendered at that width, with the legend in it", async () => {
    const { page } = await open("./?proposal=nato-two-systems", { reducedMotion: true });
    await page.locator(".share summary").click();
    await page.locator('input[name="export-size"][value="4k"]').check();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.locator('[data-action="download-image"]').click()]);
    const file = await download.path();
    const png = readFileSync(file);
    await download.saveAs(`${ARTIFACTS}/export-4k.png`);
    const info = await inspectPng(page, png);
    expect(info.width).toBe(3840);
    expect(info.colours).toBeGreaterThan(200);
    expect(info.transparent).toBe(0);
    // A 4K legend swatch is about 49 px square.
    expect(info.swatch).toBeGreaterThan(1500);
    await page.context().close();
  });

  it("exports both globes side by side at 1x with a transparent background", async () => {
    const { page } = await open("./?compare=nato-two-systems,russia-sectors", { reducedMotion: true });
    await page.locator(".share summary").click();
    await page.locator('input[name="export-size"][value="1x"]').check();
    await page.locator('[data-control="transparent"]').check();
    const canvasWidth = await page.evaluate(() => document.querySelector(".globe")!.clientWidth);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="download-image"]').click()]);
    const png = readFileSync(await download.path());
    await download.saveAs(`${ARTIFACTS}/export-compare.png`);
    const info = await inspectPng(page, png);
    expect(info.width).toBe(canvasWidth);
    expect(info.transparent).toBeGreaterThan(0.02);
    expect(info.swatch).toBeGreaterThan(50);
    await page.context().close();
  });
});

describe("embed", () => {
  it("shows only the globe, the legend, the note and a link to the full view", async () => {
    const { page } = await open("./?proposal=russia-sectors&embed=1");
    expect(await page.locator(".panel").count()).toBe(0);
    expect(await page.locator(".switcher").count()).toBe(0);
    expect(await page.locator(".share").count()).toBe(0);
    expect(await page.locator(".legend").isVisible()).toBe(true);
    expect(await page.locator(".illustrative-note").isVisible()).toBe(true);
    const href = await page.locator(".full-view").getAttribute("href");
    expect(new URL(href!).searchParams.get("embed")).toBeNull();
    expect(new URL(href!).searchParams.get("proposal")).toBe("russia-sectors");
    await page.screenshot({ path: `${ARTIFACTS}/embed.png` });
    await page.context().close();
  });

  it("offers an iframe snippet of the current view with embed=1", async () => {
    const { page } = await open("./?brief=may-2011&step=2");
    await page.locator(".share summary").click();
    const snippet = await page.locator('[data-field="embed"]').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]*brief=may-2011&amp;step=2&amp;embed=1"/);
    await page.context().close();
  });
});
