import type { Geography } from "../data/geography";
import type { FillGeometry } from "../geo/expandFill";
import { lonLatToXyz, xyzToLonLat } from "../geo/lonLatToXyz";
import { FULL, type Emphasis } from "../model/emphasis";
import type { CameraAt } from "../state/viewState";
import { windowSubject, type Subject } from "./framing";

/** How far past the written camera's window the emphasised areas may reach and still be framed whole. */
const REACH = 1.3;
/** The smallest subject, in degrees of arc: a small country is framed with its surroundings. */
const MIN_RADIUS = 8;
/** Room around the emphasised areas, as a share of their radius. */
const MARGIN = 1.06;

const RAD = Math.PI / 180;

/**
 * What a view is about, for its cameras to frame: the window of its written camera (a model's view, a briefing
 * step's camera, the reader's), or, where the view puts areas in full colour over the rest (a step's regions, a
 * comparison's differences), the cap around those areas that lie within reach of that window (Russia's eastern
 * end is not the subject of a step about Europe). The same for every globe of the view, since their cameras meet.
 */
export function subjectFor(at: CameraAt, emphases: readonly Emphasis[], geography: Geography): Subject {
  const window = windowSubject(at);
  const full = new Set<number>();
  for (const e of emphases) if (e) e.forEach((v, i) => v === FULL && full.add(i));
  if (!full.size) return window;
  const [cx, cy, cz] = lonLatToXyz(window.lon, window.lat);
  const minDot = Math.cos(Math.min(89, window.radius * REACH) * RAD);
  const sum = { x: 0, y: 0, z: 0, n: 0 };
  const within: number[] = [];
  const gather = (g: FillGeometry) => {
    const p = g.positions;
    for (let v = 0; v < g.area.length; v++) {
      if (!full.has(g.area[v]!)) continue;
      const x = p[v * 3]!;
      const y = p[v * 3 + 1]!;
      const z = p[v * 3 + 2]!;
      const len = Math.hypot(x, y, z) || 1;
      if ((x * cx + y * cy + z * cz) / len < minDot) continue;
      within.push(x / len, y / len, z / len);
      sum.x += x / len;
      sum.y += y / len;
      sum.z += z / len;
      sum.n++;
    }
  };
  gather(geography.land);
  gather(geography.seas);
  const len = Math.hypot(sum.x, sum.y, sum.z);
  if (!sum.n || len < 1e-6) return window;
  const ux = sum.x / len;
  const uy = sum.y / len;
  const uz = sum.z / len;
  let minCos = 1;
  for (let i = 0; i < within.length; i += 3) minCos = Math.min(minCos, within[i]! * ux + within[i + 1]! * uy + within[i + 2]! * uz);
  const [lon, lat] = xyzToLonLat(ux, uy, uz);
  const radius = Math.max(MIN_RADIUS, (Math.acos(Math.max(-1, Math.min(1, minCos))) / RAD) * MARGIN);
  return { lon, lat, radius: Math.min(radius, window.radius * REACH) };
}
