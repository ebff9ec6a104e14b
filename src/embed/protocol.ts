/**
 * The messages between an embedded globe (`embed=1`) and the page that hosts it, as plain data. The host
 * sends `show` commands; the globe answers with `ready` once its first view is drawn and `changed` after each
 * change of view. Values are written as URL parameters are (src/state/urlState.ts), and read by the same rules.
 */
import type { YearParam } from "../state/asOf";
import type { ThemeChoice } from "../theme";
import { serialiseUrlState, type ViewState } from "../state/urlState";
import type { ResizeEvent } from "./sizeMessages";

/** The parts of the view a host may set: URL parameters, with the same meanings. Never embed, origins or lang. */
export const SHOW_FIELDS = ["proposal", "compare", "mode", "brief", "step", "year", "at", "theme"] as const;
export type ShowField = (typeof SHOW_FIELDS)[number];

/** A command from the host page, as it is posted. Numbers and lists are accepted where the URL has them. */
export interface ShowMessage {
  type: "show";
  proposal?: string;
  /** "a,b" or ["a", "b"]. */
  compare?: string | readonly [string, string];
  mode?: "full" | "differences";
  brief?: string;
  /** Counted from 1: 3 or "3". */
  step?: number | string;
  /** As in the URL: "2011" for each model's own date (the view's AsOf "model-date"), or "today". */
  year?: YearParam;
  /** "lon,lat,distance" or [lon, lat, distance]. */
  at?: string | readonly [number, number, number];
  /** The colour scheme: "light", "dark", or "auto" (as the reader's system prefers); for a host page with its own toggle. */
  theme?: ThemeChoice;
}

/** The view in URL-parameter form, as the globe reports it: `{ brief: "may-2011", step: "3" }`. */
export type ViewParams = Record<string, string>;

/**
 * What the globe posts to its host: `ready` and `changed` to allowed origins only, `resize` (the height the
 * embed needs, in CSS pixels; sizeMessages.ts) to any.
 */
export type GlobeEvent = { type: "ready"; state: ViewParams } | { type: "changed"; state: ViewParams } | ResizeEvent;

/** A show command read from a message: each field as its URL value, and a note for each field that was not usable. */
export interface ShowCommand {
  fields: Partial<Record<ShowField, string>>;
  /** Names of fields that are unknown or hold a value of the wrong kind (ignored on their own). */
  unusable: string[];
}

const isShowField = (key: string): key is ShowField => (SHOW_FIELDS as readonly string[]).includes(key);

/** A value as a URL parameter would carry it: text as it is, a finite number, or a list of these joined by commas. */
function asParam(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (Array.isArray(value) && value.length <= 3 && value.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v))))
    return value.join(",");
  return undefined;
}

/**
 * Reads a message's data as a show command; null when it is not one (not a plain object, or its `type` is not
 * "show"), so that anything else posted to the window is left alone. Only the object's own fields are read.
 */
export function readShowCommand(data: unknown): ShowCommand | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(record, "type") || record.type !== "show") return null;
  const fields: ShowCommand["fields"] = {};
  const unusable: string[] = [];
  for (const key of Object.keys(record)) {
    if (key === "type") continue;
    const value = isShowField(key) ? asParam(record[key]) : undefined;
    if (isShowField(key) && value !== undefined) fields[key] = value;
    else unusable.push(key);
  }
  return { fields, unusable };
}

/**
 * The view as URL parameters, without those about the frame (embed, origins): what a host can show again. Its
 * `year` is written as in the URL ("today"; each model's own date, the default, is left out).
 */
export function viewParams(state: ViewState): ViewParams {
  return Object.fromEntries(new URLSearchParams(serialiseUrlState({ ...state, embed: false, origins: undefined, pymChild: undefined })));
}
