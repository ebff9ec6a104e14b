import { describe, expect, it } from "vitest";
import { inCameraRanges } from "../../../src/model/cameraRanges";
import { View } from "../../../src/model/schema";

describe("inCameraRanges: a camera from a URL or a host, checked without the schema library", () => {
  const cameras = [
    { lon: 30, lat: 55, distance: 3.2 },
    { lon: -180, lat: -90, distance: 1.35 },
    { lon: 180, lat: 90, distance: 6 },
    { lon: 180.0001, lat: 0, distance: 3 },
    { lon: 0, lat: -90.5, distance: 3 },
    { lon: 0, lat: 0, distance: 1.3 },
    { lon: 0, lat: 0, distance: 6.01 },
    { lon: Number.NaN, lat: 0, distance: 3 },
    { lon: 0, lat: Number.POSITIVE_INFINITY, distance: 3 },
    { lon: 0, lat: 0, distance: Number.NEGATIVE_INFINITY },
  ];
  it("agrees with the schema's View, which checks a model's opening view, at and past every edge", () => {
    for (const at of cameras) expect(inCameraRanges(at), JSON.stringify(at)).toBe(View.safeParse(at).success);
  });
  it("takes the ranges' ends and refuses what lies past them", () => {
    expect(cameras.map(inCameraRanges)).toEqual([true, true, true, false, false, false, false, false, false, false]);
  });
});
