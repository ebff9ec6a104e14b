import { beforeAll, describe, expect, it } from "vitest";
import { FRAME_TEXT, inside, measure } from "./frameFixture";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import type { Lang } from "../../../src/i18n/lang";
import type { Rect } from "../../../src/scene/exportViews";
import { screenFor } from "../../../src/screen/screenFor";
import type { Catalogue } from "../../../src/screen/types";
import type { ViewState } from "../../../src/state/viewState";
import { boxesOver, layoutFrame, wrapLines, type FrameText } from "../../../src/ui/exportLayout";
import { CREDIT, creditFrom, PRESET_IDS, PRESETS } from "../../../src/ui/exportPresets";
import { exportText, frameWords } from "../../../src/ui/exports";
import { withCredit } from "../../../src/model/siteCredit";
import type { Site } from "../../../src/model/siteSchema";
import { svgDocument } from "../../../src/ui/svgExport";
import { fixtureModels } from "../support";

/* The layout of an exported frame for publishing, with text widths estimated (half the font size a character). */
const TEXT: FrameText = FRAME_TEXT;

const overlap = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const image = (w: number, h: number): Rect => ({ left: 0, top: 0, width: w, height: h });

describe("layoutFrame", () => {
  for (const id of PRESET_IDS)
    for (const count of [1, 2]) {
      const { width, height } = PRESETS[id];
      it(`lays out ${id} (${width}×${height}) with ${count} globe(s): headline band, globes, footer band, apart and inside the image`, () => {
        const l = layoutFrame(width, height, count, { ...TEXT, headings: count === 2 ? TEXT.headings : [] }, measure);
        expect([l.width, l.height]).toEqual([width, height]);
        expect(l.globes).toHaveLength(count);
        // The headline, then the date under it, in the top band; the globes below it; the footer's texts under them.
        expect(l.headline.lines.join(" ")).toBe(TEXT.headline);
        expect(l.date.lines.join(" ")).toBe(TEXT.date);
        expect(l.date.top).toBeGreaterThanOrEqual(l.headline.top + l.headline.rect.height);
        expect(inside(l.headline.rect, l.headBand)).toBe(true);
        expect(inside(l.date.rect, l.headBand)).toBe(true);
        for (const g of l.globes) {
          expect(inside(g, image(width, height))).toBe(true);
          expect(g.top).toBeGreaterThanOrEqual(l.headBand.top + l.headBand.height);
          expect(g.top + g.height).toBeLessThanOrEqual(l.footBand.top);
          // Whole pixels: each globe's viewport is exactly its rectangle.
          for (const v of [g.left, g.top, g.width, g.height]) expect(Number.isInteger(v)).toBe(true);
          // The globes take a good share of the frame.
          expect(g.width * g.height).toBeGreaterThan((width * height) / (count === 1 ? 4 : 10));
        }
        for (const b of [l.legend.rect, l.note.rect, l.source.rect]) {
          expect(inside(b, l.footBand)).toBe(true);
          expect(inside(b, image(width, height))).toBe(true);
        }
        expect(overlap(l.note.rect, l.source.rect)).toBe(false);
        expect(overlap(l.legend.rect, l.note.rect)).toBe(false);
        expect(overlap(l.legend.rect, l.source.rect)).toBe(false);
        for (const row of l.legend.rows) for (const r of l.legend.rows) if (row !== r) expect(row.left === r.left && row.top === r.top).toBe(false);
        if (count === 2) {
          const [a, b] = l.globes as [Rect, Rect];
          expect(overlap(a, b)).toBe(false);
          // A gap of the background between them, never one globe against the other.
          const gap = l.arrangement === "side" ? b.left - (a.left + a.width) : b.top - (a.top + a.height);
          expect(gap).toBeGreaterThanOrEqual(10);
        }
      });
    }

  it("puts two globes side by side where their area is wider than tall, one above the other where it is not", () => {
    expect(layoutFrame(1920, 1080, 2, TEXT, measure).arrangement).toBe("side");
    expect(layoutFrame(3840, 2160, 2, TEXT, measure).arrangement).toBe("side");
    expect(layoutFrame(1080, 1920, 2, TEXT, measure).arrangement).toBe("stacked");
    expect(layoutFrame(1920, 1080, 1, TEXT, measure).arrangement).toBe("single");
    for (const id of PRESET_IDS) {
      const l = layoutFrame(PRESETS[id].width, PRESETS[id].height, 2, TEXT, measure);
      const area = { w: l.globes[1]!.left + l.globes[1]!.width - l.globes[0]!.left, h: l.globes[1]!.top + l.globes[1]!.height - l.globes[0]!.top };
      expect(l.arrangement, id).toBe(area.w > area.h || l.arrangement === "side" ? "side" : "stacked");
    }
  });

  it("scales every text with the frame: a 4K frame's type is twice a 1920 × 1080 frame's, and its layout the same", () => {
    const hd = layoutFrame(1920, 1080, 2, TEXT, measure);
    const uhd = layoutFrame(3840, 2160, 2, TEXT, measure);
    expect(uhd.k).toBeCloseTo(hd.k * 2, 6);
    expect(uhd.headline.size).toBeCloseTo(hd.headline.size * 2, 6);
    expect(uhd.note.size).toBeCloseTo(hd.note.size * 2, 6);
    expect(uhd.legend.swatch).toBeCloseTo(hd.legend.swatch * 2, 6);
    expect(uhd.headline.lines).toEqual(hd.headline.lines);
    expect(uhd.globes[0]!.width).toBeCloseTo(hd.globes[0]!.width * 2, -1);
    // Not tiny at 4K: the smallest text is over 30 pixels high.
    expect(Math.min(uhd.note.size, uhd.legend.textSize, uhd.date.size)).toBeGreaterThan(30);
  });

  it("puts each globe's heading over the top of its own rectangle, and none where the headline says it", () => {
    const l = layoutFrame(1920, 1080, 2, TEXT, measure);
    l.headings.forEach((h, i) => {
      expect(h).not.toBeNull();
      expect(h!.lines.join(" ")).toBe(TEXT.headings[i]);
      expect(inside(h!.rect, l.globes[i]!)).toBe(true);
      expect(h!.rect.top - l.globes[i]!.top).toBeLessThan(l.globes[i]!.height / 6);
    });
    expect(layoutFrame(1920, 1080, 1, { ...TEXT, headings: [] }, measure).headings).toEqual([null]);
    // The heading is a box over the globe that its camera keeps the subject clear of.
    const boxes = boxesOver(l.globes[1]!, [l.headings[0]!.rect, l.headings[1]!.rect]);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.top).toBeCloseTo(l.headings[1]!.rect.top - l.globes[1]!.top, 6);
  });

  it("writes a credit line under the source when one is set, and none without", () => {
    for (const id of PRESET_IDS) {
      const { width, height } = PRESETS[id];
      const none = layoutFrame(width, height, 2, TEXT, measure);
      expect(none.credit).toBeNull();
      const withCredit = layoutFrame(width, height, 2, { ...TEXT, credit: "Graphic: Jane Doe / The Daily" }, measure);
      expect(withCredit.credit!.lines.join(" ")).toBe("Graphic: Jane Doe / The Daily");
      expect(withCredit.credit!.top).toBeGreaterThanOrEqual(withCredit.source.top + withCredit.source.rect.height);
      expect(inside(withCredit.credit!.rect, withCredit.footBand)).toBe(true);
      expect(inside(withCredit.credit!.rect, image(width, height))).toBe(true);
    }
  });

  it("wraps a long headline onto more lines in a narrow frame, each within the margins", () => {
    const l = layoutFrame(1080, 1920, 1, TEXT, measure);
    expect(l.headline.lines.length).toBeGreaterThan(1);
    for (const line of l.headline.lines) expect(measure(line, l.headline.size, 600)).toBeLessThanOrEqual(1080 - 2 * l.headline.left + 0.5);
    expect(wrapLines(measure, "a b c", 1000, 10, 400)).toEqual(["a b c"]);
    expect(wrapLines(measure, "aaaa bbbb", 25, 10, 400)).toEqual(["aaaa", "bbbb"]);
  });
});

