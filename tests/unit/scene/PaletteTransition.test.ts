import { describe, expect, it } from "vitest";
import { PaletteTransition } from "../../../src/scene/PaletteTransition";

const W = 4;
/** A palette of two rows of W texels, every byte the same value. */
const flat = (v: number) => new Uint8Array(W * 2 * 4).fill(v);
const shown = (t: PaletteTransition) => Array.from(t.uniforms.uFrom.value.image.data as Uint8Array);
const target = (t: PaletteTransition) => Array.from(t.uniforms.uTo.value.image.data as Uint8Array);

/** A transition from all-100 to all-200 that has started (its first frame, which only starts the clock, is done). */
function started(): PaletteTransition {
  const t = new PaletteTransition(W);
  t.setTarget(flat(100), false);
  t.setTarget(flat(200), true);
  expect(t.advance(1 / 60, 0.6)).toBe(true);
  return t;
}

describe("PaletteTransition", () => {
  it("makes two textures of width × 2 texels and starts fully mixed", () => {
    const t = new PaletteTransition(W);
    expect(t.uniforms.uFrom.value.image.width).toBe(W);
    expect(t.uniforms.uFrom.value.image.height).toBe(2);
    expect(t.uniforms.uWidth.value).toBe(W);
    expect(t.uniforms.uMix.value).toBe(1);
    expect(t.running).toBe(false);
  });
  it("setTarget(animate = false) cuts: uMix is 1 and the target palette is in uTo", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(200), false);
    expect(t.uniforms.uMix.value).toBe(1);
    expect(t.running).toBe(false);
    expect(target(t)).toEqual(Array.from(flat(200)));
    expect(t.advance(0.1, 0.6)).toBe(false);
    expect(t.uniforms.uMix.value).toBe(1);
  });
  it("setTarget(animate = true) starts at uMix 0 from the colours shown", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(100), false);
    t.setTarget(flat(200), true);
    expect(t.uniforms.uMix.value).toBe(0);
    expect(t.running).toBe(true);
    expect(shown(t)).toEqual(Array.from(flat(100)));
    expect(target(t)).toEqual(Array.from(flat(200)));
  });
  it("the first advance after setTarget only starts the clock, however long the pause before it", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(200), true);
    expect(t.advance(30, 0.6)).toBe(true);
    expect(t.uniforms.uMix.value).toBe(0);
  });
  it("advance(dt, 0.6) reaches uMix 1 after 0.6 s in total, and returns false then", () => {
    const t = started();
    expect(t.advance(0.2, 0.6)).toBe(true);
    expect(t.advance(0.2, 0.6)).toBe(true);
    expect(t.uniforms.uMix.value).toBeGreaterThan(0.5);
    expect(t.uniforms.uMix.value).toBeLessThan(1);
    expect(t.advance(0.2, 0.6)).toBe(false);
    expect(t.uniforms.uMix.value).toBe(1);
    expect(t.running).toBe(false);
  });
  it("reaches 1 after 36 frames of 1/60 s with a 0.6 s duration, and not before", () => {
    const t = started();
    const running: boolean[] = [];
    for (let i = 0; i < 36; i++) running.push(t.advance(1 / 60, 0.6));
    expect(running.slice(0, 35).every(Boolean)).toBe(true);
    expect(running[35]).toBe(false);
    expect(t.uniforms.uMix.value).toBe(1);
  });
  it("eases: a quarter of the way through, uMix is ease(1/4) = 0.15625", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(200), true);
    t.advance(0, 1);
    t.advance(0.25, 1);
    expect(t.uniforms.uMix.value).toBeCloseTo(0.15625, 12);
  });
  it("covers at most a quarter of a second in one step", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(200), true);
    t.advance(0, 1);
    expect(t.advance(5, 1)).toBe(true);
    expect(t.uniforms.uMix.value).toBeCloseTo(0.15625, 12);
  });
  it("does not overshoot 1", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(200), true);
    t.advance(0, 0.3);
    t.advance(0.25, 0.3);
    expect(t.advance(0.25, 0.3)).toBe(false);
    expect(t.uniforms.uMix.value).toBe(1);
    expect(t.advance(0.25, 0.3)).toBe(false);
    expect(t.uniforms.uMix.value).toBe(1);
  });
  it("a switch mid-transition starts from the colours shown at that moment", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(100), false);
    t.setTarget(flat(200), true);
    t.advance(0, 1);
    t.advance(0.25, 1);
    t.advance(0.25, 1); // halfway: uMix = ease(1/2) = 1/2, so 100 + (200 − 100) / 2 = 150 is shown
    t.setTarget(flat(20), true);
    expect(shown(t)).toEqual(Array.from(flat(150)));
    expect(target(t)).toEqual(Array.from(flat(20)));
    expect(t.uniforms.uMix.value).toBe(0);
  });
  it("a switch a quarter of the way through starts from 100 + 100 × 0.15625 ≈ 116", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(100), false);
    t.setTarget(flat(200), true);
    t.advance(0, 1);
    t.advance(0.25, 1);
    t.setTarget(flat(0), true);
    expect(shown(t)).toEqual(Array.from(flat(116)));
  });
  it("a switch right after setTarget (before any frame) starts from the old colours", () => {
    const t = new PaletteTransition(W);
    t.setTarget(flat(100), false);
    t.setTarget(flat(200), true);
    t.setTarget(flat(50), true);
    expect(shown(t)).toEqual(Array.from(flat(100)));
  });
  it("mixes each byte on its own", () => {
    const t = new PaletteTransition(W);
    t.setTarget(new Uint8Array(W * 8).map((_, i) => i), false);
    t.setTarget(new Uint8Array(W * 8).map((_, i) => 255 - i), true);
    t.advance(0, 1);
    t.advance(0.25, 1);
    t.advance(0.25, 1);
    t.setTarget(flat(0), true);
    // Halfway between i and 255 − i is 127.5, rounded to 128.
    expect(shown(t)).toEqual(Array.from(flat(128)));
  });
  it("a cut during a running transition shows the new palette at once", () => {
    const t = started();
    t.advance(0.1, 0.6);
    t.setTarget(flat(50), false);
    expect(t.uniforms.uMix.value).toBe(1);
    expect(t.running).toBe(false);
    expect(target(t)).toEqual(Array.from(flat(50)));
    expect(t.advance(0.1, 0.6)).toBe(false);
  });
  it("marks both textures for upload on setTarget", () => {
    const t = new PaletteTransition(W);
    const v0 = t.uniforms.uFrom.value.version;
    const w0 = t.uniforms.uTo.value.version;
    t.setTarget(flat(9), true);
    expect(t.uniforms.uFrom.value.version).toBeGreaterThan(v0);
    expect(t.uniforms.uTo.value.version).toBeGreaterThan(w0);
  });
});
