import { describe, expect, it } from "vitest";
import type { CameraAt } from "../../../src/state/viewState";
import { defaultHold, frameState, restFrame, videoTimeline, type Timeline, type TimelineInput, framesToDraw } from "../../../src/video/timeline";
import { unitVector } from "../support";

/* The video's timeline: how long each step of a briefing lasts, on the frame grid, and how it arrives. */

const text = (n: number) => "x".repeat(n);
/** The live flight's length for a turn of `angle` radians, as documented: 0.6 s plus 0.8 s a radian, at most 1.6 s. */
const flight = (angle: number) => Math.min(1.6, 0.6 + 0.8 * angle);
/** The angle between two cameras' directions, worked out here from unit vectors. */
const turnBetween = (a: CameraAt, b: CameraAt) => {
  const u = unitVector(a.lon, a.lat);
  const v = unitVector(b.lon, b.lat);
  const cross = Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]);
  return Math.atan2(cross, u[0] * v[0] + u[1] * v[1] + u[2] * v[2]);
};

const EUROPE: CameraAt = { lon: 20, lat: 50, distance: 2.8 };
const NEAR: CameraAt = { lon: 30, lat: 50, distance: 2.2 };
const FAR: CameraAt = { lon: -160, lat: -50, distance: 3 };
const STEPS: TimelineInput[] = [
  { caption: text(300), camera: EUROPE },
  { caption: "Short.", camera: NEAR },
  { caption: text(90), hold: 12, camera: FAR },
  { caption: text(150), hold: 0.5, camera: EUROPE },
];

/** Steps start where the last ended, from 0, on the frame grid, and end at the video's end. */
function expectContiguous(t: Timeline) {
  expect(t.steps[0]!.start).toBe(0);
  t.steps.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.end).toBeGreaterThan(s.start);
    if (i > 0) expect(s.start).toBe(t.steps[i - 1]!.end);
    for (const x of [s.start * t.fps, s.end * t.fps]) expect(Math.abs(x - Math.round(x))).toBeLessThan(1e-9);
  });
  expect(t.steps[t.steps.length - 1]!.end).toBeCloseTo(t.duration, 9);
  expect(t.duration).toBeCloseTo(t.frames / t.fps, 9);
}

describe("defaultHold", () => {
  it("gives a caption its reading time at 15 characters a second, plus a second", () => {
    expect(defaultHold(text(300))).toBeCloseTo(21, 6);
    expect(defaultHold(text(150))).toBeCloseTo(11, 6);
    expect(defaultHold(text(878))).toBeCloseTo(878 / 15 + 1, 1);
  });

  it("never gives less than 5 seconds, nor more than 120", () => {
    expect(defaultHold("")).toBe(5);
    expect(defaultHold("Short.")).toBe(5);
    expect(defaultHold(text(60))).toBe(5);
    expect(defaultHold(text(3000))).toBe(120);
  });

  it("does not count the spaces around the caption", () => {
    expect(defaultHold(`   ${text(150)}\n\n  `)).toBeCloseTo(11, 6);
  });
});

