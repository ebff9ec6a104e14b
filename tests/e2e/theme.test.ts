import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DARK, LIGHT, rgb } from "../../src/theme";
import { frameParams, globeFrame, waitForFrameGlobe } from "./hostEvents";
import { ARTIFACTS, base, sharedBrowser } from "./pages";

const { browser } = sharedBrowser();

/** The page backgrounds of the two schemes, written out (styles.css, story.css). */
const BACKGROUND = { light: "rgb(238, 241, 244)", dark: "rgb(17, 22, 28)" };

const background = (where: Page | Frame) => where.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Waits until the embedded globe draws in `scheme` and has come to rest. */
const waitForScheme = (frame: Frame, scheme: "light" | "dark") =>
  frame.waitForFunction((s) => document.documentElement.dataset.theme === s && document.documentElement.dataset.globeReady === "true", scheme);

/**
 * The share of the globe's pixels drawn in each theme's ocean: the ocean sphere is its colour times the headlight's
 * shading (0.78 at the rim to 1 facing the light, see src/scene/Ocean.tsx), so a pixel counts when it is such a
 * multiple of the colour, within a few levels.
 */
async function oceanShares(page: Page, png: Buffer): Promise<{ light: number; dark: number }> {
  return page.evaluate(
    async ([b64, oceans]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const counts = oceans.map(() => 0);
      for (let i = 0; i < d.length; i += 4) {
        oceans.forEach((o, j) => {
          const k = (d[i]! + d[i + 1]! + d[i + 2]!) / (o[0]! + o[1]! + o[2]!);
          if (k >= 0.75 && k <= 1.02 && [0, 1, 2].every((ch) => Math.abs(d[i + ch]! - o[ch]! * k) <= 4)) counts[j]!++;
        });
      }
      const n = d.length / 4;
      return { light: counts[0]! / n, dark: counts[1]! / n };
    },
    [png.toString("base64"), [rgb(LIGHT.ocean), rgb(DARK.ocean)]] as const,
  );
}

describe("the colour scheme", () => {
  it("theme=dark darkens the story and its globe; a show command switches the globe to light; auto follows a dark system", async () => {
    const context = await browser().newContext({ viewport: { width: 900, height: 600 }, reducedMotion: "reduce", colorScheme: "light" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(new URL("story.html?theme=dark", base).toString());
    const frame = await globeFrame(page);
    await waitForFrameGlobe(frame);

    // The story passes its theme to the globe it embeds; both pages are dark on a light system.
    expect((await frameParams(frame)).get("theme")).toBe("dark");
    await waitForScheme(frame, "dark");
    expect(await background(page)).toBe(BACKGROUND.dark);
    expect(await background(frame)).toBe(BACKGROUND.dark);
    const dark = await page.locator("iframe").screenshot({ path: `${ARTIFACTS}/theme-embed-dark.png` });
    const inDark = await oceanShares(page, dark);
    expect(inDark.dark).toBeGreaterThan(0.05);
    expect(inDark.light).toBeLessThan(0.01);

    // The host page's own toggle: a show command.
    await page.evaluate(() => document.querySelector("iframe")!.contentWindow!.postMessage({ type: "show", theme: "light" }, location.origin));
    await waitForScheme(frame, "light");
    expect(await background(frame)).toBe(BACKGROUND.light);
    const inLight = await oceanShares(page, await page.locator("iframe").screenshot());
    expect(inLight.light).toBeGreaterThan(0.05);
    expect(inLight.dark).toBeLessThan(0.01);

    // Back to the system's scheme, which is dark now.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.evaluate(() => document.querySelector("iframe")!.contentWindow!.postMessage({ type: "show", theme: "auto" }, location.origin));
    await waitForScheme(frame, "dark");
    expect(await background(frame)).toBe(BACKGROUND.dark);
    expect((await oceanShares(page, await page.locator("iframe").screenshot())).dark).toBeGreaterThan(0.05);
    expect((await frameParams(frame)).has("theme")).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
