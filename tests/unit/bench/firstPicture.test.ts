import { describe, expect, it } from "vitest";
import { firstPicture } from "../../bench/firstPicture";
import { FIRST_PAINT_TIMING } from "../../../src/publish/pictureFiles";

const paint = (renderTime: number, identifier = FIRST_PAINT_TIMING) => ({ identifier, renderTime, loadTime: renderTime - 5 });

describe("the first paint's picture in a load", () => {
  it("is the earliest paint of the picture in any frame, on the top page's clock", () => {
    const top = { origin: 1000, painted: [paint(40, "something-else")], pictureShown: false };
    // The story's iframe started 200 ms after the top page: its 150 ms is the top page's 350 ms.
    const iframe = { origin: 1200, painted: [paint(150), paint(400)], pictureShown: true };
    expect(firstPicture([top, iframe], 1000)).toEqual({ shown: true, paintedMs: 350 });
  });

  it("is shown but not painted where the entry is missing or has no render time", () => {
    expect(firstPicture([{ origin: 0, painted: [], pictureShown: true }], 0)).toEqual({ shown: true, paintedMs: null });
    expect(firstPicture([{ origin: 0, painted: [paint(0)], pictureShown: true }], 0)).toEqual({ shown: true, paintedMs: null });
  });

  it("is not shown on a page without one", () => {
    expect(firstPicture([{ origin: 0, painted: [], pictureShown: false }], 0)).toEqual({ shown: false, paintedMs: null });
    expect(firstPicture([], 0)).toEqual({ shown: false, paintedMs: null });
  });
});
