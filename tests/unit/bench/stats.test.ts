import { describe, expect, it } from "vitest";
import { formatRatio, framesCovering, intervals, meets, median, percentile, ratio, textTable } from "../../bench/stats";

describe("bench statistics", () => {
  it("median and percentiles ignore missing values and interpolate between ranks", () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([7], 95)).toBe(7);
  });

  it("ratios and targets", () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(0, 0)).toBe(1);
    expect(formatRatio(0.254)).toBe("0.25x");
    expect(formatRatio(0.00123)).toBe("0.0012x");
    expect(meets({ kind: "ratio", max: 0.25 }, 1, 0.25)).toBe(true);
    expect(meets({ kind: "absolute", max: 3, strict: true }, 3, null)).toBe(false);
    expect(meets({ kind: "check" }, true, null)).toBe(true);
    expect(meets({ kind: "ratio", max: 1 }, 1, null)).toBeNull();
  });

  it("frame intervals and the text table", () => {
    expect(intervals([0, 16, 33, 50])).toEqual([16, 17, 17]);
    expect(framesCovering([0, 16, 33, 50, 66], 20, 40)).toEqual([16, 33, 50]);
    expect(framesCovering([0, 7000, 14000], 8000, 10000)).toEqual([7000, 14000]);
    expect(framesCovering([0, 16], 20, 40)).toEqual([16]);
    const t = textTable(["metric", "ours"], [["a", "1.5"], ["longer", "12.25"]]).split("\n");
    expect(t[0]).toBe("metric | ours");
    expect(t[2]).toBe("a      |   1.5");
    expect(t[3]).toBe("longer | 12.25");
  });
});
