/**
 * How a problem in a file is written, the same in the app's notices and in `npm run validate`:
 *
 *   models/x.json: regions[3].countries[1]: unknown country "XYZ"
 *     hint: closest known codes: XKX (Kosovo), …
 *
 * The first line names the file, the path and the problem, with the bad value (`(value: …)`) where the problem
 * does not already quote it; the hint line, when there is one, says what would be valid.
 */

/** What separates a problem from its hint. */
export const HINT = "\n  hint: ";

/** The longest value quoted in a message, in characters; a longer one is cut with "…". */
const MAX_VALUE = 60;

/** regions[3].countries[1] */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || "(top level)";
}

/** A value as JSON, shortened: `"XYZ"`, `42`, `[]`, `{"en":"x"}`. */
export function showValue(value: unknown): string {
  let s: string;
  // JSON writes numbers past its range (1e309 is read as Infinity) as null: name them as they are.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    // Not JSON (a BigInt, a cycle: only when called with values that did not come from a file).
    try {
      s = Array.isArray(value) ? `a list of ${value.length} items` : typeof value === "object" && value ? "an object" : String(value);
    } catch {
      s = Object.prototype.toString.call(value);
    }
  }
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** Extra parts of a message: the bad value (when the problem does not already quote it) and a hint. */
export interface Detail {
  value?: unknown;
  hint?: string | undefined;
}

/** The problem with its value and hint: `unknown field "x"` + hint, `must be at most 90 (value: 100)`. */
export function describeProblem(message: string, detail: Detail = {}): string {
  const value = "value" in detail ? ` (value: ${showValue(detail.value)})` : "";
  return `${message}${value}${detail.hint ? HINT + detail.hint : ""}`;
}

/** `<file>: <path>: <problem>`, with the value and the hint. */
export function problem(file: string, path: string, message: string, detail?: Detail): string {
  return `${file}: ${path}: ${describeProblem(message, detail)}`;
}
