import { describe, expect, it } from "vitest";
import { Pace } from "../../../src/video/pace";

/** A clock the test moves: each frame takes what the test says. */
function clock() {
  let t = 0;
  return { now: () => t, spend: (ms: number) => void (t += ms) };
}

describe("Pace", () => {
  it("says nothing before two frames have been drawn", () => {
    const c = clock();
    const pace = new Pace(Uint8Array.from([1, 0, 0, 1, 0]), c.now);
    c.spend(900);
    pace.done(0);
    expect(pace.left(0)).toBeNull();
  });

  it("counts the frames still to draw at the drawn frames' pace, and the repeated ones at theirs", () => {
    const c = clock();
    // Frames 0 and 3 and 6 drawn (1 s each), the others repeated (50 ms each).
    const toDraw = Uint8Array.from([1, 0, 0, 1, 0, 0, 1, 0, 0, 0]);
    const pace = new Pace(toDraw, c.now);
    for (let n = 0; n <= 3; n++) {
      c.spend(toDraw[n] ? 1000 : 50);
      pace.done(n);
    }
    // Left after frame 3: frame 6 drawn (1 s), frames 4, 5, 7, 8, 9 repeated (5 × 50 ms).
    expect(pace.left(3)).toBeCloseTo(1.25, 6);
  });

  it("without a repeated frame yet, counts every frame left at the drawn frames' pace", () => {
    const c = clock();
    const pace = new Pace(Uint8Array.from([1, 1, 0, 0]), c.now);
    c.spend(400);
    pace.done(0);
    c.spend(600);
    pace.done(1);
    expect(pace.left(1)).toBeCloseTo(1.0, 6);
  });

  it("has nothing left after the last frame", () => {
    const c = clock();
    const pace = new Pace(Uint8Array.from([1, 1]), c.now);
    c.spend(10);
    pace.done(0);
    c.spend(10);
    pace.done(1);
    expect(pace.left(1)).toBe(0);
  });
});
