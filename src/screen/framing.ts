import { clamp } from "../geo/easing";
import { DISTANCE_RANGE } from "../model/cameraRanges";
import type { CameraAt } from "../state/viewState";
import type { Box } from "./labelPlacement";

/**
 * What a globe's camera frames: a cap of the globe (its centre, and its radius in degrees of arc), so that it is
 * whole in the part of the frame that no overlay takes. Never a place of anything: only what the view is about.
 */
export interface Subject {
  lon: number;
  lat: number;
  radius: number;
}

/** The cameras' vertical field of view, in degrees (see scene/camera.ts). */
export const FOV = 35;
/** The free part of a frame is this far from each overlay and from the frame's edges, in CSS pixels. */
export const FREE_GAP = 8;
/** The subject fills this share of the free part's smaller side. */
const FILL = 0.96;

const RAD = Math.PI / 180;
const focal = (height: number) => height / 2 / Math.tan((FOV * RAD) / 2);

/**
 * The distance from the globe's centre at which a cap of `radius` degrees, seen from over its centre, fills a circle
 * of `fit` pixels' radius in a frame `height` pixels tall; within the distances a camera may take.
 */
export function distanceToFit(radius: number, fit: number, height: number): number {
  const k = focal(height) / Math.max(1, fit);
  const r = clamp(radius, 0.5, 89) * RAD;
  let d = Math.cos(r) + Math.sin(r) * k;
  // A cap past the limb looks as large as the globe's disc.
  if (Math.cos(r) < 1 / d) d = Math.sqrt(1 + k * k);
  return clamp(d, DISTANCE_RANGE[0], DISTANCE_RANGE[1]);
}

/** The radius of the cap that fills a circle of `fit` pixels' radius from `distance` (distanceToFit undone). */
export function radiusAt(distance: number, fit: number, height: number): number {
  const k = focal(height) / Math.max(1, fit);
  const d = Math.max(1.0001, distance);
  const m = Math.sqrt(1 + k * k);
  // k·sin r + cos r = m·sin(r + φ), φ = atan(1/k); beyond m the whole visible half is in.
  const r = d >= m ? Math.acos(1 / d) : Math.asin(d / m) - Math.atan2(1, k);
  return clamp(r / RAD, 0.5, 89);
}

/** The reference frame the models' and briefings' cameras are written for: a square, its inscribed circle filled. */
const REFERENCE = { fit: 400, height: 800 };

/** What a camera written in a model or briefing shows: the cap that fills a square frame's inscribed circle. */
export function windowSubject(at: CameraAt): Subject {
  return { lon: at.lon, lat: at.lat, radius: radiusAt(at.distance, REFERENCE.fit, REFERENCE.height) };
}

/** The distance that shows the same cap in the reference square as `distance` shows in a free circle of `fit` px. */
export function referenceDistance(distance: number, fit: number, height: number): number {
  return distanceToFit(radiusAt(distance, fit, height), REFERENCE.fit, REFERENCE.height);
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Rectangles whose smaller side is within this share of the longest one count as long: the largest of them wins. */
const NEAR_SIDE = 0.96;

/**
 * The part of a frame (`width` × `height` pixels) clear of the overlays' boxes, at least FREE_GAP from each and
 * from the edges: of the rectangles clear of them, those whose smaller side is (nearly) the longest (a subject is
 * round), and of those the largest, so that the subject keeps to the middle of the frame where it can. The whole
 * frame, less the gap, when nothing lies over it.
 */
export function freeRect(width: number, height: number, boxes: readonly Box[], gap = FREE_GAP): Rect {
  const inflated = boxes
    .map((b) => ({ l: b.left - gap, t: b.top - gap, r: b.left + b.width + gap, b: b.top + b.height + gap }))
    .filter((b) => b.r > 0 && b.b > 0 && b.l < width && b.t < height);
  const xs = unique([gap, width - gap, ...inflated.flatMap((b) => [b.l, b.r])].map((x) => clamp(x, gap, width - gap)));
  const ys = unique([gap, height - gap, ...inflated.flatMap((b) => [b.t, b.b])].map((y) => clamp(y, gap, height - gap)));
  const whole: Rect = { left: gap, top: gap, width: Math.max(0, width - 2 * gap), height: Math.max(0, height - 2 * gap) };
  if (!inflated.length) return whole;
  const clear: Rect[] = [];
  let longest = 0;
  for (let a = 0; a < xs.length; a++)
    for (let b = a + 1; b < xs.length; b++) {
      const l = xs[a]!;
      const r = xs[b]!;
      for (let c = 0; c < ys.length; c++)
        for (let d = c + 1; d < ys.length; d++) {
          const t = ys[c]!;
          const bt = ys[d]!;
          if (inflated.some((o) => o.l < r && o.r > l && o.t < bt && o.b > t)) continue;
          clear.push({ left: l, top: t, width: r - l, height: bt - t });
          longest = Math.max(longest, Math.min(r - l, bt - t));
        }
    }
  let best: Rect | null = null;
  for (const r of clear) if (Math.min(r.width, r.height) >= longest * NEAR_SIDE && (!best || r.width * r.height > best.width * best.height)) best = r;
  return best ?? { left: gap, top: gap, width: 0, height: 0 };
}

const unique = (v: number[]) => [...new Set(v)].sort((a, b) => a - b);

/** Where a camera stands to frame a subject in a frame, and where in the frame the globe's centre line falls. */
export interface Framing {
  at: CameraAt;
  /** The point of the frame (pixels from its top left) the camera looks through at the subject's centre. */
  centre: { x: number; y: number };
  /** The free part of the frame the subject fills. */
  free: Rect;
}

/** Frames `subject` in a frame of `width` × `height` pixels, in its part clear of `boxes`. */
export function frameSubject(subject: Subject, width: number, height: number, boxes: readonly Box[]): Framing {
  const free = freeRect(width, height, boxes);
  const fit = (Math.min(free.width, free.height) / 2) * FILL;
  return {
    at: { lon: subject.lon, lat: subject.lat, distance: distanceToFit(subject.radius, fit, height) },
    centre: { x: free.left + free.width / 2, y: free.top + free.height / 2 },
    free,
  };
}

/** The radius in pixels a framing leaves for its subject (what frameSubject fills). */
export const fitRadius = (free: Rect) => (Math.min(free.width, free.height) / 2) * FILL;

/** The radius in pixels of the globe's disc seen from `distance` in a frame `height` pixels tall. */
export const discRadius = (distance: number, height: number) => focal(height) / Math.sqrt(Math.max(1e-6, distance * distance - 1));
