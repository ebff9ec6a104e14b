import { describe, expect, it } from "vitest";
import { videoChoiceFrom } from "../../../src/ui/automation";

/* The page's automation: a script's options for a video, checked, with a clear message for anything else. */
/** The error videoChoiceFrom throws for `raw`. */
function failure(raw: unknown): Error {
  try {
    videoChoiceFrom(raw);
  } catch (e) {
    return e as Error;
  }
  throw new Error(`no error for ${JSON.stringify(raw)}`);
}

describe("videoChoiceFrom", () => {
  it("takes a format alone, at 30 frames a second, without burned-in captions, every step and the default codecs", () => {
    expect(videoChoiceFrom({ format: "9:16" })).toEqual({ format: "9:16", fps: 30, burnIn: false, steps: undefined, codecs: undefined });
  });

  it("takes every option a script may give", () => {
    expect(videoChoiceFrom({ format: "1:1", fps: 25, burnIn: true, steps: [2, 3], codec: "vp9" })).toEqual({ format: "1:1", fps: 25, burnIn: true, steps: [2, 3], codecs: ["vp9"] });
    expect(videoChoiceFrom({ format: "16:9", codec: "avc" }).codecs).toEqual(["avc"]);
    expect(videoChoiceFrom({ format: "4:5", fps: 60 }).fps).toBe(60);
    expect(videoChoiceFrom({ format: "4:5", fps: 1 }).fps).toBe(1);
  });

  it("burns captions in only when asked with true", () => {
    expect(videoChoiceFrom({ format: "16:9", burnIn: "yes" }).burnIn).toBe(false);
    expect(videoChoiceFrom({ format: "16:9", burnIn: 1 }).burnIn).toBe(false);
  });

  it("rejects a format that is not one of the four, saying which it got", () => {
    for (const format of ["16x9", "", "toString", 16, undefined]) {
      const e = failure({ format });
      expect(e.message).toMatch(/^format must be one of 16:9, 1:1, 4:5, 9:16/);
      expect(e.message).toContain(`(got ${JSON.stringify(format)})`);
    }
  });

  it("answers no options at all with the format's message, not a TypeError", () => {
    for (const raw of [null, undefined]) {
      const e = failure(raw);
      expect(e).not.toBeInstanceOf(TypeError);
      expect(e.message).toMatch(/^format must be one of/);
    }
  });

  it("rejects a frame rate that is not a whole number from 1 to 60", () => {
    for (const fps of [0, 61, 2.5, -30, "30", Number.NaN, Number.POSITIVE_INFINITY]) expect(failure({ format: "16:9", fps }).message, String(fps)).toBe("fps must be a whole number from 1 to 60");
  });

  it("rejects steps that are not two whole numbers from 1", () => {
    for (const steps of [[0, 2], [1], [1, 2, 3], [1.5, 2], ["1", "2"], "1-2", 2, null]) expect(failure({ format: "16:9", steps }).message, JSON.stringify(steps)).toBe("steps must be [from, to], whole numbers from 1");
  });

  it("rejects a codec other than avc or vp9", () => {
    for (const codec of ["h265", "", "AVC", 1, null]) expect(failure({ format: "16:9", codec }).message, String(codec)).toMatch(/^codec must be "avc" .* or "vp9"/);
  });
});
