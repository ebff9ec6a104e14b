import { describe, expect, it } from "vitest";
import { MAX_RESIZE, ampEmbedSize, pymHeight, readPymWidth, readResizeEvent, resizeEvent, sizeMessages } from "../../../src/embed/sizeMessages";

describe("the height messages, as the host pages' libraries read them", () => {
  it("Pym.js: pym, the frame's id, height and the height, joined by xPYMx (pym.v1.js _makeMessage)", () => {
    expect(pymHeight("globe", 612)).toBe("pymxPYMxglobexPYMxheightxPYMx612");
    // Pym's parent reads messages with this expression (pym.v1.js _makeMessageRegex) and parseInt's the value.
    const match = pymHeight("news-globe-1", 480).match(new RegExp("^pymxPYMxnews-globe-1xPYMx(\\S+)xPYMx(.*)$"));
    expect(match?.slice(1)).toEqual(["height", "480"]);
  });
  it("AMP: an embed-size request with the sentinel amp (amp-iframe, resizable)", () => {
    expect(ampEmbedSize(612)).toEqual({ sentinel: "amp", type: "embed-size", height: 612 });
  });
  it("the globe's own event: { type: resize, height }", () => {
    expect(resizeEvent(612)).toEqual({ type: "resize", height: 612 });
  });
  it("posts all three in a frame Pym made, and the two others elsewhere", () => {
    expect(sizeMessages(500, "g")).toEqual([{ type: "resize", height: 500 }, { sentinel: "amp", type: "embed-size", height: 500 }, "pymxPYMxgxPYMxheightxPYMx500"]);
    expect(sizeMessages(500, undefined)).toEqual([{ type: "resize", height: 500 }, { sentinel: "amp", type: "embed-size", height: 500 }]);
  });
});

describe("readPymWidth: Pym's parent telling its frame the width (pym.v1.js sendWidth)", () => {
  it("reads the width sent to this frame", () => {
    expect(readPymWidth("pymxPYMxglobexPYMxwidthxPYMx640", "globe")).toBe(640);
  });
  it("is null for another frame's message, another type, a width that is no number, or anything but text", () => {
    for (const data of [
      "pymxPYMxotherxPYMxwidthxPYMx640",
      "pymxPYMxglobexPYMxheightxPYMx640",
      "pymxPYMxglobexPYMxwidthxPYMx",
      "pymxPYMxglobexPYMxwidthxPYMx64.5",
      "pymxPYMxglobexPYMxwidthxPYMx-1",
      "pymxPYMxglobexPYMxwidthxPYMx1e3",
      "pymxPYMxglobe-2xPYMxwidthxPYMx640",
      { type: "width", width: 640 },
      640,
      null,
    ])
      expect(readPymWidth(data, "globe"), JSON.stringify(data)).toBeNull();
  });
});

describe("readResizeEvent: what a host page (embed.js) takes as a height", () => {
  it("reads a whole number of pixels from 1 to 4,000", () => {
    expect(readResizeEvent({ type: "resize", height: 612 })).toBe(612);
    expect(readResizeEvent({ type: "resize", height: 1 })).toBe(1);
    expect(readResizeEvent({ type: "resize", height: 4000 })).toBe(4000);
    expect(MAX_RESIZE).toBe(4000);
  });
  it("is null for anything else", () => {
    for (const data of [
      { type: "resize", height: 0 },
      { type: "resize", height: 4001 },
      { type: "resize", height: 612.5 },
      { type: "resize", height: "612" },
      { type: "resize", height: Number.NaN },
      { type: "resize" },
      { type: "ready", height: 612 },
      { sentinel: "amp", type: "embed-size", height: 612 },
      "pymxPYMxglobexPYMxheightxPYMx612",
      null,
      612,
    ])
      expect(readResizeEvent(data), JSON.stringify(data)).toBeNull();
  });
});
