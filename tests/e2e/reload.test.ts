import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForGlobe } from "./browser";
import { sharedBrowser } from "./pages";

const { open } = sharedBrowser();

/** The camera of the first view, as the page reports it (longitude, latitude, distance). */
const camera = (page: Page) => page.evaluate(() => (window as unknown as { __globe: { cameras(): { lon: number; lat: number; distance: number }[] } }).__globe.cameras()[0]!);

/**
 * Waits until the globe is drawn: the view opens framed for its window by a cut, which is not a move, so the address
 * keeps what it was opened with (a camera the reader moves is written once it comes to rest).
 */
async function settledUrl(page: Page): Promise<string> {
  await waitForGlobe(page);
  return page.url();
}

describe("a reload opens the same view at every size: the address holds what the reader chose", () => {
  const sizes: [name: string, width: number, height: number, query: string][] = [
    ["a phone", 390, 844, "?proposal=nato-two-systems"],
    ["a desktop", 1280, 800, "?proposal=russia-sectors&at=30,55,3.2"],
    ["a small embed", 300, 250, "?proposal=nato-two-systems&embed=1"],
  ];
  for (const [name, width, height, query] of sizes) {
    it(`on ${name} (${width}×${height}), two reloads change neither the address nor the camera`, async () => {
      const { page, errors } = await open(`./${query}`, { width, height });
      const first = await settledUrl(page);
      const at = new URL(first).searchParams.get("at");
      const start = await camera(page);
      for (let i = 0; i < 2; i++) {
        await page.reload();
        expect(await settledUrl(page), `reload ${i + 1}`).toBe(first);
        const now = await camera(page);
        expect(Math.abs(now.distance - start.distance), `reload ${i + 1}: distance ${now.distance} against ${start.distance}`).toBeLessThan(0.01);
      }
      // The address keeps the camera given, never one fitted to the window, and writes none of its own.
      expect(at).toBe(query.includes("at=") ? "30,55,3.2" : null);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