describe("videoTimeline", () => {
  for (const fps of [30, 25, 24]) {
    it(`at ${fps} fps, lasts each step's hold (or its move and a second) rounded to whole frames, the steps end to end`, () => {
      const t = videoTimeline(STEPS, { fps, reducedMotion: false });
      expect(t.fps).toBe(fps);
      expect(t.steps).toHaveLength(STEPS.length);
      const moves = STEPS.map((s, i) => (i === 0 ? 0 : flight(turnBetween(STEPS[i - 1]!.camera, s.camera))));
      const holds = [21, 5, 12, 0.5];
      const frames = holds.map((h, i) => Math.round(Math.max(h, moves[i]! + 1) * fps));
      expect(t.frames).toBe(frames.reduce((a, b) => a + b, 0));
      t.steps.forEach((s, i) => expect(Math.round((s.end - s.start) * fps)).toBe(frames[i]));
      expectContiguous(t);
    });
  }

  it("starts the first step at its own camera, with no move and no blend", () => {
    const s = videoTimeline(STEPS, { fps: 30, reducedMotion: false }).steps[0]!;
    expect(s).toMatchObject({ move: 0, fade: 0, from: null, to: EUROPE });
  });

  it("flies each later step from the previous step's camera, for longer the bigger the turn, and blends its colours", () => {
    const t = videoTimeline(STEPS, { fps: 30, reducedMotion: false });
    for (let i = 1; i < STEPS.length; i++) {
      const s = t.steps[i]!;
      expect(s.from).toEqual(STEPS[i - 1]!.camera);
      expect(s.to).toEqual(STEPS[i]!.camera);
      expect(s.move).toBeCloseTo(flight(turnBetween(STEPS[i - 1]!.camera, STEPS[i]!.camera)), 9);
      expect(s.fade).toBeCloseTo(0.6, 9);
    }
    // Ten degrees along a parallel at 50° N: a short flight; to the far side of the globe: the longest.
    expect(t.steps[1]!.move).toBeGreaterThan(0.6);
    expect(t.steps[1]!.move).toBeLessThan(0.8);
    expect(t.steps[2]!.move).toBeCloseTo(1.6, 9);
    for (const s of t.steps) expect(s.move).toBeLessThanOrEqual(1.6);
  });

  it("gives a step that stays where it is the shortest flight", () => {
    const t = videoTimeline([{ caption: "", camera: EUROPE }, { caption: "", camera: { ...EUROPE } }], { fps: 30, reducedMotion: false });
    expect(t.steps[1]!.move).toBeCloseTo(0.6, 9);
  });

  it("cuts with reduced motion: no move and no blend at any step, each step its hold (a second at least)", () => {
    const t = videoTimeline(STEPS, { fps: 30, reducedMotion: true });
    for (const s of t.steps) expect(s).toMatchObject({ move: 0, fade: 0, from: null });
    expect(t.steps.map((s) => Math.round((s.end - s.start) * 30))).toEqual([21 * 30, 5 * 30, 12 * 30, 1 * 30]);
    expectContiguous(t);
  });

  it("lets a briefing's hold take the place of the caption's reading time", () => {
    const t = videoTimeline([{ caption: text(900), hold: 7, camera: EUROPE }], { fps: 30, reducedMotion: false });
    expect(t.frames).toBe(210);
    expect(t.duration).toBeCloseTo(7, 9);
  });

  it("turns a single view slowly to its subject: 40° from the west in 5 seconds, then a 3-second rest", () => {
    const t = videoTimeline([{ caption: text(600), camera: NEAR }], { fps: 30, reducedMotion: false, turn: true });
    const s = t.steps[0]!;
    expect(s.move).toBe(5);
    expect(s.fade).toBe(0);
    expect(s.from!.lon).toBeCloseTo(NEAR.lon - 40, 9);
    expect(s.from!.lat).toBe(NEAR.lat);
    expect(s.from!.distance).toBe(NEAR.distance);
    expect(s.to).toEqual(NEAR);
    expect(t.frames).toBe(8 * 30);
  });

  it("shows a single view still for 5 seconds with reduced motion instead of turning", () => {
    const t = videoTimeline([{ caption: text(600), camera: NEAR }], { fps: 25, reducedMotion: true, turn: true });
    expect(t.steps[0]).toMatchObject({ move: 0, fade: 0, from: null, to: NEAR });
    expect(t.frames).toBe(5 * 25);
  });
});

describe("frameState", () => {
  const t = videoTimeline(STEPS, { fps: 30, reducedMotion: false });

  it("puts each frame in the step whose time holds it, and the last frame in the last step", () => {
    for (let n = 0; n < t.frames; n++) {
      const f = frameState(t, n);
      const s = t.steps[f.step]!;
      expect(f.time).toBeCloseTo(n / 30, 9);
      expect(n / 30 >= s.start - 1e-9 && n / 30 < s.end - 1e-9, `frame ${n} in step ${f.step}`).toBe(true);
    }
    expect(frameState(t, t.frames - 1).step).toBe(STEPS.length - 1);
    expect(frameState(t, 0).step).toBe(0);
    // A step's first frame is the step's, not the one before it.
    const first = Math.round(t.steps[2]!.start * 30);
    expect(frameState(t, first).step).toBe(2);
    expect(frameState(t, first - 1).step).toBe(1);
  });

  it("runs a step's move and blend from 0 to 1 linearly, and counts the frame settled only once both are done", () => {
    const s = t.steps[1]!;
    const first = Math.round(s.start * 30);
    const start = frameState(t, first);
    expect(start).toMatchObject({ step: 1, move: 0, fade: 0, settled: false });
    for (let k = 0; k < 60; k++) {
      const f = frameState(t, first + k);
      expect(f.move).toBeCloseTo(Math.min(1, k / 30 / s.move), 9);
      expect(f.fade).toBeCloseTo(Math.min(1, k / 30 / 0.6), 9);
      expect(f.settled).toBe(f.move >= 1 && f.fade >= 1);
    }
    // Past both (the move is the longer here): settled.
    expect(s.move).toBeGreaterThan(s.fade);
    expect(frameState(t, first + Math.ceil(s.move * 30))).toMatchObject({ move: 1, fade: 1, settled: true });
    expect(frameState(t, first + Math.floor(s.move * 30) - 1).settled).toBe(false);
  });

  it("shows the first step settled from its first frame: it has nothing to move or blend", () => {
    expect(frameState(t, 0)).toMatchObject({ step: 0, move: 1, fade: 1, settled: true });
  });
});

