import type { LonLat, Ring } from "./units";

/**
 * Makes a path continuous across the antimeridian: whenever two consecutive longitudes differ by more
 * than 180°, later points are shifted by ±360°, so a ring that crosses from 179° to -179° continues to 181°.
 * Longitudes may then run past ±180; they still project to the right place on the sphere.
 */
export function unwrapPath(path: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  let shift = 0;
  for (let i = 0; i < path.length; i++) {
    const [lon, lat] = path[i]!;
    if (i > 0) {
      const prev = path[i - 1]![0];
      const d = lon - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

/**
 * A ring made continuous across the antimeridian, ready to triangulate in the lon/lat plane.
 * A ring that goes once around a pole (Antarctica) ends 360° away from where it started; it is closed
 * through that pole, so the plane polygon covers the polar cap. The ring is shifted by a multiple of
 * 360° so that its westernmost point lies in [-180, 180).
 */
export function continuousRing(ring: Ring): LonLat[] {
  const open = isClosed(ring) ? ring.slice(0, -1) : ring.slice();
  if (open.length === 0) return [];
  const path = unwrapPath([...open, open[0]!]);
  const first = path[0]!;
  const last = path[path.length - 1]!;
  const turns = Math.round((last[0] - first[0]) / 360);
  let out = path.slice(0, -1);
  if (turns !== 0) {
    // The closing point came back 360° away: the ring circles a pole. Go down to it and back.
    const meanLat = out.reduce((s, p) => s + p[1], 0) / out.length;
    const pole = meanLat < 0 ? -90 : 90;
    out = [...out, last, [last[0], pole], [first[0], pole]];
  }
  let minLon = Infinity;
  for (const p of out) minLon = Math.min(minLon, p[0]);
  const k = Math.floor((minLon + 180) / 360);
  if (k !== 0) out = out.map(([lon, lat]) => [lon - 360 * k, lat] as const);
  return out;
}

function isClosed(ring: Ring): boolean {
  if (ring.length < 2) return false;
  const a = ring[0]!;
  const b = ring[ring.length - 1]!;
  return a[0] === b[0] && a[1] === b[1];
}

/** Shoelace area of a plane ring (absolute value, square degrees). */
function planeArea(ring: readonly LonLat[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(a / 2);
}

/**
 * A polygon ready for the lon/lat plane: every ring made continuous (continuousRing), the ring that
 * encloses the most first and the others after it as holes, each hole shifted by 360° where needed to
 * lie beside its outer ring. Which ring is outer is decided by plane area, not by order: Natural Earth
 * draws Antarctica as a ring just around the pole followed by the coastline, and once both are closed
 * through the pole the coastline is the one that encloses the land.
 */
export function planarPolygon(polygon: readonly Ring[]): LonLat[][] {
  const rings = polygon.map(continuousRing).filter((r) => r.length >= 3);
  if (rings.length === 0) return [];
  let outerIndex = 0;
  let best = -1;
  rings.forEach((r, i) => {
    const a = planeArea(r);
    if (a > best) {
      best = a;
      outerIndex = i;
    }
  });
  const outer = rings[outerIndex]!;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const p of outer) {
    minLon = Math.min(minLon, p[0]);
    maxLon = Math.max(maxLon, p[0]);
  }
  const out: LonLat[][] = [outer];
  rings.forEach((hole, i) => {
    if (i === outerIndex) return;
    const mid = hole.reduce((s, p) => s + p[0], 0) / hole.length;
    const shift = mid < minLon ? 360 : mid > maxLon ? -360 : 0;
    out.push(shift ? hole.map(([lon, lat]) => [lon + shift, lat] as const) : hole);
  });
  return out;
}
