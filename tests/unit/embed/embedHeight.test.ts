import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_GLOBE, MIN_GLOBE, SHORT_FRAME, SIDE_BY_SIDE, SMALL_FRAME, embedHeight, globeHeight, globeRatio } from "../../../src/embed/embedHeight";

const WIDTHS = Array.from({ length: 91 }, (_, i) => 200 + i * 20);

describe("globeHeight: the height the globes want at a frame's width", () => {
  it("one globe is nearly square on a phone (0.92 of the width) and 16:9 from 960 px on, its height linear in between", () => {
    expect(globeHeight(360, 1)).toBe(331); // 360 × 0.92 = 331.2
    expect(globeHeight(480, 1)).toBe(442); // 441.6
    expect(globeHeight(720, 1)).toBe(491); // halfway from 441.6 to 960 × 9/16 = 540: 490.8
    expect(globeHeight(1000, 1)).toBe(563); // 562.5
    expect(globeRatio(300)).toBeCloseTo(0.92, 10);
    expect(globeRatio(1200)).toBeCloseTo(0.5625, 10);
  });
  it("is kept between its least and greatest height", () => {
    expect(globeHeight(200, 1)).toBe(MIN_GLOBE);
    expect(globeHeight(0, 1)).toBe(MIN_GLOBE);
    expect(globeHeight(-50, 1)).toBe(MIN_GLOBE);
    expect(globeHeight(2000, 1)).toBe(MAX_GLOBE);
    expect([MIN_GLOBE, MAX_GLOBE]).toEqual([240, 620]);
  });
  it("no globe shown is sized as one", () => {
    expect(globeHeight(600, 0)).toBe(globeHeight(600, 1));
  });
  it("two globes side by side from 560 px, each as a globe half as wide", () => {
    expect(SIDE_BY_SIDE).toBe(560);
    expect(globeHeight(1000, 2)).toBe(446); // 500 px each: 441.6 + 98.4 × 20/480 = 445.7
    expect(globeHeight(560, 2)).toBe(258); // 280 × 0.92 = 257.6
  });
  it("two globes stacked below 560 px, each 0.8 of the width high, from 200 to 400 px", () => {
    expect(globeHeight(360, 2)).toBe(576);
    expect(globeHeight(200, 2)).toBe(400);
    expect(globeHeight(559, 2)).toBe(800);
  });
  it("keeps to the stage's rule for two globes: side by side lower than wide, stacked higher (styles.css)", () => {
    const css = readFileSync("src/styles.css", "utf8");
    expect(css).toContain("@container globe (aspect-ratio < 1)");
    for (const w of WIDTHS) {
      const h = globeHeight(w, 2);
      if (w >= SIDE_BY_SIDE) expect(h, `${w}`).toBeLessThan(w);
      else expect(h, `${w}`).toBeGreaterThan(w);
    }
  });
  it("a wider frame never gets a lower single globe, nor a taller ratio", () => {
    for (let i = 1; i < WIDTHS.length; i++) {
      expect(globeHeight(WIDTHS[i]!, 1)).toBeGreaterThanOrEqual(globeHeight(WIDTHS[i - 1]!, 1));
      expect(globeRatio(WIDTHS[i]!)).toBeLessThanOrEqual(globeRatio(WIDTHS[i - 1]!) + 1e-12);
    }
  });
});

describe("embedHeight: the frame height the embed asks for", () => {
  it("is what lies around the globes, rounded up, and the globes", () => {
    expect(embedHeight({ width: 360, views: 1, around: 101.3 })).toBe(102 + 331);
    expect(embedHeight({ width: 1000, views: 1, around: 122 })).toBe(122 + 563);
    expect(embedHeight({ width: 1000, views: 2, around: 130.01 })).toBe(131 + 446);
  });
  it("never folds the layout by its height alone: above 480 px in a frame wider than that, above 300 px in any", () => {
    expect(embedHeight({ width: 500, views: 1, around: 0 })).toBe(481);
    expect(embedHeight({ width: 600, views: 2, around: 10 })).toBe(481);
    expect(embedHeight({ width: 300, views: 1, around: 0 })).toBe(301);
    expect(embedHeight({ width: 480, views: 1, around: -5 })).toBe(442);
  });
  it("uses the frame sizes at which styles.css folds the embed", () => {
    const css = readFileSync("src/styles.css", "utf8");
    expect(css).toContain(`@media (max-height: ${SMALL_FRAME}px), (max-width: ${SMALL_FRAME}px)`);
    expect(css).toContain(`@media (max-height: ${SHORT_FRAME}px)`);
  });
});
