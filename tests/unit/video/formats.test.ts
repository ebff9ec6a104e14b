import { describe, expect, it } from "vitest";
import { PRESET_IDS, PRESETS, safeInsets } from "../../../src/ui/exportPresets";
import { formatSlug, isVideoFormat, VIDEO_FORMAT_IDS, videoFrame } from "../../../src/video/formats";

/* The video formats desks publish and what each keeps clear along its edges. */

describe("videoFrame", () => {
  it("gives each format its frame in pixels", () => {
    expect(VIDEO_FORMAT_IDS).toEqual(["16:9", "1:1", "4:5", "9:16"]);
    expect(videoFrame("16:9")).toMatchObject({ preset: "hd", width: 1920, height: 1080 });
    expect(videoFrame("1:1")).toMatchObject({ preset: "square", width: 1080, height: 1080 });
    expect(videoFrame("4:5")).toMatchObject({ preset: "portrait", width: 1080, height: 1350 });
    expect(videoFrame("9:16")).toMatchObject({ preset: "vertical", width: 1080, height: 1920 });
  });

  it("keeps a 5 % margin clear along each edge of the landscape, square and 4:5 frames", () => {
    expect(videoFrame("16:9").safe).toEqual({ top: 54, right: 96, bottom: 54, left: 96 });
    expect(videoFrame("1:1").safe).toEqual({ top: 54, right: 54, bottom: 54, left: 54 });
    expect(videoFrame("4:5").safe).toEqual({ top: 68, right: 54, bottom: 68, left: 54 });
  });

  it("keeps clear the vertical apps' bands: 13 % at the top, 18 % at the bottom, 11 % on the right, 5.5 % on the left", () => {
    // 0.13 × 1920 = 249.6, 0.18 × 1920 = 345.6, 0.11 × 1080 = 118.8, 0.055 × 1080 = 59.4.
    expect(videoFrame("9:16").safe).toEqual({ top: 250, right: 119, bottom: 346, left: 59 });
  });
});

describe("safeInsets", () => {
  it("gives whole pixels for every preset, the 4K frame's twice the HD frame's", () => {
    for (const id of PRESET_IDS) {
      const s = safeInsets(id);
      for (const v of [s.top, s.right, s.bottom, s.left]) expect(Number.isInteger(v)).toBe(true);
      // What is left is most of the frame.
      expect(PRESETS[id].width - s.left - s.right).toBeGreaterThan(PRESETS[id].width * 0.8);
      expect(PRESETS[id].height - s.top - s.bottom).toBeGreaterThan(PRESETS[id].height * 0.65);
    }
    expect(safeInsets("4k")).toEqual({ top: 108, right: 192, bottom: 108, left: 192 });
  });
});

describe("isVideoFormat", () => {
  it("accepts the four formats", () => {
    for (const id of ["16:9", "1:1", "4:5", "9:16"]) expect(isVideoFormat(id)).toBe(true);
  });

  it("rejects anything else, the names of an object's own properties included", () => {
    for (const id of ["16x9", "", "hd", "9:16 ", "toString", "constructor", "__proto__", "hasOwnProperty", 16, null, undefined, {}, ["16:9"]]) expect(isVideoFormat(id), String(id)).toBe(false);
  });
});

describe("formatSlug", () => {
  it("writes a format for a file name, with an x for the colon", () => {
    expect(formatSlug("9:16")).toBe("9x16");
    expect(formatSlug("16:9")).toBe("16x9");
    expect(formatSlug("1:1")).toBe("1x1");
    expect(formatSlug("4:5")).toBe("4x5");
  });
});
