import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, sharedBrowser } from "./pages";

const { open } = sharedBrowser();

interface Drawn {
  kind: string;
  text: string;
  rect: { left: number; top: number; width: number; height: number };
}
interface LastExport {
  width: number;
  height: number;
  globes: { left: number; top: number; width: number; height: number }[];
  texts: Drawn[];
}

const SIZES = { hd: [1920, 1080], "4k": [3840, 2160], square: [1080, 1080], portrait: [1080, 1350], vertical: [1080, 1920] } as const;

/** Downloads the image of a frame chosen in the panel; returns the PNG and what the export says it drew where. */
async function exportFrame(page: Page, size: string, name: string): Promise<{ png: Buffer; drawn: LastExport }> {
  await page.locator(`input[name="export-size"][value="${size}"]`).check();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.locator('[data-action="download-image"]').click()]);
  const png = readFileSync(await download.path());
  await download.saveAs(`${ARTIFACTS}/${name}.png`);
  const drawn = await page.evaluate(() => (window as unknown as { __lastExport: LastExport }).__lastExport);
  return { png, drawn };
}

/**
 * Facts about a PNG's pixels, decoded in the page: its size; per rectangle, the share of dark ink (text); per column,
 * the share of its pixels within a rows' range that are not the page's background.
 */
async function pixels(page: Page, png: Buffer, rects: Drawn["rect"][], columns: { x: number; top: number; bottom: number }[]) {
  return page.evaluate(
    async ({ b64, rects, columns }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const at = (x: number, y: number) => {
        const i = (Math.round(y) * c.width + Math.round(x)) * 4;
        return [d[i]!, d[i + 1]!, d[i + 2]!];
      };
      const ink = rects.map((r) => {
        let n = 0;
        let dark = 0;
        for (let y = r.top; y < r.top + r.height; y += 1)
          for (let x = r.left; x < r.left + r.width; x += 1) {
            const [R, G, B] = at(x, y);
            n++;
            if (0.2126 * R! + 0.7152 * G! + 0.0722 * B! < 120) dark++;
          }
        return n ? dark / n : 0;
      });
      // The page's background, #eef1f4.
      const off = columns.map(({ x, top, bottom }) => {
        let n = 0;
        let other = 0;
        for (let y = top; y < bottom; y++) {
          const [R, G, B] = at(x, y);
          n++;
          if (Math.abs(R! - 0xee) + Math.abs(G! - 0xf1) + Math.abs(B! - 0xf4) > 6) other++;
        }
        return n ? other / n : 0;
      });
      return { width: c.width, height: c.height, ink, off };
    },
    { b64: png.toString("base64"), rects, columns },
  );
}

const NATO_TITLE = JSON.parse(readFileSync("models/nato-two-systems.json", "utf8")).title.en as string;

