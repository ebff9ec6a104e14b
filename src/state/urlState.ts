import { DISTANCE_RANGE } from "../model/schema";

export interface CameraAt {
  lon: number;
  lat: number;
  /** Distance from the globe's centre, in globe radii. */
  distance: number;
}

/** Everything the URL can say about the view. */
export interface ViewState {
  /** Id of the proposal shown alone (a file name in models/ without .json). */
  proposal?: string;
  /** Two proposals side by side. */
  compare?: [string, string];
  /** In a comparison: every region, or only the areas whose responsible party differs. Default full. */
  mode: "full" | "differences";
  /** In a comparison: whether the two cameras move together. Default true. */
  linked: boolean;
  /** A point of contention shown on the globe (its id in a context file). */
  point?: string;
  /** A briefing, and its step counted from 1. */
  brief?: string;
  step?: number;
  /** The camera. */
  at?: CameraAt;
  /** Membership and borders: as of each model's own date ("2011", the default) or as of today. */
  year: "2011" | "today";
  /** Embedded in another page: only the globe, the legend, the note and a link to the full view. */
  embed: boolean;
}

export const DEFAULT_STATE: ViewState = { mode: "full", linked: true, year: "2011", embed: false };

export const URL_PARAMETERS = ["proposal", "compare", "mode", "link", "point", "brief", "step", "at", "year", "embed"] as const;

/** What the URL may refer to. */
export interface Known {
  proposals: readonly string[];
  briefings: readonly { id: string; steps: number }[];
  /** Ids of the points of contention (optional: none when absent). */
  points?: readonly string[];
}

export interface ParsedUrl {
  /** The view the URL describes; anything missing or rejected falls back to the defaults. */
  state: ViewState;
  /** One readable message per parameter that was ignored. */
  problems: string[];
}

/** Reads "lon,lat,distance"; null when malformed or out of range. */
export function parseAt(value: string): CameraAt | null {
  const parts = value.split(",");
  if (parts.length !== 3 || parts.some((p) => p.trim() === "")) return null;
  const [lon, lat, distance] = parts.map(Number) as [number, number, number];
  if (![lon, lat, distance].every(Number.isFinite)) return null;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  if (distance < DISTANCE_RANGE[0] || distance > DISTANCE_RANGE[1]) return null;
  return { lon, lat, distance };
}

/**
 * Reads the view from a query string. Each unknown, repeated or malformed parameter is ignored on its
 * own, with a message; the rest still apply.
 */
export function parseUrlState(search: string, known: Known): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_STATE };
  const problems: string[] = [];
  const seen = new Set<string>();
  const ignore = (key: string, value: string, why: string) => problems.push(`The URL parameter ${key}="${value}" was ignored: ${why}.`);
  let stepText: string | undefined;
  for (const [key, value] of params) {
    if (seen.has(key)) {
      problems.push(`The URL parameter "${key}" is given more than once; only the first is used.`);
      continue;
    }
    seen.add(key);
    switch (key) {
      case "proposal":
        if (known.proposals.includes(value)) state.proposal = value;
        else ignore(key, value, `there is no proposal "${value}"`);
        break;
      case "compare": {
        const ids = value.split(",");
        const unknown = ids.filter((id) => !known.proposals.includes(id));
        if (ids.length !== 2) ignore(key, value, "it must name two proposals, separated by a comma");
        else if (unknown.length) ignore(key, value, `there is no proposal ${unknown.map((u) => `"${u}"`).join(" or ")}`);
        else if (ids[0] === ids[1]) ignore(key, value, "it names the same proposal twice");
        else state.compare = [ids[0]!, ids[1]!];
        break;
      }
      case "mode":
        if (value === "full" || value === "differences") state.mode = value;
        else ignore(key, value, 'it must be "full" or "differences"');
        break;
      case "link":
        if (value === "0" || value === "1") state.linked = value === "1";
        else ignore(key, value, 'it must be "1" (cameras move together) or "0"');
        break;
      case "point":
        if (known.points?.includes(value)) state.point = value;
        else ignore(key, value, `there is no point of contention "${value}"`);
        break;
      case "brief":
        if (known.briefings.some((b) => b.id === value)) state.brief = value;
        else ignore(key, value, `there is no briefing "${value}"`);
        break;
      case "step":
        stepText = value;
        break;
      case "at": {
        const at = parseAt(value);
        if (at) state.at = at;
        else
          ignore(key, value, `it must be longitude,latitude,distance (degrees, degrees, ${DISTANCE_RANGE[0]} to ${DISTANCE_RANGE[1]} globe radii)`);
        break;
      }
      case "year":
        if (value === "2011" || value === "today") state.year = value;
        else ignore(key, value, 'it must be "2011" (as the proposals were made) or "today"');
        break;
      case "embed":
        if (value === "0" || value === "1") state.embed = value === "1";
        else ignore(key, value, 'it must be "1" or "0"');
        break;
      default:
        problems.push(`Unknown URL parameter "${key}" was ignored.`);
    }
  }
  if (stepText !== undefined) {
    const briefing = known.briefings.find((b) => b.id === state.brief);
    const n = Number(stepText);
    if (!briefing) ignore("step", stepText, "there is no briefing to step through");
    else if (!/^\d+$/.test(stepText) || n < 1 || n > briefing.steps) ignore("step", stepText, `it must be a step number from 1 to ${briefing.steps}`);
    else state.step = n;
  }
  if (state.brief && state.step === undefined) state.step = 1;
  return { state, problems };
}

const round = (n: number) => +n.toFixed(2);

/** The query string for a view, the inverse of parseUrlState; defaults are left out. */
export function serialiseUrlState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.brief) {
    p.set("brief", state.brief);
    p.set("step", String(state.step ?? 1));
  } else if (state.point) {
    p.set("point", state.point);
  } else if (state.compare) {
    p.set("compare", state.compare.join(","));
    if (state.mode !== "full") p.set("mode", state.mode);
    if (!state.linked) p.set("link", "0");
  } else if (state.proposal) {
    p.set("proposal", state.proposal);
  }
  if (state.year && state.year !== "2011") p.set("year", state.year);
  if (state.at) p.set("at", [state.at.lon, state.at.lat, state.at.distance].map(round).join(","));
  if (state.embed) p.set("embed", "1");
  const s = p.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}
