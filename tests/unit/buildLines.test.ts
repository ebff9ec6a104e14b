import { describe, expect, it } from "vitest";
import { buildLines } from "../../src/geo/buildLines";
import { radii, type LonLat } from "../../src/geo/units";

const point = (a: Float32Array, i: number): [number, number, number] => [a[i * 3]!, a[i * 3 + 1]!, a[i * 3 + 2]!];
const chord = (p: readonly number[], q: readonly number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
const segmentLengths = (a: Float32Array) => {
  const out: number[] = [];
  for (let s = 0; s < a.length / 6; s++) out.push(chord(point(a, s * 2), point(a, s * 2 + 1)));
  return out;
};

describe("buildLines", () => {
  it("draws a 10° path with maxStep 1 as 10 segments (60 floats)", () => {
    expect(buildLines([[[0, 0], [10, 0]]], radii(1), 1)).toHaveLength(60);
  });
  it("adds up the segments of several paths and draws nothing for a single point", () => {
    const out = buildLines([[[0, 0], [10, 0]], [[0, 0], [0, 3], [2, 3]], [[5, 5]], []], radii(1), 1);
    expect(out.length / 6).toBe(10 + 3 + 2);
  });
  it("puts every point on the sphere of the given radius", () => {
    const paths: LonLat[][] = [[[-20, 30], [40, 70], [100, -10]], [[170, -40], [-170, -45]]];
    for (const r of [1, 1.0015]) {
      const out = buildLines(paths, radii(r), 2);
      for (let i = 0; i < out.length / 3; i++) expect(Math.hypot(...point(out, i))).toBeCloseTo(r, 5);
    }
  });
  it("writes two points per segment, each segment starting where the previous one ended", () => {
    const out = buildLines([[[0, 0], [5, 5], [10, 0]]], radii(1), 1);
    for (let s = 1; s < out.length / 6; s++) {
      const end = point(out, s * 2 - 1);
      const start = point(out, s * 2);
      for (let k = 0; k < 3; k++) expect(start[k]).toBeCloseTo(end[k]!, 6);
    }
  });
  it("starts at the first point of the path and ends at its last", () => {
    const out = buildLines([[[0, 0], [90, 0]]], radii(2), 10);
    const first = point(out, 0);
    const last = point(out, out.length / 3 - 1);
    [0, 0, 2].forEach((v, k) => expect(first[k]).toBeCloseTo(v, 5));
    [2, 0, 0].forEach((v, k) => expect(last[k]).toBeCloseTo(v, 5));
  });
  it("keeps every segment within maxStep degrees of arc", () => {
    const out = buildLines([[[-20, 30], [40, 70], [100, -10]]], radii(1), 1.5);
    const maxChord = 2 * Math.sin(((1.5 * Math.PI) / 180) / 2);
    for (const d of segmentLengths(out)) expect(d).toBeLessThanOrEqual(maxChord + 1e-6);
  });
  it("a path crossing the antimeridian eastward has no segment spanning the globe", () => {
    const out = buildLines([[[170, 0], [179, 1], [-179, 2], [-170, 3]]], radii(1), 1);
    expect(out.length / 6).toBeGreaterThanOrEqual(20);
    expect(out.length / 6).toBeLessThanOrEqual(25);
    for (const d of segmentLengths(out)) expect(d).toBeLessThan(0.05);
  });
  it("a path crossing the antimeridian westward has no segment spanning the globe", () => {
    const out = buildLines([[[-175, 60], [178, 61], [165, 62]]], radii(1), 1);
    for (const d of segmentLengths(out)) expect(d).toBeLessThan(0.05);
  });
  it("returns an empty array for no paths", () => expect(buildLines([], radii(1), 1)).toHaveLength(0));
});
