import { describe, expect, it } from "vitest";
import { distanceToFit, windowSubject } from "../../../src/screen/framing";
import { restingAt } from "../../../src/scene/cameraFit";

describe("cameraFit: what a resting camera says about the view", () => {
  it("keeps the target as it was given when nobody moved the camera, whatever the frame and its overlays", () => {
    const target = { lon: 22, lat: 50, distance: 4 };
    expect(restingAt({ lon: 22, lat: 50, distance: 6 }, target, false, 120, 844)).toBe(target);
  });
  it("reports where the reader left the camera, its distance given for a square frame", () => {
    // The square frame the cameras are written for, filled: the distance is the one measured.
    expect(restingAt({ lon: 10, lat: 40, distance: 3 }, { lon: 22, lat: 50, distance: 2.7 }, true, 400, 800)).toEqual({ lon: 10, lat: 40, distance: 3 });
    // A free circle half as wide: the camera stood farther back to show the same cap, which the link gives back.
    const cap = windowSubject({ lon: 0, lat: 0, distance: 2.4 }).radius;
    const back = distanceToFit(cap, 200, 800);
    expect(back).toBeGreaterThan(3.5);
    expect(restingAt({ lon: 10, lat: 40, distance: back }, { lon: 22, lat: 50, distance: 2.7 }, true, 200, 800).distance).toBeCloseTo(2.4, 2);
  });
});
