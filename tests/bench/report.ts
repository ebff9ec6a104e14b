/** The report: one row per figure (median of the loads, ratio, target), as a table, JSON and Markdown. */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { LeakResult } from "./leakCheck";
import { IDLE_MS, ORBIT_MS, SWITCH_WINDOW_MS, type LoadResult } from "./measureLoad";
import { METRICS } from "./metrics";
import type { Options } from "./options";
import { VIEWPORT } from "./page";
import { formatMet, formatNumber, formatRatio, markdownTable, median, meets, ratio, targetText, textTable } from "./stats";

const RESULTS = "tests/bench/results";

interface Row {
  key: string;
  label: string;
  unit: string;
  ours: number | null;
  baseline: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
  /** Text for the ours column when there is no number (e.g. "bundled in JS"). */
  note?: string;
}

function summarizeRuns(runs: LoadResult[], leak: LeakResult | null): Row[] {
  const rows: Row[] = METRICS.map((m) => {
    const ours = median(runs.filter((r) => r.page === "ours").map(m.get));
    const baseline = median(runs.filter((r) => r.page === "baseline").map(m.get));
    const r = ratio(ours, baseline);
    const row: Row = { key: m.key, label: m.label, unit: m.unit, ours, baseline, ratio: r, target: targetText(m.target, m.unit), met: meets(m.target, ours, r) };
    if (m.key === "geographyKB" && ours === null) row.note = "bundled in JS";
    if (m.key === "firstColouredMs" && ours === null) row.note = "no mark";
    if ((m.key === "switchLatencyMs" || m.key === "firstColouredPaintedMs") && ours === null) row.note = "no mark";
    if (m.key === "areaDrawCalls" && ours === null) row.note = "no __globe";
    return row;
  });
  if (leak) {
    const same = (k: "geometries" | "textures") => (leak.before[k] === null || leak.after[k] === null ? null : leak.before[k] === leak.after[k]);
    for (const k of ["geometries", "textures"] as const) {
      rows.push({
        key: `leak.${k}`,
        label: `After ${leak.switches} switches: ${k}`,
        unit: "",
        ours: leak.after[k],
        baseline: null,
        ratio: null,
        target: "unchanged",
        met: same(k),
        note: leak.before[k] === null ? "not exposed" : `${leak.before[k]} → ${leak.after[k]}`,
      });
    }
    rows.push({
      key: "leak.heap",
      label: `After ${leak.switches} switches: heap after GC`,
      unit: "%",
      ours: leak.heapChange * 100,
      baseline: null,
      ratio: null,
      target: "within 10%",
      met: Math.abs(leak.heapChange) <= 0.1,
      note: `${leak.before.heapMB.toFixed(1)} → ${leak.after.heapMB.toFixed(1)} MB (${leak.heapChange >= 0 ? "+" : ""}${(leak.heapChange * 100).toFixed(1)}%)`,
    });
  }
  return rows;
}

function cells(row: Row): string[] {
  const digits = METRICS.find((m) => m.key === row.key)?.digits;
  const unit = row.unit && row.unit !== "x" ? ` ${row.unit}` : row.unit;
  const value = (v: number | null) => (v === null ? "–" : `${formatNumber(v, digits)}${unit}`);
  return [row.label, row.note ?? value(row.ours), row.key.startsWith("leak.") ? "" : value(row.baseline), formatRatio(row.ratio), row.target, formatMet(row.met)];
}

const HEADER = ["metric", "ours", "baseline", "ratio", "target", "met?"];

/** Prints the table and writes tests/bench/results/bench-<time>.json, latest.json and latest.md. */
export function writeReport(options: Options, runs: LoadResult[], leak: LeakResult | null, leakError: string | null, chromiumVersion: string): void {
  const rows = summarizeRuns(runs, leak);
  const cpus = os.cpus();
  const machine = {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model ?? "unknown",
    cpuCount: cpus.length,
    totalMemoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    chromium: chromiumVersion,
    node: process.version,
    webgl: "SwiftShader (software)",
  };
  const date = new Date().toISOString();
  const table = textTable(HEADER, rows.map(cells));
  console.log(`\n${table}\n`);
  if (!runs.some((r) => r.page === "ours" && r.marks)) console.log('note: the app set no performance.mark("globe:coloured"): start-up and switch latency are not measured for it.');

  mkdirSync(RESULTS, { recursive: true });
  const json = JSON.stringify(
    {
      date,
      machine,
      options: { ...options, viewport: VIEWPORT, idleMs: IDLE_MS, orbitMs: ORBIT_MS, switchWindowMs: SWITCH_WINDOW_MS, gzip: true },
      summary: rows,
      runs,
      leak,
      leakError,
    },
    null,
    2,
  );
  const file = `${RESULTS}/bench-${date.replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, json);
  writeFileSync(`${RESULTS}/latest.json`, json);
  const md = [
    `Date: ${date.slice(0, 10)}  `,
    `Machine: ${machine.cpuModel} (${machine.cpuCount} cores), ${machine.totalMemoryGB} GB, ${machine.os}; ` +
      `headless Chromium ${chromiumVersion}, software WebGL (SwiftShader), ${VIEWPORT.width}×${VIEWPORT.height}, gzip  `,
    `Median of ${options.runs} load(s) of each page, alternating. Baseline: the same countries (world-atlas 1:50m) ` +
      `drawn with react-globe.gl. Ratio: ours / baseline.`,
    "",
    markdownTable(HEADER, rows.map(cells)),
    "",
  ].join("\n");
  writeFileSync(`${RESULTS}/latest.md`, md);
  console.log(`wrote ${file}, ${RESULTS}/latest.json and ${RESULTS}/latest.md`);
}
