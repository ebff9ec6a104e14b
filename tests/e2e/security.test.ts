import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
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

describe("the built page's Content-Security-Policy", () => {
  it("is strict: default-src 'self', no eval, no inline script but the first paint's, allowed by its hash", () => {
    const html = readFileSync("dist/index.html", "utf8");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!.replace(/&#39;/g, "'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("unsafe-inline");
    // Every script is a file of the app, except one inline script whose hash the policy names.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    const inline = scripts.filter(([, attrs]) => !/src=/.test(attrs!));
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256").update(inline[0]![2]!).digest("base64");
    expect(policy).toContain(`'sha256-${hash}'`);
    for (const [, attrs, body] of scripts.filter((s) => !inline.includes(s))) {
      expect(attrs).toMatch(/src="\.\/assets\//);
      expect(body!.trim()).toBe("");
    }
  });

  it("lets the app work under it, with no violation, across its main views", async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 760 }, reducedMotion: "reduce", acceptDownloads: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    for (const path of ["./?proposal=russia-sectors", "./?compare=nato-two-systems,russia-sectors&mode=differences", "./?brief=may-2011&step=3", "./?point=strategic-deterrent&year=today"]) {
      await page.goto(new URL(path, base).toString());
      await waitForGlobe(page);
    }
    await page.locator(".share summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="download-image"]').click()]);
    expect(await download.path()).toBeTruthy();
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
