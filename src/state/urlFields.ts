/**
 * The URL's parameters read one by one, each by its own rule, as typed values: what a URL and a host page's show
 * command (src/embed/applyShow.ts) both read. Each reader gives the value, or why it was not usable.
 */
import { isLang, type Lang } from "../i18n/lang";
import { DISTANCE_RANGE, inCameraRanges } from "../model/cameraRanges";
import { isThemeChoice, type ThemeChoice } from "../theme";
import { asOfFromYear, type AsOf } from "./asOf";
import { MAX_ORIGINS, parseOrigins } from "./origins";
import type { IgnoredReason } from "./urlProblems";
import type { CameraAt, Known, ViewState } from "./viewState";

/** A parameter's value as read: usable, or not and why. */
export type FieldRead<T> = { ok: true; value: T } | { ok: false; reason: IgnoredReason };

const ok = <T>(value: T): FieldRead<T> => ({ ok: true, value });
const not = <T>(reason: IgnoredReason): FieldRead<T> => ({ ok: false, reason });

/** A decimal number as the URL writes it: an optional minus, digits, an optional fraction (no exponent, no hex, no spaces). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Reads "lon,lat,distance", three decimal numbers; null when malformed or outside the camera's ranges, which are
 * those of a model's view (src/model/cameraRanges.ts).
 */
export function parseAt(value: string): CameraAt | null {
  const parts = value.split(",");
  if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return null;
  const [lon, lat, distance] = parts.map(Number) as [number, number, number];
  return inCameraRanges({ lon, lat, distance }) ? { lon, lat, distance } : null;
}

/** `proposal`: the id of a known proposal. */
export const readProposal = (value: string, known: Known): FieldRead<string> =>
  known.proposals.includes(value) ? ok(value) : not({ code: "no-proposal", ids: [value] });

/** `compare`: two different known proposals, "a,b". */
export function readCompare(value: string, known: Known): FieldRead<[string, string]> {
  const ids = value.split(",");
  const unknown = ids.filter((id) => !known.proposals.includes(id));
  if (ids.length !== 2) return not({ code: "two-proposals" });
  if (unknown.length) return not({ code: "no-proposal", ids: unknown });
  if (ids[0] === ids[1]) return not({ code: "same-twice" });
  return ok([ids[0]!, ids[1]!]);
}

/** `mode`: "full" or "differences". */
export const readMode = (value: string): FieldRead<ViewState["mode"]> =>
  value === "full" || value === "differences" ? ok(value) : not({ code: "not-mode" });

/** `link`: "1" (the cameras move together) or "0". */
export const readLink = (value: string): FieldRead<boolean> => (value === "0" || value === "1" ? ok(value === "1") : not({ code: "not-link" }));

/** `point`: the id of a known point of contention. */
export const readPoint = (value: string, known: Known): FieldRead<string> =>
  known.points?.includes(value) ? ok(value) : not({ code: "no-point", id: value });

/** `brief`: the id of a known briefing. */
export const readBrief = (value: string, known: Known): FieldRead<string> =>
  known.briefings.some((b) => b.id === value) ? ok(value) : not({ code: "no-briefing", id: value });

/**
 * `step`: a step of the given briefing, counted from 1, written as a whole number without leading zeros ("2", not
 * "02" or "2.0"). Without a briefing, no step can be read.
 */
export function readStep(value: string, briefing: { steps: number } | undefined): FieldRead<number> {
  if (!briefing) return not({ code: "no-briefing-to-step" });
  const n = Number(value);
  if (!/^[1-9]\d*$/.test(value) || n > briefing.steps) return not({ code: "step-range", steps: briefing.steps });
  return ok(n);
}

/** `at`: the camera, "lon,lat,distance". */
export function readAt(value: string): FieldRead<CameraAt> {
  const at = parseAt(value);
  return at ? ok(at) : not({ code: "not-camera", distance: DISTANCE_RANGE });
}

/** `year`: "2011" (each model's own date) or "today". */
export function readYear(value: string): FieldRead<AsOf> {
  const asOf = asOfFromYear(value);
  return asOf ? ok(asOf) : not({ code: "not-year" });
}

/** `embed`: "1" or "0". */
export const readEmbed = (value: string): FieldRead<boolean> => (value === "0" || value === "1" ? ok(value === "1") : not({ code: "not-embed" }));

/** `origins`: the host pages an embedded globe takes commands from. */
export function readOrigins(value: string): FieldRead<string[]> {
  const origins = parseOrigins(value);
  return origins ? ok(origins) : not({ code: "not-origins", max: MAX_ORIGINS });
}

/** The longest Pym.js frame id read: far beyond an element id a page would give (Pym uses the container's id). */
export const MAX_CHILD_ID = 200;

/**
 * `childId`, from Pym.js: the id of the host page's element that holds the frame, as Pym's parent writes it.
 * Any text without spaces or control characters, up to MAX_CHILD_ID characters.
 */
export const readChildId = (value: string): FieldRead<string> =>
  value.length <= MAX_CHILD_ID && /^[^\s\u0000-\u001f\u007f]+$/u.test(value) ? ok(value) : not({ code: "not-child-id", max: MAX_CHILD_ID });

/** `lang`: a language of the interface. */
export const readLang = (value: string): FieldRead<Lang> => (isLang(value) ? ok(value) : not({ code: "not-lang" }));

/** `theme`: "auto" (the scheme the reader's system prefers), "light" or "dark". */
export const readTheme = (value: string): FieldRead<ThemeChoice> => (isThemeChoice(value) ? ok(value) : not({ code: "not-theme" }));
