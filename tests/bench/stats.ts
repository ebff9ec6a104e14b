/** Pure helpers of the benchmark: summary statistics, ratios, target checks and table formatting. */

/** Median of the finite numbers in `values`; null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const v = finite(values);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Percentile p (0–100) of the finite numbers, interpolating linearly between ranks; null when there are none. */
export function percentile(values: readonly (number | null | undefined)[], p: number): number | null {
  const v = finite(values);
  if (!v.length) return null;
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (v.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return v[lo]! + (v[hi]! - v[lo]!) * (rank - lo);
}

/** Largest finite number; null when there are none. */
export function max(values: readonly (number | null | undefined)[]): number | null {
  const v = finite(values);
  return v.length ? v[v.length - 1]! : null;
}

/** The finite numbers of `values`, sorted ascending. */
function finite(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((x): x is number => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
}

/** Median, 95th percentile and maximum of a list of durations. */
export interface Summary {
  median: number | null;
  p95: number | null;
  max: number | null;
  count: number;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), p95: percentile(values, 95), max: max(values), count: values.length };
}

/** Differences between consecutive timestamps (frame intervals from rAF times). */
export function intervals(times: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < times.length; i++) out.push(times[i]! - times[i - 1]!);
  return out;
}

/**
 * The frame timestamps that cover the window [a, b]: the last frame at or before a, every frame inside,
 * and the first frame at or after b (sorted input). Their intervals span the whole window, so a window
 * shorter than one slow frame still yields that frame's interval.
 */
export function framesCovering(times: readonly number[], a: number, b: number): number[] {
  let first = 0;
  while (first + 1 < times.length && times[first + 1]! <= a) first++;
  let last = first;
  while (last + 1 < times.length && times[last]! < b) last++;
  return times.length ? times.slice(first, last + 1) : [];
}

/** ours / baseline; null when either is missing or the baseline is 0 (unless both are 0: then 1). */
export function ratio(ours: number | null | undefined, baseline: number | null | undefined): number | null {
  if (ours == null || baseline == null || !Number.isFinite(ours) || !Number.isFinite(baseline)) return null;
  if (baseline === 0) return ours === 0 ? 1 : null;
  return ours / baseline;
}

/** A target: a limit on the ratio ours/baseline, on our absolute figure, or a yes/no condition. */
export type Target =
  | { kind: "ratio"; max: number; strict?: boolean }
  | { kind: "absolute"; max: number; strict?: boolean }
  | { kind: "check" };

/** Whether a figure meets its target: null when there is nothing to check it against. */
export function meets(target: Target | undefined, ours: number | boolean | null, r: number | null): boolean | null {
  if (!target) return null;
  if (target.kind === "check") return typeof ours === "boolean" ? ours : null;
  const value = target.kind === "ratio" ? r : typeof ours === "number" ? ours : null;
  if (value == null) return null;
  return target.strict ? value < target.max : value <= target.max;
}

/** How a target reads in the table. */
export function targetText(target: Target | undefined, unit = ""): string {
  if (!target) return "";
  if (target.kind === "check") return "yes";
  const op = target.strict ? "<" : "≤";
  return target.kind === "ratio" ? `${op} ${target.max}x` : `${op} ${target.max}${unit === "x" ? "x" : unit ? ` ${unit}` : ""}`;
}

/** A number with a sensible number of digits for the table; "–" for a missing one. */
export function formatNumber(value: number | null | undefined, digits?: number): string {
  if (value == null || !Number.isFinite(value)) return "–";
  if (value === 0) return "0";
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toFixed(d);
}

/** A ratio as "0.25x"; a very small one with two significant digits ("0.0012x"). */
export const formatRatio = (r: number | null | undefined) =>
  r == null || !Number.isFinite(r) ? "–" : r !== 0 && Math.abs(r) < 0.01 ? `${Number(r.toPrecision(2))}x` : `${r.toFixed(2)}x`;

export const formatMet = (met: boolean | null) => (met === null ? "" : met ? "yes" : "NO");

/** A plain-text table with columns padded to their widest cell; numbers-looking cells are right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = /^[-–+]?[\d.,]+(\s?(x|ms|kB|MB|%))?$|^–$/;
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i > 0 && numeric.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

/** A markdown table (pipes in cells escaped). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => c.replace(/\|/g, "\\|");
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
