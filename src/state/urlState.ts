import { DEFAULT_LANG, isLang, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import { DISTANCE_RANGE } from "../model/schema";
import { MAX_ORIGINS, parseOrigins } from "./origins";

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
  /** Embedded: the origins of the host pages whose `postMessage` commands the globe follows (see src/embed/). */
  origins?: string[];
  /** The interface language. Default "en". */
  lang: Lang;
}

export const DEFAULT_STATE: ViewState = { mode: "full", linked: true, year: "2011", embed: false, lang: DEFAULT_LANG };

export const URL_PARAMETERS = ["proposal", "compare", "mode", "link", "point", "brief", "step", "at", "year", "embed", "origins", "lang"] as const;

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

/** The longest address read, in characters, and the most parameters: far beyond any view's (about 120 and 5). */
export const MAX_QUERY_CHARS = 4_000;
export const MAX_PARAMETERS = 32;
/** Unknown or repeated parameter names named in one message; the rest are counted. */
const NAMED = 3;

/** A decimal number as the URL writes it: an optional minus, digits, an optional fraction (no exponent, no hex, no spaces). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Reads "lon,lat,distance", three decimal numbers; null when malformed or out of range. */
export function parseAt(value: string): CameraAt | null {
  const parts = value.split(",");
  if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return null;
  const [lon, lat, distance] = parts.map(Number) as [number, number, number];
  if (![lon, lat, distance].every(Number.isFinite)) return null;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  if (distance < DISTANCE_RANGE[0] || distance > DISTANCE_RANGE[1]) return null;
  return { lon, lat, distance };
}

/** The language the URL asks for: its first `lang` parameter when that is a known language, else the default. */
function urlLang(params: URLSearchParams): Lang {
  const value = params.get("lang");
  return value !== null && isLang(value) ? value : DEFAULT_LANG;
}

/**
 * Reads the view from a query string. Each unknown, repeated or malformed parameter is ignored on its
 * own, with a message; the rest still apply. The messages are in `messageLang` when given, otherwise in the
 * language the URL itself asks for (`lang`), or English.
 */
export function parseUrlState(search: string, known: Known, messageLang?: Lang): ParsedUrl {
  // Past a length no view needs, the rest of the address is not read (up to the last whole parameter).
  const tooLong = search.length > MAX_QUERY_CHARS;
  const lastWhole = search.lastIndexOf("&", MAX_QUERY_CHARS);
  const firstEnd = search.indexOf("&", 1);
  // The first parameter is read whole, however long, so that its own message can name it.
  const read = !tooLong ? search : search.slice(0, lastWhole > 0 ? lastWhole : firstEnd > 0 ? firstEnd : search.length);
  const all = [...new URLSearchParams(read)];
  const params = all.slice(0, MAX_PARAMETERS);
  const state: ViewState = { ...DEFAULT_STATE };
  const problems: string[] = [];
  const seen = new Set<string>();
  const unknownKeys: string[] = [];
  const repeatedKeys = new Set<string>();
  const t = strings(messageLang ?? urlLang(new URLSearchParams(params))).url;
  // A long value or name is shortened in the message: it is shown on screen.
  const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);
  const ignore = (key: string, value: string, why: string) => problems.push(t.ignored(shown(key), shown(value), why));
  let stepText: string | undefined;
  for (const [key, value] of params) {
    if (seen.has(key)) {
      // An unknown parameter is reported once as unknown, however often it is given.
      if ((URL_PARAMETERS as readonly string[]).includes(key)) repeatedKeys.add(shown(key));
      continue;
    }
    seen.add(key);
    switch (key) {
      case "proposal":
        if (known.proposals.includes(value)) state.proposal = value;
        else ignore(key, value, t.noProposal([shown(value)]));
        break;
      case "compare": {
        const ids = value.split(",");
        const unknown = ids.filter((id) => !known.proposals.includes(id));
        if (ids.length !== 2) ignore(key, value, t.twoProposals);
        else if (unknown.length) ignore(key, value, t.noProposal(unknown.map(shown)));
        else if (ids[0] === ids[1]) ignore(key, value, t.sameTwice);
        else state.compare = [ids[0]!, ids[1]!];
        break;
      }
      case "mode":
        if (value === "full" || value === "differences") state.mode = value;
        else ignore(key, value, t.mode);
        break;
      case "link":
        if (value === "0" || value === "1") state.linked = value === "1";
        else ignore(key, value, t.link);
        break;
      case "point":
        if (known.points?.includes(value)) state.point = value;
        else ignore(key, value, t.noPoint(shown(value)));
        break;
      case "brief":
        if (known.briefings.some((b) => b.id === value)) state.brief = value;
        else ignore(key, value, t.noBriefing(shown(value)));
        break;
      case "step":
        stepText = value;
        break;
      case "at": {
        const at = parseAt(value);
        if (at) state.at = at;
        else ignore(key, value, t.at(DISTANCE_RANGE[0], DISTANCE_RANGE[1]));
        break;
      }
      case "year":
        if (value === "2011" || value === "today") state.year = value;
        else ignore(key, value, t.year);
        break;
      case "embed":
        if (value === "0" || value === "1") state.embed = value === "1";
        else ignore(key, value, t.embed);
        break;
      case "origins": {
        const origins = parseOrigins(value);
        if (origins) state.origins = origins;
        else ignore(key, value, t.origins(MAX_ORIGINS));
        break;
      }
      case "lang":
        if (isLang(value)) state.lang = value;
        else ignore(key, value, t.lang);
        break;
      default:
        unknownKeys.push(shown(key));
    }
  }
  // Unknown and repeated parameters in one message each, naming the first few.
  const group = (keys: readonly string[], one: (k: string) => string, many: (k: readonly string[], more: number) => string) => {
    if (keys.length === 1) problems.push(one(keys[0]!));
    else if (keys.length > 1) problems.push(many(keys.slice(0, NAMED), Math.max(0, keys.length - NAMED)));
  };
  group([...repeatedKeys], t.repeated, t.repeatedMany);
  group(unknownKeys, t.unknown, t.unknownMany);
  if (all.length > MAX_PARAMETERS) problems.push(t.tooMany(MAX_PARAMETERS));
  if (tooLong) problems.push(t.tooLong(MAX_QUERY_CHARS));
  if (stepText !== undefined) {
    const briefing = known.briefings.find((b) => b.id === state.brief);
    const n = Number(stepText);
    if (!briefing) ignore("step", stepText, t.noBriefingToStep);
    // A step is written as a whole number without leading zeros: "2", not "02" or "2.0".
    else if (!/^[1-9]\d*$/.test(stepText) || n > briefing.steps) ignore("step", stepText, t.stepRange(briefing.steps));
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
  if (state.origins?.length) p.set("origins", state.origins.join(","));
  if (state.lang && state.lang !== DEFAULT_LANG) p.set("lang", state.lang);
  // Commas, colons and slashes need no escaping in a query string; left as they are, the URL stays readable.
  const s = p.toString().replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
  return s ? `?${s}` : "";
}
