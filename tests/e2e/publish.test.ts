import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { HANG_LIMIT_MS, waitForGlobe } from "./browser";
import { PUBLIC_URL } from "./publicUrl";
import { ARTIFACTS, base, sharedBrowser } from "./pages";

const { browser } = sharedBrowser();

/** Pixels of a PNG near NATO's and Russia's colours on the globe (#2a78c2, #e69f00), decoded in `page`. */
async function partyPixels(page: Page, png: Buffer, region?: { left: number; top: number; width: number; height: number }) {
  return page.evaluate(
    async ({ b64, region }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const r = region ?? { left: 0, top: 0, width: c.width, height: c.height };
      const d = ctx.getImageData(r.left, r.top, r.width, r.height).data;
      const near = (i: number, [R, G, B]: number[]) => Math.abs(d[i]! - R!) <= 8 && Math.abs(d[i + 1]! - G!) <= 8 && Math.abs(d[i + 2]! - B!) <= 8;
      let nato = 0;
      let russia = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (near(i, [0x2a, 0x78, 0xc2])) nato++;
        if (near(i, [0xe6, 0x9f, 0x00])) russia++;
      }
      const n = r.width * r.height;
      return { width: img.width, height: img.height, nato: nato / n, russia: russia / n };
    },
    { b64: png.toString("base64"), region },
  );
}

/** A blank page to decode pictures in. */
async function decoder(): Promise<Page> {
  const page = await browser().newPage();
  await page.goto("about:blank");
  return page;
}

describe("the page before its script", () => {
  it("without scripts, shows the picture of the view, its title, the illustrative note and the text view", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base, { waitUntil: "load" });
    await expect.poll(() => page.locator("h1").textContent()).toBe("NATO: two separate systems that exchange data");
    expect(await page.locator("[data-first-paint=note]").textContent()).toMatch(/^Illustrative only: .*responsible/);
    // The table of the view: every region, who is responsible, and its sources.
    expect(await page.locator(".text-view tbody tr").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(".text-view caption").textContent()).toContain("as of 3 May 2011");
    const img = page.locator("img.first-paint__globe");
    expect(await img.getAttribute("src")).toBe("pictures/proposal-nato-two-systems.en.globe.png");
    const png = await page.screenshot({ path: `${ARTIFACTS}/publish-noscript.png` });
    const look = await decoder();
    // Where the live globe will be (right of the panel), NATO's and Russia's colours.
    const seen = await partyPixels(look, png, { left: 420, top: 0, width: 860, height: 800 });
    expect(seen.nato).toBeGreaterThan(0.05);
    expect(seen.russia).toBeGreaterThan(0.03);
    await look.close();
    await context.close();
  });

  it("paints the picture of the view its address opens on before the app's script runs, then gives way to the live globe", async () => {
    const context = await browser().newContext({ viewport: { width: 600, height: 450 } });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => m.type() === "error" && !/ERR_FAILED/.test(m.text()) && violations.push(m.text()));
    // The app's script never arrives: what shows is what the reader sees before it has run.
    await page.route(/\/assets\/index-[^/]*\.js$/, (r) => r.abort());
    await page.goto(new URL("./?embed=1&lang=ru", base).toString(), { waitUntil: "load" });
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");
    expect(await page.locator("#first-paint h1").textContent()).toBe("НАТО: две отдельные системы, обменивающиеся данными");
    const img = page.locator("img.first-paint__globe");
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1000);
    const png = await page.screenshot({ path: `${ARTIFACTS}/publish-first-paint-embed-ru.png` });
    const look = await decoder();
    const seen = await partyPixels(look, png);
    expect(seen.nato).toBeGreaterThan(0.02);
    expect(seen.russia).toBeGreaterThan(0.02);
    // A view the build drew no picture for (the reader's own camera) shows no picture rather than another view's.
    await page.goto(new URL("./?at=10,50,2.4", base).toString(), { waitUntil: "load" });
    expect(await page.locator("img.first-paint__globe").count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    await page.unroute(/\/assets\/index-[^/]*\.js$/);
    // With its script, the live globe takes the picture's place once it is drawn.
    await page.goto(new URL("./?brief=may-2011", base).toString());
    await waitForGlobe(page, HANG_LIMIT_MS);
    expect(await page.locator("#first-paint").count()).toBe(0);
    // The embed code's <noscript> shows the view's share card, beside the page.
    await page.locator('details[data-section="share"] > summary').click();
    const code = await page.locator('textarea[data-field="embed"]').inputValue();
    const card = new URL("./pictures/brief-may-2011-1.en.card.png", base).toString();
    expect(code).toMatch(new RegExp(`<noscript>.*<img src="${card.replace(/[.?]/g, "\\$&")}"`, "s"));
    const response = await page.request.get(card);
    expect([response.status(), response.headers()["content-type"]]).toEqual([200, "image/png"]);
    expect(violations).toEqual([]);
    await look.close();
    await context.close();
  });
});

describe("share cards", () => {
  const tags = (html: string) => {
    const out: Record<string, string> = {};
    for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) out[m[1]!] = m[2]!.replace(/&#39;/g, "'");
    for (const m of html.matchAll(/<link rel="canonical" href="([^"]+)"/g)) out.canonical = m[1]!;
    return out;
  };

  it("are absolute, 1200 × 630, described and pictured, on the app and the story", async () => {
    const look = await decoder();
    for (const [file, page, image] of [
      ["dist/index.html", "", "pictures/proposal-nato-two-systems.en.card.png"],
      ["dist/story.html", "story.html", "pictures/brief-may-2011-1.en.card.png"],
    ] as const) {
      const t = tags(readFileSync(file, "utf8"));
      expect(t["og:image"], file).toBe(`${PUBLIC_URL}${image}`);
      expect(t.canonical).toBe(`${PUBLIC_URL}${page}`);
      expect(t["og:url"]).toBe(`${PUBLIC_URL}${page}`);
      expect([t["og:image:width"], t["og:image:height"], t["twitter:card"]]).toEqual(["1200", "630", "summary_large_image"]);
      expect(t["og:image:alt"]).toMatch(/responsible/);
      expect(t["og:locale:alternate"]).toBe("ru_RU");
      expect(t["og:description"]).toMatch(/3 May 2011/);
      // The picture itself is in the build, with the view's colours.
      const png = readFileSync(`dist/${image}`);
      const seen = await partyPixels(look, png);
      expect([seen.width, seen.height]).toEqual([1200, 630]);
      expect(seen.nato).toBeGreaterThan(0.005);
      expect(seen.russia).toBeGreaterThan(0.005);
    }
    await look.close();
  });
});