describe("creditFrom (the CREDIT build option)", () => {
  it("keeps a credit on one line, trimmed; none when empty, blank or not set", () => {
    expect(creditFrom("Graphic: Jane Doe / The Daily")).toBe("Graphic: Jane Doe / The Daily");
    expect(creditFrom("  Graphic:\n Jane   Doe ")).toBe("Graphic: Jane Doe");
    expect(creditFrom("")).toBeNull();
    expect(creditFrom("   ")).toBeNull();
    expect(creditFrom(undefined)).toBeNull();
    expect(creditFrom(42)).toBeNull();
  });

  it("is read from the build: none when built without CREDIT", () => {
    expect(CREDIT).toBe(creditFrom(process.env.CREDIT));
  });
});

// The geography and the invented proposals of tests/fixtures/, prepared once (slow on a busy machine: a long limit).
let geography: Geography;
let catalogue: Catalogue;
beforeAll(() => {
  const f = fixtureModels();
  geography = prepareGeography();
  catalogue = { models: [...f.resolved.values()].map((r) => r.model), briefings: f.briefings, contexts: f.contexts };
}, 120_000);

describe("frameWords: the headline, date and headings of a view", () => {
  const view = (lang: Lang, changes: Partial<ViewState>): ViewState => ({ mode: "full", linked: true, asOf: "model-date", embed: false, lang, theme: "auto", ...changes });
  const words = (lang: Lang, changes: Partial<ViewState>) => frameWords(screenFor(view(lang, changes), catalogue, geography, lang, "2026-12-01"), lang);

  it("gives a proposal its title, with no heading repeating it, and the model's date", () => {
    const w = words("en", { proposal: "example-joint" });
    const screen = screenFor(view("en", { proposal: "example-joint" }), catalogue, geography, "en", "2026-12-01");
    expect(w.headline).toBe(screen.title);
    expect(w.headings).toEqual([]);
    expect(w.date).toMatch(/^As of \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });

  it("gives a comparison a headline of its own, in full or differences only, and both titles as headings", () => {
    const full = words("en", { compare: ["example-separate", "example-joint"] });
    expect(full.headline).toBe("Two proposals for missile defence in Europe, side by side");
    expect(full.headings).toHaveLength(2);
    expect(full.headings[0]).not.toBe(full.headings[1]);
    expect(words("en", { compare: ["example-separate", "example-joint"], mode: "differences" }).headline).toBe("Two proposals for missile defence in Europe: where they differ");
    const ru = words("ru", { compare: ["example-separate", "example-joint"], mode: "differences" });
    expect(ru.headline).toBe("Два предложения о противоракетной обороне Европы: в чём они расходятся");
    expect(ru.date).toMatch(/^По состоянию на \d{1,2} [а-я]+ \d{4} г\.$/);
  });

  it("says 'Today' with the date when the view shows today", () => {
    expect(words("en", { proposal: "example-joint", asOf: "today" }).date).toBe("Today, 1 December 2026");
    expect(words("ru", { proposal: "example-joint", asOf: "today" }).date).toBe("Сегодня, 1 декабря 2026 г.");
  });

  it("prints the sources without advertising the tool", () => {
    for (const lang of ["en", "ru"] as const) {
      const s = screenFor(view(lang, { compare: ["example-separate", "example-joint"] }), catalogue, geography, lang, "2026-12-01").sourceSummary;
      expect(s).toMatch(lang === "en" ? /^Sources: / : /^Источники: /);
      expect(s).not.toMatch(/Made with|proposal globe|Сделано|Глобус/);
      expect(s).not.toMatch(/\.\.$/);
    }
  });
});

describe("exportText: the site file's credit and date of revision in every export, through the screen", () => {
  const view = (lang: Lang): ViewState => ({ mode: "full", linked: true, asOf: "model-date", embed: false, lang, theme: "auto", proposal: "example-joint" });
  const site: Site = { type: "site", notes: [{ en: "A note.", ru: "Примечание." }], credit: { en: "Graphic: Example Desk", ru: "Графика: отдел примеров" }, updated: "2026-11-20" };
  const textFor = (lang: Lang, s: Site | null) => exportText(screenFor(view(lang), { ...catalogue, site: s }, geography, lang, "2026-12-01"), lang);

  it("prints the credit under the source, and the date of revision beside the date line, in each language", () => {
    const en = textFor("en", site);
    expect(en.frameText.credit).toBe("Graphic: Example Desk");
    expect(en.text.credit).toBe("Graphic: Example Desk");
    expect(en.frameText.date).toMatch(/^As of \d{1,2} [A-Z][a-z]+ \d{4} · Updated 20 November 2026$/);
    expect(en.text.date).toBe(en.frameText.date);
    const ru = textFor("ru", site);
    expect(ru.frameText.credit).toBe("Графика: отдел примеров");
    expect(ru.frameText.date).toMatch(/^По состоянию на \d{1,2} [а-я]+ \d{4} г\. · Обновлено 20 ноября 2026 г\.$/);
    // The notes stay on screen: an image prints the illustrative note, the sources and the credit only.
    expect(JSON.stringify(en)).not.toContain("A note.");
  });

  it("prints no credit and no date of revision without a site file; the CREDIT option alone gives the credit", () => {
    const none = textFor("en", null);
    expect(none.frameText.credit).toBeNull();
    expect(none.frameText.date).toMatch(/^As of \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(textFor("ru", withCredit(null, "Graphic: Jane Doe / The Daily")).frameText.credit).toBe("Graphic: Jane Doe / The Daily");
    expect(textFor("en", withCredit(site, "Graphic: Jane Doe / The Daily")).frameText.credit).toBe("Graphic: Jane Doe / The Daily");
  });

  it("a screen without globes still carries the details", () => {
    const empty = screenFor(view("en"), { models: [], briefings: [], contexts: [], site }, geography, "en", "2026-12-01");
    expect(empty.globes).toEqual([]);
    expect(empty.details.line).toBe("Updated 20 November 2026 · Graphic: Example Desk");
  });
});

describe("svgDocument in a frame for publishing", () => {
  it("takes the frame's size and writes the headline, the date and the credit, each globe inside its rectangle", () => {
    const view: ViewState = { mode: "full", linked: true, asOf: "model-date", embed: false, lang: "en", theme: "auto", compare: ["example-separate", "example-joint"] };
    const screen = screenFor(view, catalogue, geography, "en", "2026-12-01");
    const words = frameWords(screen, "en");
    const frameText: FrameText = { ...words, legend: screen.legend.map((e) => ({ text: e.text, swatches: e.swatches.length })), note: "Illustrative only.", source: screen.sourceSummary, credit: "Graphic: Jane Doe / The Daily" };
    const base = { geography, globes: screen.globes, at: screen.camera.at, title: words.headline, viewTitles: [], legend: screen.legend, note: "Illustrative only.", source: screen.sourceSummary, insets: screen.globes.map((g) => g.inset), theme: screen.theme };
    const svg = svgDocument({ ...base, frame: PRESETS.vertical, frameText });
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1080" height="1920" viewBox="0 0 1080 1920">/);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const words2 = texts.join(" ");
    expect(words2).toContain("Two proposals for missile");
    expect(texts).toContain(words.date);
    expect(texts).toContain("Graphic: Jane Doe / The Daily");
    // The globes: one above the other, inside the frame.
    const globes = [...svg.matchAll(/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" [^>]*viewBox="0 0 1000 1000"/g)].map((m) => m.slice(1, 5).map(Number));
    expect(globes).toHaveLength(2);
    for (const [x, y, w, h] of globes) {
      expect(x! >= 0 && y! >= 0 && x! + w! <= 1080 && y! + h! <= 1920).toBe(true);
    }
    expect(globes[1]![1]!).toBeGreaterThan(globes[0]![1]! + globes[0]![3]!);
    // Without a credit, none.
    expect(svgDocument({ ...base, frame: PRESETS.vertical, frameText: { ...frameText, credit: null } })).not.toContain("Jane Doe");
  });
});
