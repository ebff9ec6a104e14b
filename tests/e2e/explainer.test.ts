import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForGlobe } from "./browser";
import { base, sharedBrowser, param, pixelDifference, shot } from "./pages";

const { open } = sharedBrowser();

const section = (name: string) => `details[data-section="${name}"]`;
const isOpen = (page: Page, name: string) => page.locator(section(name)).evaluate((d) => (d as HTMLDetailsElement).open);
const countriesOf = (page: Page, region: string) =>
  page.locator(`table.text-view tr[data-region="${region}"] td[data-countries]`).first().getAttribute("data-countries");

describe("the explainer around the globe", () => {
  it("opens and closes its panels from the keyboard", async () => {
    const { page } = await open("./?proposal=russia-sectors", { reducedMotion: true });
    for (const name of ["text-view", "sources"]) {
      expect(await isOpen(page, name)).toBe(false);
      await page.locator(`${section(name)} > summary`).focus();
      await page.keyboard.press("Enter");
      expect(await isOpen(page, name)).toBe(true);
      await page.keyboard.press("Space");
      expect(await isOpen(page, name)).toBe(false);
    }
    await page.context().close();
  });

  it("changes the picture, the text view and the announcement with the year", async () => {
    const { page } = await open("./?proposal=nato-two-systems", { reducedMotion: true });
    await page.locator(`${section("text-view")} > summary`).click();
    expect(await countriesOf(page, "nato-members")).not.toContain("FIN");
    const before = await shot(page, ".globe__frame", "year-2011");
    await page.locator('input[name="year"][value="today"]').check();
    await waitForGlobe(page);
    expect(param(page, "year")).toBe("today");
    // Ready means the panels agree with the globe: the text view already shows the date asked for.
    expect(await countriesOf(page, "nato-members")).toContain("FIN");
    expect(await countriesOf(page, "nato-members")).toContain("SWE");
    expect(await page.locator(".year-toggle__note").textContent()).toContain("from 28 to 32 members");
    expect(await page.locator("[data-live]").textContent()).toContain("as of today");
    const after = await shot(page, ".globe__frame", "year-today");
    // Finland and Sweden turn NATO blue: a visible share of the picture changes.
    expect(await pixelDifference(page, before, after)).toBeGreaterThan(0.01);
    await page.context().close();
  });

  it("keeps every link inside the app, and a source link opens its entry, also before the sections have arrived", async () => {
    // The sections' chunk is held back until the link has been followed.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const before = (context: BrowserContext) => context.route(/\/panelSections-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page, foreign } = await open("./?proposal=russia-sectors", { reducedMotion: true, before });
    await page.locator('.regions a[href="#source-interfax-ii-2011-04-29"]').first().click();
    expect(await isOpen(page, "sources")).toBe(true);
    // Opened before its body is there, the section says so (a polite status), never an empty box.
    const loading = page.locator(`${section("sources")} [role="status"]`);
    expect(await loading.textContent()).toBe("Loading…");
    release();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("source-interfax-ii-2011-04-29");
    expect(await loading.count()).toBe(0);
    // Every link, those of the closed sections' bodies too, stays inside the app.
    const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) {
      const url = new URL(h, page.url());
      expect(h.startsWith("#") || url.origin === new URL(base).origin).toBe(true);
    }
    expect(await page.locator(`${section("timeline")} a[href^="#source-"]`).count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it("announces the proposal shown after a switch", async () => {
    const { page } = await open("./?proposal=nato-two-systems");
    await page.keyboard.press("2");
    await waitForGlobe(page);
    expect(await page.locator("[data-live]").textContent()).toContain("Russia: one joint system");
    await page.context().close();
  });

  it("opens a timeline event to its details and sources", async () => {
    const { page } = await open("./?proposal=nato-two-systems", { reducedMotion: true });
    await page.locator(`${section("timeline")} > summary`).click();
    const events = page.locator(".timeline > li");
    await events.first().waitFor();
    expect(await events.count()).toBeGreaterThanOrEqual(8);
    const dates = await page.$$eval(".timeline time", (ts) => ts.map((t) => t.getAttribute("datetime")!));
    expect([...dates].sort()).toEqual(dates);
    const talks = page.locator('.timeline > li[data-event="brussels-talks"]');
    await talks.locator("summary").click();
    expect(await talks.textContent()).toMatch(/Antonov/);
    const link = talks.locator("a[href^='#source-']").first();
    expect(await link.getAttribute("href")).toMatch(/^#source-/);
    await page.context().close();
  });

  it("lists the people with their 2011 roles and attributed quotations", async () => {
    const { page } = await open("./?proposal=russia-sectors", { reducedMotion: true });
    await page.locator(`${section("people")} > summary`).click();
    const ostapenko = page.locator(".people > li", { hasText: "Ostapenko" });
    expect(await ostapenko.textContent()).toMatch(/space forces/i);
    const quotes = await page.$$eval(".people blockquote", (qs) => qs.map((q) => q.textContent ?? ""));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).toMatch(/\d{4}$/);
    await page.context().close();
  });

  it("shows a point of contention on the globe, by button and by link", async () => {
    const { page } = await open("./?proposal=russia-sectors", { reducedMotion: true });
    const before = await shot(page, ".globe__frame", "point-before");
    await page.locator(`${section("contention")} > summary`).click();
    await page.locator('[data-point="sectors-and-nato-members"] [data-action="show-point"]').click();
    await waitForGlobe(page);
    expect(param(page, "point")).toBe("sectors-and-nato-members");
    expect(await page.locator(".point-chip").textContent()).toContain("Showing");
    const after = await shot(page, ".globe__frame", "point-after");
    // Everything but the disputed NATO members fades.
    expect(await pixelDifference(page, before, after)).toBeGreaterThan(0.05);
    const again = await open(page.url(), { reducedMotion: true });
    expect(await again.page.locator(".point-chip").textContent()).toContain("Showing");
    await page.context().close();
    await again.page.context().close();
  });
});