describe("export presets", () => {
  it("downloads each frame at exactly its size, with the headline, the date, the legend, note and source drawn in their places", async () => {
    const { page, errors } = await open("./?proposal=nato-two-systems", { reducedMotion: true });
    await page.locator(".share summary").click();
    for (const [size, [w, h]] of Object.entries(SIZES)) {
      const { png, drawn } = await exportFrame(page, size, `export-preset-${size}`);
      expect(drawn.width, size).toBe(w);
      expect(drawn.height, size).toBe(h);
      const kinds = drawn.texts.map((t) => t.kind);
      expect(kinds, size).toEqual(expect.arrayContaining(["headline", "date", "legend", "note", "source"]));
      // Built without CREDIT, and the shipped site file has no credit: no credit line, and nothing about the tool itself.
      expect(kinds, size).not.toContain("credit");
      const text = (k: string) => drawn.texts.find((t) => t.kind === k)!;
      expect(text("headline").text).toBe(NATO_TITLE);
      // Beside the date shown, the day the files were last revised (models/site.json).
      expect(text("date").text).toBe("As of 3 May 2011 · Updated 1 December 2026");
      expect(text("source").text).toMatch(/^Sources: /);
      expect(drawn.texts.map((t) => t.text).join(" ")).not.toMatch(/Made with|proposal globe/);
      // The headline above the globe, the footer's texts below it.
      const globe = drawn.globes[0]!;
      expect(text("headline").rect.top + text("headline").rect.height).toBeLessThanOrEqual(globe.top);
      expect(text("date").rect.top + text("date").rect.height).toBeLessThanOrEqual(globe.top);
      for (const k of ["legend", "note", "source"]) expect(text(k).rect.top, `${size} ${k}`).toBeGreaterThanOrEqual(globe.top + globe.height);
      const px = await pixels(page, png, [text("headline").rect, text("date").rect, text("note").rect, { left: 0, top: 0, width: w, height: Math.round(text("headline").rect.top) - 2 }], []);
      expect([px.width, px.height], size).toEqual([w, h]);
      // Ink where the headline, the date and the note are written; none above the headline.
      expect(px.ink[0], `${size} headline`).toBeGreaterThan(0.08);
      expect(px.ink[1], `${size} date`).toBeGreaterThan(0.03);
      expect(px.ink[2], `${size} note`).toBeGreaterThan(0.03);
      expect(px.ink[3], `${size} margin`).toBe(0);
      // Text grows with the frame: a 4K headline is twice as tall as a 1920 × 1080 one.
      if (size === "4k") expect(text("headline").rect.height).toBeGreaterThan(90);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("puts a comparison's globes side by side at 16:9 with the background between them, each cut only at its own rectangle", async () => {
    const { page, errors } = await open("./?compare=nato-two-systems,russia-sectors&mode=differences", { reducedMotion: true });
    await page.locator(".share summary").click();
    const { png, drawn } = await exportFrame(page, "hd", "export-preset-compare-hd");
    expect([drawn.width, drawn.height]).toEqual([1920, 1080]);
    const [a, b] = drawn.globes as [LastExport["globes"][number], LastExport["globes"][number]];
    expect(a.top).toBe(b.top);
    const gap = b.left - (a.left + a.width);
    expect(gap).toBeGreaterThanOrEqual(20);
    const headline = drawn.texts.find((t) => t.kind === "headline")!;
    expect(headline.text).toBe("Two proposals for missile defence in Europe: where they differ");
    expect(drawn.texts.filter((t) => t.kind === "heading").map((t) => t.text)).toHaveLength(2);
    const top = a.top;
    const bottom = a.top + a.height;
    const mid = a.left + a.width + gap / 2;
    const px = await pixels(page, png, [headline.rect], [
      // The gap's middle column and the columns just outside each rectangle: the page's background only.
      { x: mid, top, bottom },
      { x: a.left + a.width + 1, top, bottom },
      { x: b.left - 2, top, bottom },
      // Inside each globe's rectangle, through its middle: the globe.
      { x: a.left + a.width / 2, top, bottom },
      { x: b.left + b.width / 2, top, bottom },
    ]);
    expect(px.ink[0]).toBeGreaterThan(0.08);
    expect(px.off[0]).toBe(0);
    expect(px.off[1]).toBe(0);
    expect(px.off[2]).toBe(0);
    expect(px.off[3]).toBeGreaterThan(0.5);
    expect(px.off[4]).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("sets a comparison's globes apart inside a 9:16 frame's safe area, writes a briefing step's title as its headline, and a Russian frame in Russian", async () => {
    const { page, errors } = await open("./?compare=nato-two-systems,russia-sectors&lang=ru", { reducedMotion: true });
    await page.locator(".share summary").click();
    const tall = await exportFrame(page, "vertical", "export-preset-compare-ru-vertical");
    expect([tall.drawn.width, tall.drawn.height]).toEqual([1080, 1920]);
    // The bands vertical-video apps lay their name, caption and buttons over: 13 % at the top, 18 % at the bottom, 11 % on the right.
    const safe = { left: 0.055 * 1080, right: 1080 - 0.11 * 1080, top: 0.13 * 1920, bottom: 1920 - 0.18 * 1920 };
    for (const r of [...tall.drawn.globes, ...tall.drawn.texts.map((t) => t.rect)]) {
      expect(r.left).toBeGreaterThanOrEqual(safe.left - 1);
      expect(r.left + r.width).toBeLessThanOrEqual(safe.right + 1);
      expect(r.top).toBeGreaterThanOrEqual(safe.top - 1);
      expect(r.top + r.height).toBeLessThanOrEqual(safe.bottom + 1);
    }
    const [a, b] = tall.drawn.globes;
    // Side by side (each globe's square is larger so than one above the other), the background between them.
    expect(b!.top).toBe(a!.top);
    expect(b!.left).toBeGreaterThan(a!.left + a!.width);
    expect(tall.drawn.texts.find((t) => t.kind === "headline")!.text).toBe("Два предложения о противоракетной обороне Европы: сравнение");
    expect(tall.drawn.texts.find((t) => t.kind === "date")!.text).toBe("По состоянию на 3 мая 2011 г. · Обновлено 1 декабря 2026 г.");
    const between = await pixels(page, tall.png, [], [{ x: Math.round((a!.left + a!.width + b!.left) / 2), top: a!.top, bottom: a!.top + a!.height }]);
    expect(between.off[0]).toBe(0);
    await page.context().close();

    const brief = await open("./?brief=may-2011&step=4", { reducedMotion: true });
    await brief.page.locator(".share summary").click();
    const title = await brief.page.locator(".briefing__title").first().textContent();
    const square = await exportFrame(brief.page, "square", "export-preset-brief-square");
    expect([square.drawn.width, square.drawn.height]).toEqual([1080, 1080]);
    expect(square.drawn.texts.find((t) => t.kind === "headline")!.text).toBe(title!.trim());
    // The proposal's title over its globe, under the step's headline.
    expect(square.drawn.texts.filter((t) => t.kind === "heading")).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(brief.errors).toEqual([]);
    await brief.page.context().close();
  });
});
