import { PerspectiveCamera, Vector3 } from "three";
import { describe, expect, it } from "vitest";
import { lonLatToXyz } from "../../../src/geo/lonLatToXyz";
import { DISTANCE_RANGE } from "../../../src/model/schema";
import { distanceToFit, FOV, FREE_GAP, frameSubject, freeRect, radiusAt, referenceDistance, windowSubject, type Rect, type Subject } from "../../../src/screen/framing";
import type { Box } from "../../../src/screen/labelPlacement";

const meets = (r: Rect, b: Box, gap: number) =>
  r.left < b.left + b.width + gap && r.left + r.width > b.left - gap && r.top < b.top + b.height + gap && r.top + r.height > b.top - gap;

/** The rim of a subject cap projected by a real three.js camera placed as framed, with its view offset: pixels in the frame. */
function projectedRim(subject: Subject, width: number, height: number, boxes: Box[]) {
  const f = frameSubject(subject, width, height, boxes);
  const camera = new PerspectiveCamera(FOV, width / height, 0.05, 100);
  camera.position.set(...lonLatToXyz(f.at.lon, f.at.lat, f.at.distance));
  camera.lookAt(0, 0, 0);
  camera.setViewOffset(width, height, width / 2 - f.centre.x, height / 2 - f.centre.y, width, height);
  camera.updateMatrixWorld();
  const centre = new Vector3(...lonLatToXyz(subject.lon, subject.lat));
  // Points on the cap's rim: rotate the centre by the radius towards every side.
  const side = new Vector3(0, 1, 0).cross(centre).normalize();
  const up = centre.clone().cross(side).normalize();
  const r = (subject.radius * Math.PI) / 180;
  const points = Array.from({ length: 72 }, (_, k) => {
    const a = (k / 72) * 2 * Math.PI;
    const p = centre.clone().multiplyScalar(Math.cos(r)).add(side.clone().multiplyScalar(Math.sin(r) * Math.cos(a))).add(up.clone().multiplyScalar(Math.sin(r) * Math.sin(a)));
    p.project(camera);
    return { x: (p.x * 0.5 + 0.5) * width, y: (-p.y * 0.5 + 0.5) * height };
  });
  return { f, points };
}

describe("framing: a subject framed in the part of a frame that no overlay takes", () => {
  it("gives back the radius a distance shows, and the distance that shows a radius", () => {
    for (const d of [1.6, 2.2, 2.7, 3.5]) expect(distanceToFit(radiusAt(d, 300, 800), 300, 800)).toBeCloseTo(d, 6);
    // A camera written for a square frame shows its window there at its own distance.
    for (const d of [2, 2.7, 3.2]) expect(distanceToFit(windowSubject({ lon: 0, lat: 0, distance: d }).radius, 400, 800)).toBeCloseTo(d, 6);
    expect(referenceDistance(2.7, 400, 800)).toBeCloseTo(2.7, 6);
    // Never nearer or farther than a camera may stand.
    expect(distanceToFit(0.1, 400, 800)).toBe(DISTANCE_RANGE[0]);
    expect(distanceToFit(80, 5, 800)).toBe(DISTANCE_RANGE[1]);
  });

  it("takes the whole frame, less a gap, when nothing lies over it", () => {
    expect(freeRect(800, 600, [])).toEqual({ left: FREE_GAP, top: FREE_GAP, width: 800 - 2 * FREE_GAP, height: 600 - 2 * FREE_GAP });
  });

  it("keeps clear of a note along the foot, a legend and a caption in the corners, a title at the top", () => {
    const note: Box = { left: 14, top: 740, width: 852, height: 50 };
    const legend: Box = { left: 14, top: 590, width: 350, height: 140 };
    const caption: Box = { left: 480, top: 300, width: 386, height: 430 };
    const title: Box = { left: 14, top: 10, width: 300, height: 40 };
    const boxes = [note, legend, caption, title];
    const r = freeRect(880, 800, boxes);
    for (const b of boxes) expect(meets(r, b, FREE_GAP - 0.001)).toBe(false);
    // Of the clear rectangles, the one with the longest smaller side: beside the title and above the caption
    // (880 wide, 242 tall) loses to the one left of the caption (464 wide, from the title down to the legend).
    expect(r.left).toBe(FREE_GAP);
    expect(r.top).toBe(58);
    expect(r.width).toBe(464);
    expect(r.height).toBe(524);
  });

  it("never meets an overlay, whatever they are (random boxes)", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let n = 0; n < 200; n++) {
      const w = 300 + rand() * 1500;
      const h = 250 + rand() * 1000;
      const boxes = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => ({ left: rand() * w, top: rand() * h, width: 20 + rand() * w * 0.4, height: 20 + rand() * h * 0.3 }));
      const r = freeRect(w, h, boxes);
      if (r.width > 0 && r.height > 0) for (const b of boxes) expect(meets(r, b, FREE_GAP - 0.001)).toBe(false);
      expect(r.left).toBeGreaterThanOrEqual(FREE_GAP - 1e-9);
      expect(r.left + r.width).toBeLessThanOrEqual(w - FREE_GAP + 1e-9);
    }
  });

  it("puts the whole subject inside the free part, as a three.js camera with the view offset projects it", () => {
    const subject = { lon: 30, lat: 58, radius: 22 };
    const cases: [number, number, Box[]][] = [
      [880, 800, [{ left: 480, top: 300, width: 386, height: 430 }, { left: 14, top: 740, width: 852, height: 50 }]],
      [390, 490, []],
      [600, 300, [{ left: 0, top: 0, width: 600, height: 40 }]],
      [1280, 720, [{ left: 900, top: 0, width: 380, height: 720 }]],
    ];
    for (const [w, h, boxes] of cases) {
      const { f, points } = projectedRim(subject, w, h, boxes);
      for (const p of points) {
        expect(p.x).toBeGreaterThanOrEqual(f.free.left - 0.5);
        expect(p.x).toBeLessThanOrEqual(f.free.left + f.free.width + 0.5);
        expect(p.y).toBeGreaterThanOrEqual(f.free.top - 0.5);
        expect(p.y).toBeLessThanOrEqual(f.free.top + f.free.height + 0.5);
      }
      // And it fills it: the rim reaches most of the way to the free part's nearer sides.
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      expect(extent).toBeGreaterThan(Math.min(f.free.width, f.free.height) * 0.85);
    }
  });
});
