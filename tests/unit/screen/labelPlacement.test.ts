import { describe, expect, it } from "vitest";
import { boxFits, boxesMeet, placeLabels, type PlacementArea } from "../../../src/screen/labelPlacement";

const area = (over: Partial<PlacementArea> = {}): PlacementArea => ({ width: 400, height: 300, disc: null, keepOut: [], gap: 2, ...over });
const box = (left: number, top: number, width = 40, height = 10) => ({ left, top, width, height });

describe("boxesMeet", () => {
  it("says two boxes meet when they overlap or come closer than the gap", () => {
    expect(boxesMeet(box(0, 0), box(30, 5))).toBe(true);
    expect(boxesMeet(box(0, 0), box(41, 0))).toBe(false);
    expect(boxesMeet(box(0, 0), box(41, 0), 2)).toBe(true);
    expect(boxesMeet(box(0, 0), box(0, 13), 2)).toBe(false);
  });
});

describe("boxFits", () => {
  it("keeps a box inside the frame, by the gap", () => {
    expect(boxFits(box(10, 10), area())).toBe(true);
    expect(boxFits(box(1, 10), area())).toBe(false);
    expect(boxFits(box(359, 10), area())).toBe(false);
    expect(boxFits(box(10, 289), area())).toBe(false);
  });
  it("keeps a box clear of every keep-out zone", () => {
    const a = area({ keepOut: [box(0, 200, 200, 100)] });
    expect(boxFits(box(100, 150), a)).toBe(true);
    expect(boxFits(box(100, 195), a)).toBe(false);
    expect(boxFits(box(250, 250), a)).toBe(true);
  });
  it("keeps all four corners inside the globe's disc", () => {
    const a = area({ disc: { x: 200, y: 150, radius: 100 } });
    expect(boxFits(box(180, 145), a)).toBe(true);
    // Its centre is inside the disc, a corner is not.
    expect(boxFits(box(250, 210), a)).toBe(false);
    expect(boxFits(box(10, 10), a)).toBe(false);
  });
});

describe("placeLabels", () => {
  it("places names in the order given, leaving out one that would meet a name placed before it", () => {
    const placed = placeLabels(
      [
        { x: 100, y: 100, width: 40, height: 10 },
        { x: 120, y: 102, width: 40, height: 10 },
        { x: 300, y: 100, width: 40, height: 10 },
      ],
      area(),
    );
    expect(placed[0]).toEqual(box(80, 95));
    expect(placed[1]).toBeNull();
    expect(placed[2]).toEqual(box(280, 95));
  });
  it("tries a name's offsets in turn and takes the first that fits", () => {
    const placed = placeLabels(
      [
        { x: 100, y: 100, width: 40, height: 10 },
        { x: 100, y: 100, width: 40, height: 10, offsets: [[0, 0], [0, 14], [0, -14]] },
      ],
      area(),
    );
    expect(placed[1]).toEqual(box(80, 109));
  });
  it("never squeezes a name: one that fits nowhere is left out whole", () => {
    const placed = placeLabels([{ x: 200, y: 150, width: 500, height: 10 }], area());
    expect(placed).toEqual([null]);
  });
  it("no two placed boxes meet, however crowded the points", () => {
    const candidates = Array.from({ length: 200 }, (_, i) => ({ x: 20 + ((i * 37) % 360), y: 20 + ((i * 53) % 260), width: 30 + (i % 5) * 8, height: 12 }));
    const placed = placeLabels(candidates, area()).filter((b) => b !== null);
    expect(placed.length).toBeGreaterThan(10);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(boxesMeet(placed[i]!, placed[j]!)).toBe(false);
  });
});
