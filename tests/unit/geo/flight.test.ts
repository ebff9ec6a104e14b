import { describe, expect, it } from "vitest";
import { flightDuration, flightPath, flightPosition } from "../../../src/geo/flight";
import type { Vec3 } from "../../../src/geo/units";
import { unitVector } from "../support";

const scale = (v: readonly number[], s: number): Vec3 => [v[0]! * s, v[1]! * s, v[2]! * s];
const len = (v: readonly number[]) => Math.hypot(v[0]!, v[1]!, v[2]!);
const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
const cross = (a: readonly number[], b: readonly number[]): Vec3 => [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
/** Angle between two vectors (atan2 of |a × b| and a · b: accurate near 0 and π, unlike acos). */
const angle = (a: readonly number[], b: readonly number[]) => Math.atan2(len(cross(a, b)), dot(a, b));
const at = (from: Vec3, to: Vec3, t: number) => flightPosition(from, to, t, [0, 0, 0]);
const closeTo = (actual: readonly number[], expected: readonly number[], eps = 1e-9) =>
  expected.forEach((v, i) => expect(Math.abs(actual[i]! - v), `component ${i}: ${actual[i]} vs ${v}`).toBeLessThan(eps));

/** Flights that a globe camera makes: across Europe, zooming in and out, half way round, over a pole. */
const FLIGHTS: [string, Vec3, Vec3][] = [
  ["Europe, same distance", scale(unitVector(22, 50), 2.7), scale(unitVector(32, 54), 2.7)],
  ["zooming in while turning", scale(unitVector(-73, 40), 5.5), scale(unitVector(30, 50), 1.4)],
  ["zooming out while turning", scale(unitVector(100, -30), 1.35), scale(unitVector(-20, 10), 6)],
  ["over the north pole", scale(unitVector(0, 80), 3), scale(unitVector(180, 80), 2)],
  ["a long way round", scale(unitVector(-170, -10), 2.2), scale(unitVector(10, 15), 4)],
];
const TS = Array.from({ length: 21 }, (_, i) => i / 20);

describe("flightPosition", () => {
  for (const [what, from, to] of FLIGHTS) {
    describe(what, () => {
      it("starts at `from` and ends at `to`", () => {
        closeTo(at(from, to, 0), from);
        closeTo(at(from, to, 1), to);
      });
      it("changes its distance from the centre linearly", () => {
        for (const t of TS) expect(len(at(from, to, t))).toBeCloseTo(len(from) + (len(to) - len(from)) * t, 9);
      });
      it("stays on the great circle between the endpoints: in their plane through the centre, and between them", () => {
        const normal = cross(from, to);
        const n = len(normal);
        const total = angle(from, to);
        for (const t of TS) {
          const p = at(from, to, t);
          expect(Math.abs(dot(normal, p)) / (n * len(p)), `t = ${t}`).toBeLessThan(1e-9);
          // On the shorter arc from `from` to `to`, not on the rest of the circle.
          expect(angle(from, p) + angle(p, to)).toBeCloseTo(total, 9);
        }
      });
      it("turns at a steady rate (spherical interpolation)", () => {
        const total = angle(from, to);
        for (const t of TS) expect(angle(from, at(from, to, t))).toBeCloseTo(total * t, 9);
      });
      it("never comes closer to the centre than the nearer endpoint", () => {
        const nearest = Math.min(len(from), len(to));
        for (let i = 0; i <= 200; i++) expect(len(at(from, to, i / 200))).toBeGreaterThanOrEqual(nearest - 1e-9);
      });
    });
  }

  it("writes into `out` and returns it", () => {
    const out: Vec3 = [9, 9, 9];
    const [, from, to] = FLIGHTS[0]!;
    expect(flightPosition(from, to, 0.5, out)).toBe(out);
    expect(len(out)).toBeCloseTo(2.7, 9);
  });

  it("stays still when the endpoints are the same", () => {
    const p = scale(unitVector(22, 50), 2.7);
    for (const t of TS) closeTo(at(p, p, t), p);
  });

  it("moves straight in or out when only the distance changes", () => {
    const dir = unitVector(30, 50);
    const from = scale(dir, 2);
    const to = scale(dir, 5);
    for (const t of TS) closeTo(at(from, to, t), scale(dir, 2 + 3 * t));
  });

  it("still gives a finite path, at the right distance, between opposite points", () => {
    for (const [from, to] of [
      [scale(unitVector(0, 0), 2), scale(unitVector(180, 0), 3)],
      [scale(unitVector(30, 50), 2.5), scale(unitVector(-150, -50), 2.5)],
    ] as [Vec3, Vec3][]) {
      closeTo(at(from, to, 0), from);
      closeTo(at(from, to, 1), to);
      for (const t of TS) {
        const p = at(from, to, t);
        expect(p.every(Number.isFinite), `t = ${t}`).toBe(true);
        expect(len(p)).toBeCloseTo(len(from) + (len(to) - len(from)) * t, 9);
      }
    }
  });

  it("moves continuously between nearly opposite points", () => {
    const from = scale(unitVector(30, 50), 2.5);
    const to = scale(unitVector(-150, -49.9), 2.5); // 0.1° short of opposite
    let previous = at(from, to, 0);
    for (let i = 1; i <= 400; i++) {
      const p = at(from, to, i / 400);
      // Half a turn at radius 2.5 in 400 steps: about 0.02 per step.
      expect(len([p[0] - previous[0], p[1] - previous[1], p[2] - previous[2]]), `t = ${i / 400}`).toBeLessThan(0.03);
      previous = p;
    }
  });

  // Between exactly opposite points every great circle is as short; the flight must still turn steadily.
  it("moves continuously between exactly opposite points", () => {
    for (const [from, to] of [
      [scale(unitVector(0, 0), 2), scale(unitVector(180, 0), 2)],
      [scale(unitVector(30, 50), 2.5), scale(unitVector(-150, -50), 2.5)],
    ] as [Vec3, Vec3][]) {
      let previous = at(from, to, 0);
      for (let i = 1; i <= 400; i++) {
        const p = at(from, to, i / 400);
        expect(len([p[0] - previous[0], p[1] - previous[1], p[2] - previous[2]]), `t = ${i / 400}`).toBeLessThan(0.03);
        previous = p;
      }
    }
  });

  it("handles a flight from or to the centre without NaN", () => {
    const p = at([0, 0, 0], [0, 0, 2], 0.5);
    expect(p.every(Number.isFinite)).toBe(true);
  });
});

describe("flightPath: a flight set up once, evaluated each frame", () => {
  // From lon 0 at distance 2 (on +z) to lon 90 at distance 3 (on +x), along the equator.
  const from: Vec3 = [0, 0, 2];
  const to: Vec3 = [3, 0, 0];

  it("gives the position at each progress: half way, 45° round at distance 2.5", () => {
    const path = flightPath(from, to);
    const out: Vec3 = [0, 0, 0];
    closeTo(path(0, out), [0, 0, 2]);
    closeTo(path(0.5, out), [2.5 * Math.SQRT1_2, 0, 2.5 * Math.SQRT1_2]);
    closeTo(path(1, out), [3, 0, 0]);
    // A third of the way: 30° round, at distance 2 + 1/3.
    const r = 2 + 1 / 3;
    closeTo(path(1 / 3, out), [r * 0.5, 0, (r * Math.sqrt(3)) / 2]);
  });
  it("writes into `out` and returns it, whatever `out` held before, as often as it is called", () => {
    const path = flightPath(from, to);
    const out: Vec3 = [Number.NaN, 99, -7];
    expect(path(0.5, out)).toBe(out);
    closeTo(out, [2.5 * Math.SQRT1_2, 0, 2.5 * Math.SQRT1_2]);
    path(0.5, out);
    closeTo(out, [2.5 * Math.SQRT1_2, 0, 2.5 * Math.SQRT1_2]);
  });
  it("gives the same positions as flightPosition", () => {
    const [, a, b] = FLIGHTS[1]!;
    const path = flightPath(a, b);
    for (const t of TS) closeTo(path(t, [0, 0, 0]), at(a, b, t), 1e-12);
  });
  it("says how far the direction turns, in radians: a quarter turn, none, half a turn", () => {
    expect(flightPath(from, to).angle).toBeCloseTo(Math.PI / 2, 12);
    expect(flightPath(from, [0, 0, 5]).angle).toBe(0);
    expect(flightPath([0, 0, 2], [0, 0, -2]).angle).toBeCloseTo(Math.PI, 12);
    expect(flightPath(scale(unitVector(30, 50), 2), scale(unitVector(-150, -50), 3)).angle).toBeCloseTo(Math.PI, 9);
  });
  it("follows the great circle between points only just farther from opposite than the special case (1.5e-4 rad short)", () => {
    const short = 1.5e-4;
    const a: Vec3 = [0, 0, 2];
    const b: Vec3 = [2 * Math.sin(Math.PI - short), 0, 2 * Math.cos(Math.PI - short)];
    const path = flightPath(a, b);
    expect(path.angle).toBeCloseTo(Math.PI - short, 12);
    closeTo(path(0, [0, 0, 0]), a);
    closeTo(path(1, [0, 0, 0]), b);
    let previous = path(0, [0, 0, 0]);
    for (let i = 1; i <= 400; i++) {
      const p = path(i / 400, [0, 0, 0]);
      // Along the equator (y = 0), at distance 2, turning (π − short) / 400 per step.
      expect(Math.abs(p[1]), `t = ${i / 400}`).toBeLessThan(1e-9);
      expect(len(p)).toBeCloseTo(2, 9);
      expect(angle(previous, p)).toBeCloseTo((Math.PI - short) / 400, 9);
      previous = p;
    }
  });
});

describe("flightDuration", () => {
  it("is 0.6 s for no turn at all", () => expect(flightDuration(0)).toBeCloseTo(0.6, 12));
  it("grows with the angle, then stays at 1.6 s", () => {
    const angles = Array.from({ length: 181 }, (_, i) => (i * Math.PI) / 180);
    const d = angles.map(flightDuration);
    for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThanOrEqual(d[i - 1]!);
    expect(flightDuration(0.5)).toBeGreaterThan(flightDuration(0.1));
    expect(flightDuration(Math.PI)).toBeCloseTo(1.6, 12);
  });
  it("stays within 0.6–1.6 s for every angle a flight can take", () => {
    for (let i = 0; i <= 360; i++) {
      const d = flightDuration((i * Math.PI) / 360);
      expect(d).toBeGreaterThanOrEqual(0.6 - 1e-12);
      expect(d).toBeLessThanOrEqual(1.6 + 1e-12);
    }
  });
});
