/**
 * The report: the start-up of every page under each profile (startTable.ts: first coloured frame, the first paint's
 * picture, their ratios to the bare three.js sphere's first coloured frame, the JavaScript before it, targets), then
 * one row per figure of the full loads (median of the loads, ratio ours/baseline, target, the sphere's figure where
 * it applies), as a table, JSON and Markdown.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { FIRST_PAINT_TIMING } from "../../src/publish/pictureFiles";
import { NO_GPU, type Launched } from "./launch";
import type { LeakResult } from "./leakCheck";
import { videoLine, type VideoBench } from "./videoCheck";
import { IDLE_MS, ORBIT_MS, SWITCH_WINDOW_MS, type LoadResult } from "./measureLoad";
import type { StartResult } from "./measureStart";
import { METRICS, START_TARGETS } from "./metrics";
import type { Options } from "./options";
import { PHONE, VIEWPORT } from "./page";
import { START_HEADER, frameSplit, startCells, summarizeStarts } from "./startTable";
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
  /** The bare sphere's figure; "n/a" where the figure does not apply to it (it is not orbited, switched or counted). */
  sphere: number | null | "n/a";
  /** Text for the ours column when there is no number (e.g. "bundled in JS"). */
  note?: string;
  /** Text for the met? column instead of yes/NO (a GPU-only target in software). */
  metNote?: string;
}

function summarizeRuns(runs: LoadResult[], sphere: StartResult[], leak: LeakResult | null, hardware: boolean): Row[] {
  const rows: Row[] = METRICS.map((m) => {
    const ours = median(runs.filter((r) => r.page === "ours").map(m.get));
    const baseline = median(runs.filter((r) => r.page === "baseline").map(m.get));
    const r = ratio(ours, baseline);
    const row: Row = {
      key: m.key,
      label: m.label,
      unit: m.unit,
      ours,
      baseline,
      ratio: r,
      target: targetText(m.target, m.unit),
      met: meets(m.target, ours, r),
      sphere: m.sphere ? median(sphere.map(m.sphere)) : "n/a",
    };
    if (m.key === "geographyKB" && ours === null) row.note = "bundled in JS";
    if (m.key === "firstColouredMs" && ours === null) row.note = "no mark";
    if ((m.key === "switchLatencyMs" || m.key === "firstColouredPaintedMs" || m.key === "jsBeforeColouredKB") && ours === null) row.note = "no mark";
    if (m.key === "areaDrawCalls" && ours === null) row.note = "no __globe";
    if (m.gpuOnly) {
      row.target += " (GPU)";
      if (!hardware) {
        row.met = null;
        row.metNote = "n/a: software";
      }
    }
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
        sphere: "n/a",
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
      sphere: "n/a",
      note: `${leak.before.heapMB.toFixed(1)} → ${leak.after.heapMB.toFixed(1)} MB (${leak.heapChange >= 0 ? "+" : ""}${(leak.heapChange * 100).toFixed(1)}%)`,
    });
  }
  return rows;
}

function cells(row: Row): string[] {
  const digits = METRICS.find((m) => m.key === row.key)?.digits;
  const unit = row.unit && row.unit !== "x" ? ` ${row.unit}` : row.unit;
  const value = (v: number | null) => (v === null ? "–" : `${formatNumber(v, digits)}${unit}`);
  const leak = row.key.startsWith("leak.");
  return [
    row.label,
    row.note ?? value(row.ours),
    leak ? "" : value(row.baseline),
    formatRatio(row.ratio),
    row.target,
    row.metNote ?? formatMet(row.met),
    row.sphere === "n/a" ? (leak ? "" : "n/a") : value(row.sphere),
  ];
}

const HEADER = ["metric", "ours", "baseline", "ratio", "target", "met?", "sphere"];

export interface ReportInput {
  options: Options;
  runs: LoadResult[];
  starts: StartResult[];
  /** Start-up loads that failed (page, profile, run, message): the bench exits 1 after the report. */
  startErrors: string[];
  leak: LeakResult | null;
  leakError: string | null;
  video: VideoBench | null;
  videoError: string | null;
  launched: Launched;
  chromiumVersion: string;
}

