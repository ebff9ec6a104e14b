import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { BundleReport } from "../../src/build/bundleReport";
import { waitForGlobe } from "./browser";
import { base, sharedBrowser } from "./pages";

// Written by the build the browser tests run against (globalSetup), from its own source maps.
const report = JSON.parse(readFileSync("node_modules/.cache/proposal-globe/bundle.json", "utf8")) as BundleReport;
const page = (name: string) => report.pages.find((p) => p.page === name)!;
const parts = (list: BundleReport["everywhere"]) => list.map((w) => w.name);
/** The chunk of the panel's closed sections (src/ui/panelSections.ts). */
const sectionsChunk = () => {
  const chunk = report.scripts.find((s) => s.file.includes("panelSections"));
  expect(chunk, "no panelSections chunk in the build").toBeDefined();
  return chunk!.file;
};

const { browser } = sharedBrowser();

/** A page loaded until ready and then past its idle time (when the app asks for its sections), with the scripts it requested. */
async function loadAndIdle(path: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await (await browser().newContext({ viewport: { width: 1200, height: 760 } })).newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(new URL(path, base).toString());
  await waitForGlobe(page);
  // Two idle periods after ready: the first runs after the app's own idle callback, which it queued when ready.
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));
  return { page, scripts };
}

describe("what the build ships", () => {
  it("has no schema library and no validation in any script: models/ and data/ were validated when it was built", () => {
    expect(parts(report.everywhere)).not.toContain("zod");
    expect(parts(report.everywhere)).toEqual(expect.arrayContaining(["three", "react-dom", "@react-three/fiber", "app"]));
  });

  it("loads the SVG globe and its world map only on demand, and the story page without three.js", () => {
    const index = page("index");
    const svg = report.scripts.find((s) => s.file.includes("SvgGlobe"));
    expect(svg).toBeDefined();
    expect(index.scripts).not.toContain(svg!.file);
    expect(parts(page("story").parts)).not.toContain("three");
    expect(page("story").gzip).toBeLessThan(index.gzip / 4);
  });

  it("keeps the panel's closed sections out of the main path, in one chunk of their own", () => {
    const file = sectionsChunk();
    expect(page("index").scripts).not.toContain(file);
    expect(page("story").scripts).not.toContain(file);
  });
});

describe("what each page fetches", () => {
  it("the app fetches its panel's sections once it is ready; the embed, which has no panel, never", async () => {
    const file = `/${sectionsChunk()}`;
    const app = await loadAndIdle("./?proposal=russia-sectors");
    await expect.poll(() => app.scripts).toContain(file);
    // Fetched in idle time, the bodies are made in the closed sections, before a reader opens one.
    const entries = app.page.locator('details[data-section="sources"]:not([open]) .sources > li');
    await entries.first().waitFor({ state: "attached" });
    expect(await entries.count()).toBeGreaterThan(5);
    await app.page.context().close();

    const embed = await loadAndIdle("./?proposal=russia-sectors&embed=1");
    expect(embed.scripts.length).toBeGreaterThan(0);
    expect(embed.scripts).not.toContain(file);
    expect(await embed.page.locator("details[data-section]").count()).toBe(0);
    await embed.page.context().close();
  });
});
