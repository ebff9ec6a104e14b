import { DISTANCE_RANGE } from "../model/schema";

/** What the URL can say about the view. More parameters arrive with comparison, briefing and language. */
export interface ViewState {
  /** Id of the proposal shown (a file name in models/ without .json). */
  proposal: string;
  /** Camera: the point looked at (degrees) and the distance from the globe's centre (globe radii). */
  at?: { lon: number; lat: number; distance: number };
}

export const URL_PARAMETERS = ["proposal", "at"] as const;

/** Reads "lon,lat,distance"; null when malformed or out of range. */
export function parseAt(value: string): ViewState["at"] | null {
  const parts = value.split(",");
  if (parts.length !== 3 || parts.some((p) => p.trim() === "")) return null;
  const [lon, lat, distance] = parts.map(Number) as [number, number, number];
  if (![lon, lat, distance].every(Number.isFinite)) return null;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  if (distance < DISTANCE_RANGE[0] || distance > DISTANCE_RANGE[1]) return null;
  return { lon, lat, distance };
}

export interface ParsedUrl {
  /** The parameters that were understood; anything missing falls back to the defaults. */
  state: Partial<ViewState>;
  /** One readable message per parameter that was ignored. */
  problems: string[];
}

/**
 * Reads the view from a query string. Each unknown, repeated or malformed parameter is ignored on its
 * own, with a message; the rest still apply.
 */
export function parseUrlState(search: string, proposals: readonly string[], fallbackTitle: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: Partial<ViewState> = {};
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      problems.push(`The URL parameter "${key}" is given more than once; only the first is used.`);
      continue;
    }
    seen.add(key);
    if (key === "proposal") {
      if (proposals.includes(value)) state.proposal = value;
      else problems.push(`There is no proposal "${value}"; showing "${fallbackTitle}" instead.`);
    } else if (key === "at") {
      const at = parseAt(value);
      if (at) state.at = at;
      else
        problems.push(
          `The URL parameter at="${value}" was ignored: it must be longitude,latitude,distance (degrees, degrees, ${DISTANCE_RANGE[0]} to ${DISTANCE_RANGE[1]} globe radii).`,
        );
    } else {
      problems.push(`Unknown URL parameter "${key}" was ignored.`);
    }
  }
  return { state, problems };
}

/** The query string for a view ("?proposal=…"), the inverse of parseUrlState. */
export function serialiseUrlState(state: ViewState): string {
  const p = new URLSearchParams();
  p.set("proposal", state.proposal);
  if (state.at) p.set("at", [state.at.lon, state.at.lat, state.at.distance].map((n) => +n.toFixed(2)).join(","));
  return `?${p.toString()}`;
}
