import { describe, expect, it } from "vitest";
import { chosenDistance, fitDistance, restingAt } from "../../../src/scene/cameraFit";

describe("cameraFit: the frame's step back, and what a resting camera says about the view", () => {
  it("steps back on a portrait frame and not on a landscape one", () => {
    expect(fitDistance(2.7, 1.6)).toBe(2.7);
    expect(fitDistance(2.7, 390 / 844)).toBeCloseTo(2.7 * 1.8, 6);
    expect(fitDistance(2.7, 0.75)).toBeCloseTo(2.7 * 1.2, 6);
  });
  it("undoes the step back: the chosen distance comes back from where the camera stands", () => {
    for (const aspect of [390 / 844, 0.75, 1, 1.6]) for (const d of [1.5, 2.7, 3.2]) expect(chosenDistance(fitDistance(d, aspect), aspect)).toBeCloseTo(d, 6);
  });
  it("keeps the target as it was given when nobody moved the camera, whatever the frame's shape", () => {
    const target = { lon: 22, lat: 50, distance: 4 };
    // On a phone the camera stands at the farthest distance (4 × 1.8 is past 6), which cannot be undone exactly.
    expect(restingAt({ lon: 22, lat: 50, distance: 6 }, target, false, 390 / 844)).toBe(target);
  });
  it("reports where the reader left the camera, with the step back taken out", () => {
    expect(restingAt({ lon: 10, lat: 40, distance: 3.6 }, { lon: 22, lat: 50, distance: 2.7 }, true, 0.75)).toEqual({ lon: 10, lat: 40, distance: 3 });
  });
});
