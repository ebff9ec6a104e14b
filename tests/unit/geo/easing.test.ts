import { describe, expect, it } from "vitest";
import { clamp, smoothstep } from "../../../src/geo/easing";

describe("clamp", () => {
  it("keeps a value inside the range", () => {
    expect(clamp(0.25, 0, 1)).toBe(0.25);
    expect(clamp(-3, -5, 5)).toBe(-3);
  });
  it("gives the nearer end for a value outside it", () => {
    expect(clamp(1.5, 0, 1)).toBe(1);
    expect(clamp(-0.2, 0, 1)).toBe(0);
    expect(clamp(120, -90, 90)).toBe(90);
    expect(clamp(-1.0000001, -1, 1)).toBe(-1);
  });
  it("gives the ends themselves at the ends, and works on a range of one value", () => {
    expect(clamp(0, 0, 1)).toBe(0);
    expect(clamp(1, 0, 1)).toBe(1);
    expect(clamp(7, 2, 2)).toBe(2);
  });
  it("leaves NaN as NaN (as Math.max(lo, Math.min(hi, x)) does)", () => expect(clamp(Number.NaN, 0, 1)).toBeNaN());
});

describe("smoothstep", () => {
  it("runs from 0 to 1 through ½ at the middle", () => {
    expect(smoothstep(0)).toBe(0);
    expect(smoothstep(0.5)).toBe(0.5);
    expect(smoothstep(1)).toBe(1);
  });
  it("is 3t² − 2t³: 0.104 at 0.2, 0.896 at 0.8, 0.15625 at 0.25", () => {
    expect(smoothstep(0.2)).toBeCloseTo(0.104, 12);
    expect(smoothstep(0.8)).toBeCloseTo(0.896, 12);
    expect(smoothstep(0.25)).toBeCloseTo(0.15625, 12);
  });
  it("starts and ends slowly: the first and last hundredth move it by about 0.0003 each", () => {
    expect(smoothstep(0.01)).toBeCloseTo(0.000298, 6);
    expect(1 - smoothstep(0.99)).toBeCloseTo(0.000298, 6);
  });
  it("rises steadily in between", () => {
    for (let i = 1; i <= 100; i++) expect(smoothstep(i / 100)).toBeGreaterThan(smoothstep((i - 1) / 100));
  });
  it("stays at 0 before the start and at 1 after the end", () => {
    expect(smoothstep(-0.5)).toBe(0);
    expect(smoothstep(1.5)).toBe(1);
  });
});
