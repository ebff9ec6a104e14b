import { describe, expect, it } from "vitest";
import type { CaptionBand, Measure } from "../../../src/ui/exportLayout";
import { captionLines } from "../../../src/video/drawCaption";

/* A burned-in caption's lines in its band: wrapped to the band, the type smaller before anything is cut. */
const measure: Measure = (text, size) => text.length * size * 0.5;

// 800 pixels wide less a type size's margin: 760 pixels, 38 characters a line at 40 px.
const BAND: CaptionBand = { rect: { left: 100, top: 500, width: 800, height: 124 }, lines: 2, size: 40, lineHeight: 52 };
const fits = (lines: string[], size: number, band = BAND) => lines.every((l) => measure(l, size, 400) <= band.rect.width - band.size + 1e-9);

describe("captionLines", () => {
  it("keeps a short cue on one line at the band's type size", () => {
    expect(captionLines(measure, BAND, "Talks in Brussels.")).toEqual({ lines: ["Talks in Brussels."], size: 40, lineHeight: 52 });
  });

  it("wraps a cue into the band's lines, each within its width less a type size", () => {
    const text = "Russian and U.S. officials were to hold talks on missile defence"; // 64 characters: two lines at 40 px
    const c = captionLines(measure, BAND, text);
    expect(c.size).toBe(40);
    expect(c.lines).toHaveLength(2);
    expect(c.lines.join(" ")).toBe(text);
    expect(fits(c.lines, c.size)).toBe(true);
  });

  it("makes the type smaller, and the lines closer, for a cue that would take three lines", () => {
    // Sixteen four-letter words, 79 characters: seven words a line at 40 px (three lines), eight at 36 px (two).
    const text = Array.from({ length: 16 }, () => "abcd").join(" ");
    const c = captionLines(measure, BAND, text);
    expect(c.size).toBeLessThan(40);
    expect(c.size).toBeCloseTo(36, 9);
    expect(c.lineHeight).toBeCloseTo(52 * 0.9, 9);
    expect(c.lines).toHaveLength(2);
    expect(c.lines.join(" ")).toBe(text);
    expect(fits(c.lines, c.size)).toBe(true);
  });

  it("cuts a cue too long for the band at its smallest type, keeping its first lines", () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const c = captionLines(measure, BAND, text);
    expect(c.size).toBeCloseTo(28, 9);
    expect(c.lines).toHaveLength(2);
    expect(text.startsWith(c.lines.join(" "))).toBe(true);
    expect(c.lines.join(" ").length).toBeLessThan(text.length);
    expect(fits(c.lines, c.size)).toBe(true);
  });

  it("never gives more lines than the band holds, nor a line wider than it, for cues of any length", () => {
    const words = "missile defence in Europe was to be discussed by Russian and U.S. officials in Brussels".split(" ");
    for (const band of [BAND, { ...BAND, lines: 1 }, { ...BAND, lines: 3 }, { rect: { left: 0, top: 0, width: 1620, height: 90 }, lines: 2, size: 31.5, lineHeight: 42 }])
      for (let n = 1; n <= 60; n++) {
        const text = Array.from({ length: n }, (_, i) => words[i % words.length]).join(" ");
        const c = captionLines(measure, band, text);
        expect(c.lines.length).toBeGreaterThanOrEqual(1);
        expect(c.lines.length).toBeLessThanOrEqual(band.lines);
        expect(c.size).toBeLessThanOrEqual(band.size);
        expect(c.size).toBeGreaterThanOrEqual(band.size * 0.7 - 1e-9);
        expect(fits(c.lines, c.size, band)).toBe(true);
      }
  });
});
