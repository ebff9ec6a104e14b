import { describe, expect, it } from "vitest";
import { stepRange } from "../../../src/ui/videos";

/* A clip's steps: within the briefing's, in order, whole. */

describe("stepRange", () => {
  it("keeps a range within the briefing's steps as it is", () => {
    expect(stepRange([2, 4], 5)).toEqual([2, 4]);
    expect(stepRange([1, 5], 5)).toEqual([1, 5]);
    expect(stepRange([3, 3], 5)).toEqual([3, 3]);
  });

  it("brings steps outside 1 to the count inside", () => {
    expect(stepRange([0, 9], 5)).toEqual([1, 5]);
    expect(stepRange([-3, -1], 5)).toEqual([1, 1]);
    expect(stepRange([6, 7], 5)).toEqual([5, 5]);
    expect(stepRange([2, 9], 1)).toEqual([1, 1]);
  });

  it("puts a range given backwards in order", () => {
    expect(stepRange([4, 2], 5)).toEqual([2, 4]);
    expect(stepRange([9, 0], 5)).toEqual([1, 5]);
  });

  it("drops the fraction of a step", () => {
    expect(stepRange([2.7, 3.9], 5)).toEqual([2, 3]);
    expect(stepRange([1.2, 4.99], 5)).toEqual([1, 4]);
  });

  it("takes a step that is not a finite number as the first", () => {
    expect(stepRange([Number.NaN, 3], 5)).toEqual([1, 3]);
    expect(stepRange([2, Number.POSITIVE_INFINITY], 5)).toEqual([1, 2]);
    expect(stepRange([Number.NEGATIVE_INFINITY, Number.NaN], 5)).toEqual([1, 1]);
  });
});
