import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, waitForGlobe } from "./browser";
import { base } from "./pages";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(() => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, { resultTypes: ["violations"] }))) as AxeResult;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A page on which axe can be injected: the test bypasses the app's Content-Security-Policy (tested elsewhere). */
async function open(path: string, width = 1200, height = 800): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: "reduce", bypassCSP: true });
  const page = await context.newPage();
  await page.goto(new URL(path, base).toString());
  await waitForGlobe(page);
  return page;
}

describe("accessibility (axe-core: no serious or critical violations)", () => {
  for (const [name, path] of [
    ["a single proposal", "./?proposal=russia-sectors"],
    ["side by side, differences", "./?compare=nato-two-systems,russia-sectors&mode=differences"],
    ["a briefing step", "./?brief=may-2011&step=6"],
    ["a point of contention, today", "./?point=sectors-and-nato-members&year=today"],
    ["the embed", "./?proposal=nato-two-systems&embed=1"],
  ] as const) {
    it(`on ${name}`, async () => {
      const page = await open(path);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it("with every section of the panel open (text view, timeline, people, sources, share)", async () => {
    const page = await open("./?proposal=russia-sectors");
    await page.$$eval("details", (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    // Each section's body, not its loading line, is what axe looks at.
    await page.locator('details[data-section="sources"] .sources').waitFor();
    await expect.poll(() => page.locator(".section__loading").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("on a phone", async () => {
    const page = await open("./?compare=nato-two-systems,russia-sectors", 390, 844);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("the keyboard alone", () => {
  it("reaches the switcher, a globe and the panel sections by Tab, with a visible focus ring", async () => {
    const page = await open("./?proposal=nato-two-systems");
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        return { tag: el.tagName, cls: el.className?.toString() ?? "", ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!info || info.tag === "BODY") continue; // focus left the page for the browser's own controls
      expect(info.ring, `${info.tag}.${info.cls} has no visible focus ring`).toBe(true);
      if (info.cls.includes("switcher__button")) reached.add("switcher");
      if (info.cls.includes("globe__frame")) reached.add("globe");
      if (info.tag === "SUMMARY") reached.add("section");
    }
    expect([...reached].sort()).toEqual(["globe", "section", "switcher"]);
    await page.context().close();
  });

  it("opens the shortcuts with ? and closes them with Escape", async () => {
    const page = await open("./?proposal=nato-two-systems");
    await page.keyboard.press("?");
    const dialog = page.locator("dialog.shortcuts");
    await dialog.waitFor({ state: "visible" });
    expect(await dialog.textContent()).toContain("Turn the globe");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.context().close();
  });

  it("turns and zooms the focused globe with the arrow and + keys, and the URL follows", async () => {
    const page = await open("./?proposal=nato-two-systems&at=20,50,2.7");
    await page.locator(".globe__frame").focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("+");
    // The turn and the zoom reach the URL one after the other: wait for both, not for the first change.
    const at = () => new URL(page.url()).searchParams.get("at")?.split(",").map(Number) ?? [];
    await expect.poll(() => at()[0], { timeout: 120_000 }).toBeLessThan(20);
    await expect.poll(() => at()[2], { timeout: 120_000 }).toBeLessThan(2.7);
    await page.context().close();
  });
});