/** Prints the tables and writes tests/bench/results/bench-<time>.json, latest.json and latest.md. */
export function writeReport({ options, runs, starts, startErrors, leak, leakError, video, videoError, launched, chromiumVersion }: ReportInput): void {
  const hardware = launched.hardware;
  const sphereDesktop = starts.filter((s) => s.page === "sphere" && s.profile === "desktop");
  const rows = summarizeRuns(runs, sphereDesktop, leak, hardware);
  const startRows = summarizeStarts(starts, options.profiles);
  const cpus = os.cpus();
  const webgl = `${launched.renderer ?? "no WebGL"} (${hardware ? "hardware GPU" : "software"})`;
  const machine = {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model ?? "unknown",
    cpuCount: cpus.length,
    totalMemoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    chromium: chromiumVersion,
    node: process.version,
    webgl,
    webglRenderer: launched.renderer,
    hardwareGpu: hardware,
  };
  const otherRenderers = [...new Set(starts.map((s) => s.renderer).concat(runs.map((r) => r.rendererString)).filter((s): s is string => !!s && s !== launched.renderer))];
  const date = new Date().toISOString();
  const profilesText = options.profiles.join(" and ");
  const story = startRows.find((r) => r.page === "story" && r.frames.length);

  const gpuLines: string[] = [];
  if (hardware) {
    const gpuRows = rows.filter((r) => METRICS.find((m) => m.key === r.key)?.gpuOnly);
    gpuLines.push(
      `Hardware GPU: ${launched.renderer}. The two GPU-only targets, from the app's desktop loads:`,
      "",
      markdownTable(["target", "ours", "met?"], gpuRows.map((r) => [`${r.label} ${r.target}`, cells(r)[1]!, formatMet(r.met)])),
    );
  } else {
    gpuLines.push(
      `${NO_GPU}${options.gpu ? " (--gpu found none)" : ""}. The GPU-only targets (main thread per orbiting frame < 3 ms, ` +
        "switch p95 / idle p95 ≤ 1.2x) are not checked; their figures are in the table above.",
    );
  }

  const startNotes = [
    `Pages: app /app/, embed /app/?proposal=russia-sectors&embed=1, story /app/story.html (its globe is an iframe of the embed), ` +
      `sphere: a bare three.js sphere (one WebGLRenderer, one flat-coloured SphereGeometry, drawn once), the floor. ` +
      `First coloured: performance.mark("globe:coloured") of any of the page's frames, from the page's navigation start. ` +
      `First picture painted: the renderTime of the Element Timing entry of the first paint's picture (its img, ` +
      `elementtiming="${FIRST_PAINT_TIMING}"; the story's from its iframe), on the same clock; n/a where the page shows none ` +
      `(a view the build drew no picture of, or a page without a first paint); picture / sphere: that time over the sphere's first coloured frame. ` +
      `JS before first coloured: bytes on the wire (gzip) of every frame's JavaScript responses finished before that mark. ` +
      `The app's and the baseline's desktop rows are from their full loads. ` +
      `Targets: first coloured ≤ ${START_TARGETS.ratioToSphere.desktop}× the sphere's on the desktop, ≤ ${START_TARGETS.ratioToSphere.phone}× on the phone ` +
      `(the app, the embed, the story); the first picture painted ≤ ${START_TARGETS.pictureToSphere}× the sphere's first coloured frame ` +
      `under each profile (the reader sees the view before three.js has even started); JS before first coloured: app ≤ ${START_TARGETS.jsKB.app} kB, embed ≤ ${START_TARGETS.jsKB.embed} kB.`,
    options.profiles.includes("phone")
      ? `Phone: 4× CPU throttling, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, 390×844 at 2×, touch; start-up only ` +
        `(the app, the embed and the sphere; no orbit, switches or leak check; the story and the baseline are not loaded).`
      : "",
    story ? `Story's JavaScript before its first coloured frame by frame: ${frameSplit(story)}.` : "",
  ].filter(Boolean);

  const startTable = textTable(START_HEADER, startRows.map(startCells));
  const table = textTable(HEADER, rows.map(cells));
  console.log(`\n${startTable}\n\n${table}\n`);
  if (!hardware) console.log(NO_GPU);
  if (!runs.some((r) => r.page === "ours" && r.marks) && options.profiles.includes("desktop"))
    console.log('note: the app set no performance.mark("globe:coloured"): start-up and switch latency are not measured for it.');
  for (const e of startErrors) console.log(`start-up load failed: ${e}`);

  mkdirSync(RESULTS, { recursive: true });
  const json = JSON.stringify(
    {
      date,
      machine,
      gpu: { requested: options.gpu, hardware, renderer: launched.renderer, args: launched.args, probes: launched.probes, otherRenderers },
      options: { ...options, viewport: VIEWPORT, phone: PHONE, idleMs: IDLE_MS, orbitMs: ORBIT_MS, switchWindowMs: SWITCH_WINDOW_MS, gzip: true },
      startSummary: startRows,
      summary: rows,
      runs,
      starts,
      startErrors,
      leak,
      leakError,
      video,
      videoError,
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
      `headless Chromium ${chromiumVersion}, WebGL renderer: ${webgl}, gzip  `,
    hardware ? null : `**${NO_GPU}**  `,
    otherRenderers.length ? `Other renderers seen in the pages: ${otherRenderers.join("; ")}  ` : null,
    `Median of ${options.runs} load(s) of each page, alternating (a fresh browser context each; the app loaded once, unmeasured, before the first), profiles: ${profilesText}. Baseline: the same countries (world-atlas 1:50m) ` +
      `drawn with react-globe.gl.`,
    "",
    "## Start-up by page and profile",
    "",
    ...startNotes.map((n) => `${n}  `),
    "",
    markdownTable(START_HEADER, startRows.map(startCells)),
    "",
    ...(startErrors.length ? ["Failed start-up loads:", "", ...startErrors.map((e) => `- ${e}`), ""] : []),
    "## All figures: the app against react-globe.gl (desktop)",
    "",
    options.profiles.includes("desktop")
      ? `${VIEWPORT.width}×${VIEWPORT.height}. Ratio: ours / baseline. Sphere: the bare three.js sphere's figure where it applies ` +
        "(it is loaded for its start-up only: n/a for orbit, switches, heap and renderer figures)."
      : "Not measured (--phone: the phone profile only).",
    "",
    options.profiles.includes("desktop") ? markdownTable(HEADER, rows.map(cells)) : null,
    options.profiles.includes("desktop") ? "" : null,
    "## GPU-only targets",
    "",
    ...gpuLines,
    "",
    "## Video",
    "",
    video ? videoLine(video) : videoError ? `The video check failed: ${videoError}` : "Not measured (--skip-video).",
    "",
  ]
    .filter((line) => line !== null)
    .join("\n");
  writeFileSync(`${RESULTS}/latest.md`, md);
  console.log(`wrote ${file}, ${RESULTS}/latest.json and ${RESULTS}/latest.md`);
}

/** The video check alone (--video-only): printed, and written to tests/bench/results/video-<time>.json and video-latest.json. */
export function writeVideoReport(video: VideoBench, launched: Launched, chromiumVersion: string): void {
  const date = new Date().toISOString();
  const cpus = os.cpus();
  const json = JSON.stringify(
    {
      date,
      machine: { cpuModel: cpus[0]?.model ?? "unknown", cpuCount: cpus.length, chromium: chromiumVersion, webglRenderer: launched.renderer, hardwareGpu: launched.hardware },
      video,
    },
    null,
    2,
  );
  mkdirSync(RESULTS, { recursive: true });
  const file = `${RESULTS}/video-${date.replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, json);
  writeFileSync(`${RESULTS}/video-latest.json`, json);
  console.log(`wrote ${file} and ${RESULTS}/video-latest.json`);
}