describe("restFrame", () => {
  for (const reducedMotion of [false, true])
    it(`gives a settled frame inside each step, after its move${reducedMotion ? " (reduced motion)" : ""}`, () => {
      const t = videoTimeline(STEPS, { fps: 30, reducedMotion });
      t.steps.forEach((s, i) => {
        const n = restFrame(t, i);
        expect(Number.isInteger(n)).toBe(true);
        expect(n / 30).toBeGreaterThanOrEqual(s.start + Math.max(s.move, s.fade) - 1e-9);
        expect(n / 30).toBeLessThan(s.end);
        expect(frameState(t, n)).toMatchObject({ step: i, settled: true });
      });
    });

  it("gives the turn of a single view a frame after the turn", () => {
    const t = videoTimeline([{ caption: "", camera: NEAR }], { fps: 24, reducedMotion: false, turn: true });
    const n = restFrame(t, 0);
    expect(n / 24).toBeGreaterThanOrEqual(5);
    expect(n).toBeLessThan(t.frames);
    expect(frameState(t, n).settled).toBe(true);
  });
});

describe("videoTimeline on a coarse frame grid", () => {
  it("ends each step on the frame nearest its end in time, so the video is as long as its holds to half a frame", () => {
    const at = { lon: 20, lat: 50, distance: 2.6 };
    const steps = [5.4, 5.4, 5.4].map((hold) => ({ caption: "x", hold, camera: at }));
    const t = videoTimeline(steps, { fps: 1, reducedMotion: true });
    // 16.2 s of holds: 16 frames at one a second (rounding each step alone would give 15).
    expect(t.frames).toBe(16);
    expect(t.steps.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [5, 11],
      [11, 16],
    ]);
  });
});

describe("framesToDraw", () => {
  it("draws every frame of a move or blend and the first at rest of each step, and repeats the rest", () => {
    const a = { lon: 20, lat: 50, distance: 2.6 };
    const b = { lon: 60, lat: 50, distance: 2.6 };
    const t = videoTimeline(
      [
        { caption: "x", hold: 3, camera: a },
        { caption: "x", hold: 4, camera: b },
      ],
      { fps: 2, reducedMotion: false },
    );
    const draw = framesToDraw(t);
    expect(draw).toHaveLength(t.frames);
    const second = t.steps[1]!;
    // Step 1 starts at rest: its first frame only.
    expect([...draw.slice(0, 6)]).toEqual([1, 0, 0, 0, 0, 0]);
    // Step 2 flies in: drawn until its move and blend are done, then once at rest.
    const settledAt = Math.ceil((second.start + Math.max(second.move, second.fade)) * 2);
    const start = second.start * 2;
    expect([...draw.slice(start, settledAt + 1)].every((d) => d === 1)).toBe(true);
    expect([...draw.slice(settledAt + 1)].every((d) => d === 0)).toBe(true);
  });

  it("with reduced motion, draws each step once", () => {
    const at = { lon: 20, lat: 50, distance: 2.6 };
    const t = videoTimeline([5, 5, 5].map((hold) => ({ caption: "x", hold, camera: at })), { fps: 10, reducedMotion: true });
    expect(framesToDraw(t).reduce((s, d) => s + d, 0)).toBe(3);
  });
});
