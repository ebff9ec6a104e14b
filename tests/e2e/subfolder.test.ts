import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForGlobe } from "./browser";
import { globeFrame, recordMessages, waitForFrameGlobe, waitForMessage } from "./hostEvents";
import { sharedBrowser } from "./pages";
import { serveStatic, type StaticServer } from "../../src/cli/staticServer";

const { browser } = sharedBrowser();
const FOLDER = "/news/globe/";

/** The build (made by the e2e setup) copied into a subfolder of a plain static host. */
let host: StaticServer;
let dir: string;
beforeAll(async () => {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: the e2e setup builds it");
  dir = mkdtempSync(join(tmpdir(), "globe-subfolder-"));
  mkdirSync(join(dir, FOLDER), { recursive: true });
  cpSync("dist", join(dir, FOLDER), { recursive: true });
  host = await serveStatic(dir);
});
afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page of the copied build, recording every request outside the folder, every failed request and error. */
async function openCopy(path: string): Promise<{ page: Page; outside: string[]; failed: string[]; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width: 1200, height: 760 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  const inside = `${host.origin}${FOLDER}`;
  const outside: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => !r.url().startsWith(inside) && !/^(data|blob):/.test(r.url()) && outside.push(r.url()));
  page.on("requestfailed", (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.url()}: ${r.status()}`));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await recordMessages(page);
  await page.goto(`${inside}${path}`);
  return { page, outside, failed, errors };
}

describe("the static build served from a subfolder (/news/globe/)", () => {
  it("the app: the globe is drawn, and every file comes from the folder", async () => {
    const { page, outside, failed, errors } = await openCopy("");
    await waitForGlobe(page);
    await page.locator('[data-action="brief"]').click();
    await waitForGlobe(page);
    expect(new URL(page.url()).pathname).toBe(FOLDER);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the embed and the story page: the globe is drawn in the story and follows it", async () => {
    const { page, outside, failed, errors } = await openCopy("story.html");
    const frame = await globeFrame(page);
    expect(new URL(frame.url()).pathname).toBe(`${FOLDER}index.html`);
    await waitForMessage(page, (m) => m.data.type === "ready");
    await page.evaluate(() => document.getElementById("step-2")!.scrollIntoView({ block: "start" }));
    await waitForMessage(page, (m) => m.data.type === "changed" && m.data.state?.step === "2");
    await waitForFrameGlobe(frame);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
