import { describe, expect, it } from "vitest";
import { AreaIndex } from "../../src/geo/areaIndex";
import { pointInRing } from "../../src/geo/pointInRing";
import type { LonLat } from "../../src/geo/units";

const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const L: LonLat[] = [[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10], [0, 0]];

describe("pointInRing", () => {
  it("finds a point inside a square and not one outside", () => {
    expect(pointInRing(5, 5, box(0, 0, 10, 10))).toBe(true);
    expect(pointInRing(15, 5, box(0, 0, 10, 10))).toBe(false);
    expect(pointInRing(5, -1, box(0, 0, 10, 10))).toBe(false);
  });
  it("handles a concave ring: inside both arms of an L, outside its notch", () => {
    expect(pointInRing(2, 8, L)).toBe(true);
    expect(pointInRing(8, 2, L)).toBe(true);
    expect(pointInRing(7, 7, L)).toBe(false);
  });
  it("works with or without the closing point and in either direction", () => {
    const open: LonLat[] = [[0, 0], [10, 0], [10, 10], [0, 10]];
    expect(pointInRing(3, 3, open)).toBe(true);
    expect(pointInRing(3, 3, [...open].reverse())).toBe(true);
  });
  it("works on unwrapped longitudes past 180", () => {
    expect(pointInRing(182, 5, box(170, 0, 190, 10))).toBe(true);
    expect(pointInRing(-178, 5, box(170, 0, 190, 10))).toBe(false);
  });
  it("finds nothing in an empty ring", () => expect(pointInRing(0, 0, [])).toBe(false));
});

describe("AreaIndex", () => {
  const land = { index: 4, polygons: [[box(0, 0, 10, 10), box(4, 4, 6, 6)]] };
  const islands = { index: 9, polygons: [[box(30, 30, 32, 32)], [box(40, 30, 42, 32)]] };
  const sea = { index: 12, polygons: [[box(5, 5, 20, 20)]] };
  const pacific = { index: 20, polygons: [[box(170, -20, 190, -10)]] };
  const index = new AreaIndex([land, islands, sea, pacific]);

  it("finds the area containing a point and returns its palette index", () => {
    expect(index.find(2, 2)).toBe(4);
    expect(index.find(15, 15)).toBe(12);
  });
  it("finds any polygon of a multi-polygon area", () => {
    expect(index.find(31, 31)).toBe(9);
    expect(index.find(41, 31)).toBe(9);
    expect(index.find(36, 31)).toBe(-1);
  });
  it("respects holes: a point in the land's hole falls through to the sea beneath", () => {
    expect(index.find(5.5, 5.5)).toBe(12);
    expect(new AreaIndex([land]).find(5, 5)).toBe(-1);
    expect(new AreaIndex([land]).find(3, 5)).toBe(4);
  });
  it("land listed before seas wins where they overlap", () => {
    expect(index.find(8, 8)).toBe(4);
    expect(new AreaIndex([sea, land]).find(8, 8)).toBe(12);
  });
  it("finds a point at lon -178 inside an area stored with unwrapped longitudes 170..190", () => {
    expect(index.find(-178, -15)).toBe(20);
    expect(index.find(178, -15)).toBe(20);
    expect(index.find(180, -15)).toBe(20);
    expect(index.find(-165, -15)).toBe(-1);
  });
  it("finds a point given past 180 inside an area stored in -180..180", () => {
    expect(new AreaIndex([land]).find(362, 2)).toBe(4);
    expect(new AreaIndex([land]).find(-358, 2)).toBe(4);
  });
  it("returns -1 in empty ocean", () => {
    expect(index.find(-40, -40)).toBe(-1);
    expect(index.find(100, 80)).toBe(-1);
  });
  it("returns -1 when there are no areas, and ignores areas without polygons", () => {
    expect(new AreaIndex([]).find(0, 0)).toBe(-1);
    expect(new AreaIndex([{ index: 1, polygons: [] }, land]).find(2, 2)).toBe(4);
  });
});
