// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { followSteps } from "../../../src/story/followSteps";

/** Eight blocks 300 px tall and 400 px apart, laid out as if the page were scrolled by `scroll` pixels. */
let scroll = 0;
function blocks(): HTMLElement[] {
  return Array.from({ length: 8 }, (_, i) => {
    const block = document.createElement("li");
    block.dataset.step = String(i + 1);
    const top = () => 600 + i * 400 - scroll;
    block.getBoundingClientRect = () => ({ top: top(), bottom: top() + 300, left: 0, right: 100, x: 0, y: top(), width: 100, height: 300, toJSON: () => ({}) });
    return block;
  });
}

/** Runs the animation frames the page has asked for. */
let frames: FrameRequestCallback[] = [];
const runFrames = () => {
  const now = frames;
  frames = [];
  for (const f of now) f(0);
};

beforeEach(() => {
  scroll = 0;
  frames = [];
  // No IntersectionObserver entry ever comes: a jump that skips over the middle must be caught by the scroll itself.
  vi.stubGlobal("IntersectionObserver", class { observe() {} disconnect() {} });
  vi.stubGlobal("ResizeObserver", class { observe() {} disconnect() {} });
  vi.stubGlobal("requestAnimationFrame", (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal("cancelAnimationFrame", () => {});
  vi.stubGlobal("innerHeight", 800);
});
afterEach(() => vi.unstubAllGlobals());

describe("followSteps: the step at the middle of the screen, after any scroll", () => {
  it("reports the first step at the start, then the step a jump lands on, once per change", () => {
    const seen: number[] = [];
    const stop = followSteps(blocks(), (n) => seen.push(n));
    expect(seen).toEqual([1]);
    // A jump far down (End, a link to a step, a fling): one scroll event, no observer entry.
    scroll = 600 + 6 * 400 - 100;
    window.dispatchEvent(new Event("scroll"));
    window.dispatchEvent(new Event("scroll"));
    expect(seen).toEqual([1]);
    runFrames();
    expect(seen).toEqual([1, 7]);
    // Measured once per frame however many events came, and not reported again when it has not changed.
    window.dispatchEvent(new Event("scrollend"));
    runFrames();
    expect(seen).toEqual([1, 7]);
    expect(frames).toEqual([]);
    // Back to the top (Home).
    scroll = 0;
    window.dispatchEvent(new Event("scroll"));
    runFrames();
    expect(seen).toEqual([1, 7, 1]);
    stop();
    scroll = 2000;
    window.dispatchEvent(new Event("scroll"));
    runFrames();
    expect(seen).toEqual([1, 7, 1]);
  });

  it("reads the steps in the part of the screen below a globe pinned over the top", () => {
    const seen: number[] = [];
    // The reading line is at 500 + 300 / 2 = 650: step 2's block (1000 - 400 = 600 to 900) crosses it.
    scroll = 400;
    followSteps(blocks(), (n) => seen.push(n), () => 500);
    expect(seen).toEqual([2]);
    // With nothing covering the top, the line is at 400, which step 1's block (200 to 500) crosses.
    const beside: number[] = [];
    followSteps(blocks(), (n) => beside.push(n));
    expect(beside).toEqual([1]);
  });

  it("measures again when the window is resized", () => {
    const seen: number[] = [];
    scroll = 400;
    followSteps(blocks(), (n) => seen.push(n));
    expect(seen).toEqual([1]);
    vi.stubGlobal("innerHeight", 1400);
    window.dispatchEvent(new Event("resize"));
    runFrames();
    expect(seen).toEqual([1, 2]);
  });
});
