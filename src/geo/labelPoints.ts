import { pointInRing } from "./pointInRing";
import type { LonLat, Polygon } from "./units";

/** A place to write an area's name: a point inside it and the radius (degrees of arc) of the clear circle around it. */
export interface LabelPoint {
  lon: number;
  lat: number;
  /** Distance from the point to the area's nearest edge, in degrees of arc (about 111 km each). */
  clearance: number;
}

const DEG = Math.PI / 180;

/** Distance in degrees of arc (locally flat: longitudes scaled by the point's latitude) from a point to the nearest edge of a polygon. */
function edgeDistance(lon: number, lat: number, polygon: Polygon): number {
  const k = Math.cos(lat * DEG);
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = (ring[j]![0] - lon) * k;
      const ay = ring[j]![1] - lat;
      const bx = (ring[i]![0] - lon) * k;
      const by = ring[i]![1] - lat;
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
      const d = (ax + t * dx) ** 2 + (ay + t * dy) ** 2;
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

function inside(lon: number, lat: number, polygon: Polygon): boolean {
  if (!pointInRing(lon, lat, polygon[0]!)) return false;
  for (let h = 1; h < polygon.length; h++) if (pointInRing(lon, lat, polygon[h]!)) return false;
  return true;
}

interface Box {
  west: number;
  east: number;
  south: number;
  north: number;
}

function bounds(ring: readonly LonLat[]): Box {
  const b = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const [lon, lat] of ring) {
    b.west = Math.min(b.west, lon);
    b.east = Math.max(b.east, lon);
    b.south = Math.min(b.south, lat);
    b.north = Math.max(b.north, lat);
  }
  return b;
}

/**
 * The point of `box` inside the polygon farthest from its edges (a pole of inaccessibility, found on a grid of
 * `steps` × `steps` points, then twice more on finer grids around the best one), or null when no grid point is inside.
 */
function deepestIn(polygon: Polygon, box: Box, steps: number): LabelPoint | null {
  let best: LabelPoint | null = null;
  let dx = (box.east - box.west) / steps;
  let dy = (box.north - box.south) / steps;
  let cx = (box.west + box.east) / 2;
  let cy = (box.south + box.north) / 2;
  let half = steps / 2;
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i <= 2 * half; i++) {
      for (let j = 0; j <= 2 * half; j++) {
        const lon = cx + (i - half) * dx;
        const lat = cy + (j - half) * dy;
        if (lon < box.west || lon > box.east || lat < box.south || lat > box.north || !inside(lon, lat, polygon)) continue;
        const clearance = edgeDistance(lon, lat, polygon);
        if (!best || clearance > best.clearance) best = { lon, lat, clearance };
      }
    }
    if (!best) return null;
    cx = best.lon;
    cy = best.lat;
    dx /= 3;
    dy /= 3;
    half = 3;
  }
  return best;
}

/**
 * Where to write the name of an area made of `polygons` (lon/lat, rings continuous across the antimeridian): the
 * deepest point of each polygon whose clear circle is at least `minClearance` degrees (the largest polygon always
 * gives one); and, in a polygon wider than `tile` degrees of arc, the deepest point of each `tile`-sized part of it
 * whose clear circle is at least `tileClearance` degrees, so that a large country can be named in whichever part a
 * view looks at. Sorted by clearance, deepest first.
 */
export function labelPoints(polygons: readonly Polygon[], minClearance = 0.3, tile = 24, tileClearance = 3): LabelPoint[] {
  const out: LabelPoint[] = [];
  const shaped = polygons.filter((p) => p.length > 0 && p[0]!.length >= 3).map((p) => ({ p, box: bounds(p[0]!) }));
  // A polygon narrower than twice the clearance asked for cannot give a point, unless it is the largest.
  const span = (b: Box) => Math.min((b.east - b.west) * Math.cos(((b.south + b.north) / 2) * DEG), b.north - b.south);
  const widest = shaped.reduce((a, x) => Math.max(a, span(x.box)), 0);
  const found = shaped
    .filter((x) => span(x.box) >= 2 * minClearance || span(x.box) === widest)
    .map((x) => ({ ...x, point: deepestIn(x.p, x.box, 16) }));
  const largest = found.reduce<LabelPoint | null>((a, f) => (f.point && (!a || f.point.clearance > a.clearance) ? f.point : a), null);
  for (const { p, box, point } of found) {
    if (!point) continue;
    if (point === largest || point.clearance >= minClearance) out.push(point);
    const latMid = Math.cos(((box.south + box.north) / 2) * DEG);
    const wide = (box.east - box.west) * latMid > tile || box.north - box.south > tile;
    if (!wide) continue;
    const lonTile = tile / Math.max(0.2, latMid);
    for (let west = box.west; west < box.east; west += lonTile) {
      for (let south = box.south; south < box.north; south += tile / 2) {
        const part = deepestIn(p, { west, east: Math.min(box.east, west + lonTile), south, north: Math.min(box.north, south + tile / 2) }, 8);
        if (part && part.clearance >= tileClearance && out.every((q) => Math.hypot((q.lon - part.lon) * latMid, q.lat - part.lat) > tile / 2)) out.push(part);
      }
    }
  }
  return out.sort((a, b) => b.clearance - a.clearance);
}
