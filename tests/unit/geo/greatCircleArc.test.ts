import { describe, expect, it } from "vitest";
import { greatCircleArc } from "../../../src/geo/greatCircleArc";
import { radii, type LonLat } from "../../../src/geo/units";
import { unitVector } from "../support";

const point = (a: Float32Array, i: number): [number, number, number] => [a[i * 3]!, a[i * 3 + 1]!, a[i * 3 + 2]!];
const dot = (p: readonly number[], q: readonly number[]) => p[0]! * q[0]! + p[1]! * q[1]! + p[2]! * q[2]!;
const cross = (p: readonly number[], q: readonly number[]): [number, number, number] => [
  p[1]! * q[2]! - p[2]! * q[1]!,
  p[2]! * q[0]! - p[0]! * q[2]!,
  p[0]! * q[1]! - p[1]! * q[0]!,
];
const len = (p: readonly number[]) => Math.hypot(p[0]!, p[1]!, p[2]!);
const angle = (p: readonly number[], q: readonly number[]) => Math.acos(Math.max(-1, Math.min(1, dot(p, q) / (len(p) * len(q)))));

describe("greatCircleArc", () => {
  it("returns segments + 1 points", () => expect(greatCircleArc([0, 0], [90, 0], radii(1), 0.1, 8)).toHaveLength(27));
  it("from (0, 0) to (90, 0) starts on +z and ends on +x, at the radius", () => {
    const out = greatCircleArc([0, 0], [90, 0], radii(1.5), 0.2, 8);
    [0, 0, 1.5].forEach((v, k) => expect(point(out, 0)[k]).toBeCloseTo(v, 6));
    [1.5, 0, 0].forEach((v, k) => expect(point(out, 8)[k]).toBeCloseTo(v, 6));
  });
  it("raises the midpoint by lift, halfway along the arc", () => {
    const out = greatCircleArc([0, 0], [90, 0], radii(1), 0.1, 8);
    const mid = point(out, 4);
    expect(len(mid)).toBeCloseTo(1.1, 6);
    [1.1 * Math.SQRT1_2, 0, 1.1 * Math.SQRT1_2].forEach((v, k) => expect(mid[k]).toBeCloseTo(v, 6));
  });
  it("lifts each point by lift × sin(πt)", () => {
    const n = 10;
    const out = greatCircleArc([-30, 40], [50, 60], radii(1), 0.25, n);
    for (let i = 0; i <= n; i++) expect(len(point(out, i))).toBeCloseTo(1 + 0.25 * Math.sin((Math.PI * i) / n), 6);
  });
  it("keeps every point on the great-circle plane (dot with the normal a × b ≈ 0)", () => {
    const pairs: [LonLat, LonLat][] = [
      [[10, 50], [120, -20]],
      [[-74, 40.7], [37.6, 55.75]],
      [[170, -10], [-170, 10]],
    ];
    for (const [a, b] of pairs) {
      const normal = cross(unitVector(a[0], a[1]), unitVector(b[0], b[1]));
      const nl = len(normal);
      const out = greatCircleArc(a, b, radii(1), 0.3, 16);
      for (let i = 0; i <= 16; i++) expect(dot(point(out, i), normal) / nl).toBeCloseTo(0, 5);
    }
  });
  it("spaces the points evenly in angle along the shorter arc", () => {
    const a: LonLat = [-74, 40.7];
    const b: LonLat = [37.6, 55.75];
    const pa = unitVector(a[0], a[1]);
    const omega = angle(pa, unitVector(b[0], b[1]));
    const out = greatCircleArc(a, b, radii(1), 0.05, 12);
    for (let i = 0; i <= 12; i++) expect(angle(pa, point(out, i))).toBeCloseTo((omega * i) / 12, 5);
  });
  it("crosses the antimeridian the short way (every point near lon 180, not through lon 0)", () => {
    const out = greatCircleArc([170, 0], [-170, 0], radii(1), 0, 8);
    for (let i = 0; i <= 8; i++) expect(point(out, i)[2]).toBeLessThan(-0.9);
  });
  it("stays at one point (lifted) when both ends are the same, without NaN", () => {
    const out = greatCircleArc([20, 30], [20, 30], radii(1), 0.1, 4);
    const u = unitVector(20, 30);
    for (let i = 0; i <= 4; i++) {
      const p = point(out, i);
      expect(p.every(Number.isFinite)).toBe(true);
      expect(angle(p, u)).toBeCloseTo(0, 5);
    }
  });
});
