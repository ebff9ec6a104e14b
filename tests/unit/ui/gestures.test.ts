import { describe, expect, it } from "vitest";
import { gestureMeaning, type Gesture } from "../../../src/ui/gestures";

const direct = { cooperative: false };
const cooperative = { cooperative: true };
const finger = (touches: number): Gesture => ({ kind: "drag", pointerType: "touch", touches });
const wheel = (ctrlKey = false, metaKey = false): Gesture => ({ kind: "wheel", ctrlKey, metaKey });

describe("gestureMeaning", () => {
  it("in the full app, the globe takes every gesture and no hint shows", () => {
    expect(gestureMeaning(finger(1), direct)).toEqual({ action: "turn", hint: null });
    expect(gestureMeaning(finger(2), direct)).toEqual({ action: "turn", hint: null });
    expect(gestureMeaning({ kind: "drag", pointerType: "mouse" }, direct)).toEqual({ action: "turn", hint: null });
    expect(gestureMeaning(wheel(), direct)).toEqual({ action: "zoom", hint: null });
    expect(gestureMeaning(wheel(true), direct)).toEqual({ action: "zoom", hint: null });
  });

  it("in an embed, one finger scrolls the page with the two-finger hint, and two or more fingers turn the globe", () => {
    expect(gestureMeaning(finger(1), cooperative)).toEqual({ action: "page", hint: "touch" });
    expect(gestureMeaning({ kind: "drag", pointerType: "touch" }, cooperative)).toEqual({ action: "page", hint: "touch" });
    expect(gestureMeaning(finger(2), cooperative)).toEqual({ action: "turn", hint: null });
    expect(gestureMeaning(finger(3), cooperative)).toEqual({ action: "turn", hint: null });
  });

  it("in an embed, a mouse or pen drag still turns the globe", () => {
    expect(gestureMeaning({ kind: "drag", pointerType: "mouse" }, cooperative)).toEqual({ action: "turn", hint: null });
    expect(gestureMeaning({ kind: "drag", pointerType: "pen" }, cooperative)).toEqual({ action: "turn", hint: null });
  });

  it("in an embed, a plain wheel scrolls the page with the Ctrl hint, and Ctrl or ⌘ with the wheel (or a trackpad pinch) zooms", () => {
    expect(gestureMeaning(wheel(), cooperative)).toEqual({ action: "page", hint: "wheel" });
    expect(gestureMeaning(wheel(true), cooperative)).toEqual({ action: "zoom", hint: null });
    expect(gestureMeaning(wheel(false, true), cooperative)).toEqual({ action: "zoom", hint: null });
  });

  it("a globe that does not zoom leaves the wheel to the page, with no hint to zoom it", () => {
    expect(gestureMeaning(wheel(), { cooperative: true, zoomable: false })).toEqual({ action: "page", hint: null });
    expect(gestureMeaning(wheel(true), { cooperative: true, zoomable: false })).toEqual({ action: "page", hint: null });
    expect(gestureMeaning(wheel(), { cooperative: false, zoomable: false })).toEqual({ action: "page", hint: null });
    expect(gestureMeaning(finger(1), { cooperative: true, zoomable: false })).toEqual({ action: "page", hint: "touch" });
  });
});
