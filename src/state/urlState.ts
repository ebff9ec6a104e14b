import { DEFAULT_LANG } from "../i18n/lang";
import { yearParam } from "./asOf";
import {
  readAt,
  readBrief,
  readChildId,
  readCompare,
  readEmbed,
  readLang,
  readLink,
  readMode,
  readOrigins,
  readPoint,
  readProposal,
  readStep,
  readTheme,
  readYear,
  type FieldRead,
} from "./urlFields";
import type { IgnoredReason, UrlProblem } from "./urlProblems";

export { parseAt } from "./urlFields";
export type { UrlProblem } from "./urlProblems";
export { DEFAULT_STATE, PYM_PARAMETERS, URL_PARAMETERS, type CameraAt, type Known, type UrlParameter, type ViewState } from "./viewState";
import { DEFAULT_STATE, PYM_PARAMETERS, URL_PARAMETERS, type Known, type PymParameter, type UrlParameter, type ViewState } from "./viewState";

const isUrlParameter = (key: string): key is UrlParameter => (URL_PARAMETERS as readonly string[]).includes(key);
const isPymParameter = (key: string): key is PymParameter => (PYM_PARAMETERS as readonly string[]).includes(key);

export interface ParsedUrl {
  /** The view the URL describes; anything missing or rejected falls back to the defaults. */
  state: ViewState;
  /** What was ignored, as data, in the order of the messages (see describeUrlProblem in ./urlProblems). */
  problems: UrlProblem[];
}

/** The longest address read, in characters, and the most parameters: far beyond any view's (about 120 and 5). */
export const MAX_QUERY_CHARS = 4_000;
export const MAX_PARAMETERS = 32;
/** Unknown or repeated parameter names named in one problem; the rest are counted. */
const NAMED = 3;

/**
 * Reads the view from a query string. Each unknown, repeated or malformed parameter is ignored on its own, with a
 * problem; the rest still apply. The problems are data, in no language: describeUrlProblem gives their words.
 */
export function parseUrlState(search: string, known: Known): ParsedUrl {
  // Past a length no view needs, the rest of the address is not read (up to the last whole parameter).
  const tooLong = search.length > MAX_QUERY_CHARS;
  const lastWhole = search.lastIndexOf("&", MAX_QUERY_CHARS);
  const firstEnd = search.indexOf("&", 1);
  // The first parameter is read whole, however long, so that its own message can name it.
  const read = !tooLong ? search : search.slice(0, lastWhole > 0 ? lastWhole : firstEnd > 0 ? firstEnd : search.length);
  const all = [...new URLSearchParams(read)];
  const params = all.slice(0, MAX_PARAMETERS);
  const state: ViewState = { ...DEFAULT_STATE };
  const problems: UrlProblem[] = [];
  const seen = new Set<string>();
  const unknownKeys: string[] = [];
  const repeatedKeys = new Set<string>();
  const ignore = (parameter: UrlParameter, value: string, reason: IgnoredReason) => problems.push({ code: "ignored", parameter, value, reason });
  let stepText: string | undefined;
  let childIdText: string | undefined;
  for (const [key, value] of params) {
    if (seen.has(key)) {
      // An unknown parameter is reported once as unknown, however often it is given.
      if (isUrlParameter(key)) repeatedKeys.add(key);
      continue;
    }
    seen.add(key);
    if (!isUrlParameter(key)) {
      // Pym.js's own parameters count as unknown unless the URL turns out to be an embed's (see below).
      unknownKeys.push(key);
      if (key === "childId") childIdText = value;
      continue;
    }
    /** Sets the part of the view that the value gives, or notes why it was ignored. */
    const take = <T>(field: FieldRead<T>, set: (value: T) => void) => (field.ok ? set(field.value) : ignore(key, value, field.reason));
    switch (key) {
      case "proposal":
        take(readProposal(value, known), (v) => (state.proposal = v));
        break;
      case "compare":
        take(readCompare(value, known), (v) => (state.compare = v));
        break;
      case "mode":
        take(readMode(value), (v) => (state.mode = v));
        break;
      case "link":
        take(readLink(value), (v) => (state.linked = v));
        break;
      case "point":
        take(readPoint(value, known), (v) => (state.point = v));
        break;
      case "brief":
        take(readBrief(value, known), (v) => (state.brief = v));
        break;
      case "step":
        // Read last, against the briefing, which may come after it.
        stepText = value;
        break;
      case "at":
        take(readAt(value), (v) => (state.at = v));
        break;
      case "year":
        take(readYear(value), (v) => (state.asOf = v));
        break;
      case "embed":
        take(readEmbed(value), (v) => (state.embed = v));
        break;
      case "origins":
        take(readOrigins(value), (v) => (state.origins = v));
        break;
      case "lang":
        take(readLang(value), (v) => (state.lang = v));
        break;
      case "theme":
        take(readTheme(value), (v) => (state.theme = v));
        break;
    }
  }
  // In an embed, the parameters Pym.js adds are expected: its frame id is kept, the rest (its width, the host
  // page's title and address) are not needed.
  if (state.embed) {
    unknownKeys.splice(0, unknownKeys.length, ...unknownKeys.filter((k) => !isPymParameter(k)));
    if (childIdText !== undefined) {
      const childId = readChildId(childIdText);
      if (childId.ok) state.pymChild = childId.value;
      else problems.push({ code: "ignored", parameter: "childId", value: childIdText, reason: childId.reason });
    }
  }
  // Unknown and repeated parameters in one problem each, naming the first few.
  const group = (code: "unknown" | "repeated", keys: readonly string[]) => {
    if (keys.length) problems.push({ code, parameters: keys.slice(0, NAMED), more: Math.max(0, keys.length - NAMED) });
  };
  group("repeated", [...repeatedKeys]);
  group("unknown", unknownKeys);
  if (all.length > MAX_PARAMETERS) problems.push({ code: "too-many", limit: MAX_PARAMETERS });
  if (tooLong) problems.push({ code: "too-long", limit: MAX_QUERY_CHARS });
  if (stepText !== undefined) {
    const step = readStep(stepText, known.briefings.find((b) => b.id === state.brief));
    if (step.ok) state.step = step.value;
    else ignore("step", stepText, step.reason);
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
  if (state.asOf && state.asOf !== DEFAULT_STATE.asOf) p.set("year", yearParam(state.asOf));
  if (state.at) p.set("at", [state.at.lon, state.at.lat, state.at.distance].map(round).join(","));
  if (state.embed) p.set("embed", "1");
  if (state.origins?.length) p.set("origins", state.origins.join(","));
  // Pym.js's frame id goes with the embed: a link out of the frame (embed off) has none.
  if (state.embed && state.pymChild) p.set("childId", state.pymChild);
  if (state.lang && state.lang !== DEFAULT_LANG) p.set("lang", state.lang);
  if (state.theme && state.theme !== DEFAULT_STATE.theme) p.set("theme", state.theme);
  // Commas, colons and slashes need no escaping in a query string; left as they are, the URL stays readable.
  const s = p.toString().replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
  return s ? `?${s}` : "";
}
