import { describe, expect, it } from "vitest";
import { FRAME_TEXT, inside, measure } from "./frameFixture";
import type { Rect } from "../../../src/scene/exportViews";
import { layoutFrame, type FrameLayout, type FrameText, type Insets } from "../../../src/ui/exportLayout";
import { VIDEO_FORMAT_IDS, videoFrame } from "../../../src/video/formats";

/* A frame laid out for a video: text and globes inside the format's safe area, and a band kept for captions. */
const TEXT: FrameText = { ...FRAME_TEXT, credit: "Graphic: Jane Doe / The Daily" };

const overlap = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const safeRect = (width: number, height: number, s: Insets): Rect => ({ left: s.left, top: s.top, width: width - s.left - s.right, height: height - s.top - s.bottom });

/** Every box a frame writes text in or draws a globe in. */
const boxes = (l: FrameLayout): [string, Rect][] => [
  ["headline", l.headline.rect],
  ["date", l.date.rect],
  ["legend", l.legend.rect],
  ["note", l.note.rect],
  ["source", l.source.rect],
  ...(l.credit ? [["credit", l.credit.rect] as [string, Rect]] : []),
  ...l.globes.map((g, i): [string, Rect] => [`globe ${i}`, g]),
  ...(l.caption ? [["caption", l.caption.rect] as [string, Rect]] : []),
];

describe("layoutFrame inside a format's safe area", () => {
  for (const id of VIDEO_FORMAT_IDS)
    for (const count of [1, 2])
      for (const captionLines of [0, 2]) {
        const { width, height, safe } = videoFrame(id);
        it(`keeps every text and globe of a ${id} frame with ${count} globe(s)${captionLines ? " and a caption band" : ""} inside the safe area`, () => {
          const l = layoutFrame(width, height, count, { ...TEXT, headings: count === 2 ? TEXT.headings : [] }, measure, { safe, captionLines });
          const area = safeRect(width, height, safe);
          expect(l.credit).not.toBeNull();
          for (const [what, r] of boxes(l)) expect(inside(r, area), `${what} ${JSON.stringify(r)} in ${JSON.stringify(area)}`).toBe(true);
          // Each legend row's lines too, measured from where its text starts.
          for (const row of l.legend.rows)
            row.lines.forEach((line, i) => {
              expect(row.textLeft + measure(line, l.legend.textSize, 400)).toBeLessThanOrEqual(area.left + area.width + 0.5);
              expect(row.top + (i + 1) * l.legend.rowHeight).toBeLessThanOrEqual(area.top + area.height + 0.5);
            });
          // The texts still read in full.
          expect(l.headline.lines.join(" ")).toBe(TEXT.headline);
          expect(l.note.lines.join(" ")).toBe(TEXT.note);
        });
      }

  it("moves the text of a vertical frame off the apps' bands: the headline below the top 13 %, the credit above the bottom 18 %", () => {
    const { width, height, safe } = videoFrame("9:16");
    const l = layoutFrame(width, height, 2, TEXT, measure, { safe });
    expect(l.headline.top).toBeGreaterThanOrEqual(0.13 * height - 0.5);
    expect(l.credit!.rect.top + l.credit!.rect.height).toBeLessThanOrEqual(0.82 * height + 0.5);
    for (const g of l.globes) expect(g.left + g.width).toBeLessThanOrEqual(0.89 * width + 0.5);
    // Without the insets it would reach into them.
    const plain = layoutFrame(width, height, 2, TEXT, measure);
    expect(plain.headline.top).toBeLessThan(0.13 * height);
  });

  it("lays out a frame as before where the insets are within its own margins", () => {
    const { width, height } = videoFrame("16:9");
    const plain = layoutFrame(width, height, 2, TEXT, measure);
    expect(layoutFrame(width, height, 2, TEXT, measure, {})).toEqual(plain);
    expect(layoutFrame(width, height, 2, TEXT, measure, { safe: { top: 0, right: 0, bottom: 0, left: 0 } })).toEqual(plain);
    expect(layoutFrame(width, height, 2, TEXT, measure, { safe: { top: 10, right: 10, bottom: 10, left: 10 }, captionLines: 0 })).toEqual(plain);
  });
});

describe("layoutFrame's caption band", () => {
  for (const id of VIDEO_FORMAT_IDS)
    for (const count of [1, 2]) {
      const { width, height, safe } = videoFrame(id);
      it(`keeps two lines for captions in a ${id} frame with ${count} globe(s), below the globes and above the footer`, () => {
        const l = layoutFrame(width, height, count, TEXT, measure, { safe, captionLines: 2 });
        const band = l.caption!;
        expect(band).not.toBeNull();
        expect(band.lines).toBe(2);
        expect(band.rect.height).toBeGreaterThanOrEqual(2 * band.lineHeight);
        expect(band.lineHeight).toBeGreaterThan(band.size);
        const last = l.globes[l.globes.length - 1]!;
        expect(band.rect.top).toBeGreaterThanOrEqual(last.top + last.height);
        expect(band.rect.top + band.rect.height).toBeLessThanOrEqual(l.footBand.top);
        for (const g of l.globes) expect(overlap(band.rect, g)).toBe(false);
        for (const r of [l.footBand, l.legend.rect, l.note.rect, l.source.rect, l.credit!.rect]) expect(overlap(band.rect, r)).toBe(false);
        expect(inside(band.rect, safeRect(width, height, safe))).toBe(true);
        // Captions larger than the footer's type, and the band as wide as the safe area.
        expect(band.size).toBeGreaterThan(l.note.size);
        expect(band.rect.width).toBeCloseTo(width - safe.left - safe.right, 6);
      });
    }

  it("takes its room from the globes, and is none without caption lines", () => {
    const { width, height, safe } = videoFrame("16:9");
    const plain = layoutFrame(width, height, 2, TEXT, measure, { safe });
    const withBand = layoutFrame(width, height, 2, TEXT, measure, { safe, captionLines: 2 });
    expect(plain.caption).toBeNull();
    expect(layoutFrame(width, height, 2, TEXT, measure).caption).toBeNull();
    expect(withBand.globes[0]!.height).toBeLessThan(plain.globes[0]!.height);
    expect(withBand.footBand).toEqual(plain.footBand);
    expect(withBand.headline).toEqual(plain.headline);
    // Three lines take more room than two.
    const three = layoutFrame(width, height, 2, TEXT, measure, { safe, captionLines: 3 });
    expect(three.caption!.rect.height).toBeGreaterThan(withBand.caption!.rect.height);
  });
});
