import { describe, expect, it } from "vitest";
import { chooseLabels, MIN_FACING, type Projected } from "../../../src/screen/chooseLabels";
import type { GlobeLabel } from "../../../src/screen/globeLabels";

// A flat stand-in for a globe: a point's x and y are its pixels, z its facing.
const project = (at: readonly number[], out: Projected) => {
  out.x = at[0]!;
  out.y = at[1]!;
  out.facing = at[2]!;
  return out;
};
const label = (id: string, anchors: [number, number, number][], over: Partial<GlobeLabel> = {}): GlobeLabel => ({
  id,
  kind: "country",
  text: id,
  anchors: anchors.map((at) => ({ at, clearance: 0 })),
  size: 0,
  rank: 1,
  ...over,
});
const area = { width: 400, height: 300, disc: null, keepOut: [], gap: 2 };
const measure = () => ({ width: 40, height: 10 });

describe("chooseLabels", () => {
  it("writes a name at the anchor that faces the reader most squarely, and none that faces away", () => {
    const placed = chooseLabels({
      labels: [label("two", [[50, 50, 0.4], [200, 150, 0.95]]), label("away", [[300, 100, MIN_FACING - 0.01]])],
      project,
      pxPerRadian: 500,
      measure,
      area,
    });
    expect(placed.map((p) => [p.label.id, p.anchor])).toEqual([["two", 1]]);
    expect(placed[0]!.box).toEqual({ left: 180, top: 145, width: 40, height: 10 });
  });
  it("names a small country only when the camera is close enough for its area to carry the name", () => {
    const small = label("small", [[200, 150, 1]], { size: 0.02, rank: 5 });
    const at = (pxPerRadian: number) => chooseLabels({ labels: [small], project, pxPerRadian, measure, area }).length;
    // 2 × 0.02 rad × 500 px/rad = 20 px across, for a 40 px name: left out; at 1500 px/rad, 60 px: written.
    expect(at(500)).toBe(0);
    expect(at(1500)).toBe(1);
  });
  it("lets the countries in the view's colours carry a name over a smaller area than the others", () => {
    const size = 0.03; // 2 × 0.03 × 500 = 30 px across a 40 px name
    const shaded = label("shaded", [[100, 150, 1]], { size, rank: 2 });
    const other = label("other", [[300, 150, 1]], { size, rank: 5 });
    expect(chooseLabels({ labels: [shaded, other], project, pxPerRadian: 500, measure, area }).map((p) => p.label.id)).toEqual(["shaded"]);
  });
  it("moves a country's name below its point when a more important name sits there, but never moves a sea's", () => {
    const party = label("party", [[200, 150, 1]], { kind: "party", rank: 0 });
    const country = label("country", [[200, 150, 1]]);
    const sea = label("sea", [[200, 150, 1]], { kind: "sea" });
    const placed = chooseLabels({ labels: [party, country, sea], project, pxPerRadian: 500, measure, area });
    expect(placed.map((p) => [p.label.id, p.dx, p.dy])).toEqual([
      ["party", 0, 0],
      ["country", 0, 12],
    ]);
  });
});

describe("chooseLabels with seas", () => {
  it("names a sea too small for its name only after the shaded countries, and still names it where there is room", () => {
    const sea = label("small sea", [[200, 150, 1]], { kind: "sea", size: 0.01, rank: 1 });
    const country = label("country", [[210, 150, 1]], { size: 0.2, rank: 2 });
    const crowded = chooseLabels({ labels: [sea, country], project, pxPerRadian: 500, measure, area });
    expect(crowded.map((p) => p.label.id)).toEqual(["country"]);
    const alone = chooseLabels({ labels: [sea], project, pxPerRadian: 500, measure, area });
    expect(alone.map((p) => p.label.id)).toEqual(["small sea"]);
    // Large enough for its name: named before the country, which moves aside.
    const wide = chooseLabels({ labels: [{ ...sea, size: 0.1 }, country], project, pxPerRadian: 500, measure, area });
    expect(wide.map((p) => p.label.id)).toEqual(["small sea", "country"]);
  });
});

describe("chooseLabels with other seas", () => {
  it("leaves out a sea that is not the proposal's when it is much narrower than its name", () => {
    const other = label("other sea", [[200, 150, 1]], { kind: "sea", size: 0.01, rank: 4 });
    expect(chooseLabels({ labels: [other], project, pxPerRadian: 500, measure, area })).toEqual([]);
    expect(chooseLabels({ labels: [{ ...other, size: 0.1 }], project, pxPerRadian: 500, measure, area }).map((p) => p.label.id)).toEqual(["other sea"]);
  });
});

describe("chooseLabels around a party's chip", () => {
  it("moves a country's name clear of a taller chip on the same point, and the country stays named", () => {
    // A chip 22 px tall and as wide as the frame's middle: only a place well below (or above) it is free.
    const chip = label("party", [[200, 150, 1]], { kind: "party", rank: 0 });
    const country = label("country", [[200, 150, 1]]);
    const sized = (l: GlobeLabel) => (l.kind === "party" ? { width: 120, height: 22 } : { width: 40, height: 14 });
    const placed = chooseLabels({ labels: [chip, country], project, pxPerRadian: 500, measure: sized, area });
    expect(placed.map((p) => p.label.id)).toEqual(["party", "country"]);
    const c = placed[1]!;
    expect(Math.abs(c.dy)).toBeCloseTo(14 * 1.6 + 4, 6);
    expect(c.dx).toBe(0);
  });
});
