import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { draws, waitForGlobe } from "./browser";
import { ARTIFACTS, lookPoint, sharedBrowser, pixelDifference, shot } from "./pages";

const { open } = sharedBrowser();
const canvasShot = (page: Page, name: string) => shot(page, ".globe__frame", name);


const pressed = (page: Page) => page.locator('.switcher__button[aria-pressed="true"]').getAttribute("data-proposal");

/** Points at the middle of the first globe and gives the tooltip's text once it shows. */
async function tooltipAtCentre(page: Page): Promise<string> {
  const at = await lookPoint(page);
  await page.mouse.move(at.x, at.y);
  const tip = page.locator(".tooltip");
  await tip.waitFor();
  return (await tip.textContent()) ?? "";
}

describe("the globe in a browser", () => {
  it("loads with no console error and no request to another host", async () => {
    const { page, errors, foreign } = await open("./");
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await expect(page.locator(".illustrative-note").textContent()).resolves.toMatch(/Illustrative only/);
    await expect(page.locator(".legend").textContent()).resolves.toMatch(/NATO responsible/);
    await page.context().close();
  });

  it("draws the two proposals differently on screen", async () => {
    const nato = await open("./?proposal=nato-two-systems", { reducedMotion: true });
    const a = await canvasShot(nato.page, "nato-two-systems");
    const russia = await open("./?proposal=russia-sectors", { reducedMotion: true });
    const b = await canvasShot(russia.page, "russia-sectors");
    const blank = await nato.page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>(".globe canvas")!;
      return c.width * c.height;
    });
    expect(blank).toBeGreaterThan(0);
    const diff = await pixelDifference(nato.page, a, b);
    // The sectors recolour Belarus, Ukraine, the seas and ten NATO members: a visible share of the picture.
    expect(diff).toBeGreaterThan(0.02);
    await nato.page.context().close();
    await russia.page.context().close();
  });

  it("switches by button, by key and by URL, and the URL follows", async () => {
    const { page, errors } = await open("./?proposal=nato-two-systems");
    await page.locator('[data-proposal="russia-sectors"]').click();
    await waitForGlobe(page);
    expect(await pressed(page)).toBe("russia-sectors");
    expect(new URL(page.url()).searchParams.get("proposal")).toBe("russia-sectors");
    await expect(page.locator("h1").textContent()).resolves.toMatch(/Russia/);

    await page.keyboard.press("1");
    await waitForGlobe(page);
    expect(await pressed(page)).toBe("nato-two-systems");
    expect(new URL(page.url()).searchParams.get("proposal")).toBe("nato-two-systems");

    await page.keyboard.press("2");
    await waitForGlobe(page);
    expect(await pressed(page)).toBe("russia-sectors");

    // The copied link restores the view.
    const again = await open(page.url());
    expect(await pressed(again.page)).toBe("russia-sectors");
    expect(errors).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it("an address of 1,500 unknown parameters gives a few short messages, and the globe stays in view", async () => {
    const query = Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join("&");
    const { page, errors } = await open(`./?proposal=russia-sectors&${query}`);
    const notices = await page.locator(".notice").allTextContents();
    expect(notices.length).toBeLessThanOrEqual(3);
    expect(notices.join(" ")).toContain('"k0", "k1", "k2" and');
    const globe = (await page.locator(".globe__frame").first().boundingBox())!;
    const column = (await page.locator(".notices").boundingBox())!;
    // The messages take a small part of the screen, however long the address.
    expect(column.height).toBeLessThan(globe.height / 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("names an unknown proposal id in a visible message and falls back to the default", async () => {
    const { page } = await open("./?proposal=no-such-plan&colour=red");
    const text = await page.locator(".notices").textContent();
    expect(text).toContain('"no-such-plan"');
    expect(text).toContain('"colour"');
    expect(await pressed(page)).toBe("nato-two-systems");
    await page.locator(".notice__close").first().click();
    expect(await page.locator(".notice").count()).toBe(1);
    await page.context().close();
  });

  it("animates the switch and marks the globe ready only when it is done", async () => {
    const { page } = await open("./?proposal=nato-two-systems");
    await page.locator('[data-proposal="russia-sectors"]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.globeReady)).toBe("false");
    await waitForGlobe(page);
    expect(await page.evaluate(() => document.documentElement.dataset.globeReady)).toBe("true");
    await page.context().close();
  });

  it("names Crimea today as Ukrainian territory occupied by Russia, in the tooltip and the text view", async () => {
    const { page } = await open("./?proposal=russia-sectors&year=today&at=34.2,45.3,1.6", { reducedMotion: true });
    const text = await tooltipAtCentre(page);
    expect(text).toContain("Crimea (Ukraine)");
    expect(text).toContain("occupied and annexed by Russia in 2014");
    expect(text).not.toMatch(/^Russia/);
    await page.locator('details[data-section="text-view"] > summary').click();
    expect(await page.locator('table.text-view tr[data-occupied="crimea"]').textContent()).toContain("Crimea: Ukrainian territory occupied");
    await page.context().close();
  });

  it("shows the region, the party and the source under the pointer", async () => {
    const { page } = await open("./?proposal=russia-sectors&at=28,53,2.2", { reducedMotion: true });
    // The view is centred on Belarus (28°E, 53°N), which lies in Russia's eastern sector.
    const text = await tooltipAtCentre(page);
    expect(text).toContain("Belarus");
    // Belarus is in Russia's sector on this explainer's reading, which the tooltip says.
    expect(text).toContain("Russia, on this explainer's reading");
    expect(text).toContain("Source:");
    await page.context().close();
  });

  it("outlines the country a finger taps, keeps the outline and tooltip after the finger lifts, and clears both on a tap off the globe", async () => {
    const { page, errors } = await open("./?proposal=nato-two-systems&at=31,49,4", { reducedMotion: true, touch: true });
    const frame = page.locator(".globe__frame");
    const at = await lookPoint(page);
    // The globe above the point looked at, clear of the tooltip (which lies below and right of the finger): Ukraine's north.
    const globe = () => page.screenshot({ clip: { x: at.x - 150, y: at.y - 100, width: 300, height: 100 } });
    const before = await globe();
    await page.evaluate(() => {
      const w = window as unknown as { leaves: number };
      w.leaves = 0;
      document.querySelector(".globe__frame")!.addEventListener("pointerleave", () => w.leaves++);
    });
    await page.touchscreen.tap(at.x, at.y);
    // The browser sends pointerleave after the finger lifts: the tooltip is still there once it has come.
    await page.waitForFunction(() => (window as unknown as { leaves: number }).leaves > 0);
    const tip = page.locator(".tooltip");
    expect(await tip.textContent()).toContain("Ukraine");
    await expect.poll(async () => pixelDifference(page, before, await globe()), { timeout: 120_000 }).toBeGreaterThan(0.001);
    await canvasShot(page, "tap-ukraine");

    const box = (await frame.boundingBox())!;
    await page.touchscreen.tap(box.x + 5, box.y + 5);
    await tip.waitFor({ state: "detached" });
    await expect.poll(async () => pixelDifference(page, before, await globe()), { timeout: 120_000 }).toBeLessThan(0.0001);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the illustrative note, the legend and the switcher on a phone screen", async () => {
    const { page } = await open("./?proposal=russia-sectors", { width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}/phone.png` });
    expect(await page.locator(".illustrative-note").isVisible()).toBe(true);
    expect(await page.locator(".legend").isVisible()).toBe(true);
    expect(await page.locator(".switcher").isVisible()).toBe(true);
    await page.context().close();
  });

  it("renders no frames while idle, and frames only while a transition runs", async () => {
    const { page } = await open("./?proposal=nato-two-systems", { countDraws: true });
    await page.waitForTimeout(800);
    const idle0 = await draws(page);
    await page.waitForTimeout(1500);
    expect(await draws(page)).toBe(idle0);

    await page.keyboard.press("2");
    await waitForGlobe(page);
    const afterSwitch = await draws(page);
    expect(afterSwitch).toBeGreaterThan(idle0);
    await page.waitForTimeout(1500);
    expect(await draws(page)).toBe(afterSwitch);
    await page.context().close();
  });
});
