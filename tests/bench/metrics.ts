/** The figures the bench reports, how each is read from a load, and its target. */
import type { LoadResult } from "./measureLoad";
import type { Target } from "./stats";

export interface Metric {
  key: string;
  label: string;
  unit: string;
  get: (r: LoadResult) => number | null;
  /** Targets apply to the app's figure (or to the ratio); the baseline's own figure is not checked. */
  target?: Target;
  /** Decimal places in the table (default: by size). */
  digits?: number;
}

const kB = (n: number | null) => (n === null ? null : n / 1000);

export const METRICS: Metric[] = [
  { key: "firstColouredMs", label: "First coloured frame", unit: "ms", get: (r) => r.firstColouredMs, target: { kind: "ratio", max: 0.25 } },
  { key: "firstColouredPaintedMs", label: "First coloured frame drawn (next frame)", unit: "ms", get: (r) => r.firstColouredPaintedMs },
  { key: "idleMedianMs", label: "Frame time idle, median", unit: "ms", get: (r) => r.idle.median },
  { key: "idleP95Ms", label: "Frame time idle, p95", unit: "ms", get: (r) => r.idle.p95 },
  { key: "idleMaxMs", label: "Frame time idle, max", unit: "ms", get: (r) => r.idle.max },
  { key: "orbitMedianMs", label: "Frame time orbiting, median", unit: "ms", get: (r) => r.orbit.median },
  { key: "orbitP95Ms", label: "Frame time orbiting, p95", unit: "ms", get: (r) => r.orbit.p95, target: { kind: "ratio", max: 0.2 } },
  { key: "orbitMaxMs", label: "Frame time orbiting, max", unit: "ms", get: (r) => r.orbit.max },
  { key: "orbitTaskMsPerFrame", label: "Main thread per frame orbiting (tasks)", unit: "ms", get: (r) => r.orbitTaskMsPerFrame, target: { kind: "absolute", max: 3, strict: true } },
  { key: "orbitScriptMsPerFrame", label: "Main thread per frame orbiting (script)", unit: "ms", get: (r) => r.orbitScriptMsPerFrame },
  { key: "switchMedianMs", label: "Frame time during switch, median", unit: "ms", get: (r) => r.switchFrames.median },
  { key: "switchP95Ms", label: "Frame time during switch, p95", unit: "ms", get: (r) => r.switchFrames.p95 },
  { key: "switchMaxMs", label: "Frame time during switch, max", unit: "ms", get: (r) => r.switchFrames.max },
  { key: "switchP95OverIdleP95", label: "Switch p95 / idle p95", unit: "x", get: (r) => r.switchP95OverIdleP95, target: { kind: "absolute", max: 1.2 } },
  { key: "switchLatencyMs", label: "Switch latency (click to painted frame)", unit: "ms", get: (r) => r.switchLatencyMs, target: { kind: "ratio", max: 0.1 } },
  { key: "longTasksStartup", label: "Long tasks in start-up, count", unit: "", get: (r) => r.longTasksStartup.count, digits: 0 },
  { key: "longTasksStartupMaxMs", label: "Long tasks in start-up, longest", unit: "ms", get: (r) => r.longTasksStartup.longestMs },
  { key: "longTasksSwitch", label: "Long tasks in switches, count (all)", unit: "", get: (r) => r.longTasksSwitch.count, digits: 0 },
  { key: "longTasksSwitchMaxMs", label: "Long tasks in switches, longest", unit: "ms", get: (r) => r.longTasksSwitch.longestMs, target: { kind: "absolute", max: 50 } },
  { key: "heapMB", label: "JS heap after GC", unit: "MB", get: (r) => r.heapMB },
  { key: "jsKB", label: "Transferred JS (gzip)", unit: "kB", get: (r) => kB(r.bytes.js) },
  { key: "dataKB", label: "Transferred data (gzip)", unit: "kB", get: (r) => kB(r.bytes.data) },
  { key: "fontsKB", label: "Transferred fonts", unit: "kB", get: (r) => kB(r.bytes.fonts) },
  { key: "otherKB", label: "Transferred other (html, css)", unit: "kB", get: (r) => kB(r.bytes.other) },
  { key: "jsDataKB", label: "Transferred JS + data (gzip)", unit: "kB", get: (r) => kB(r.bytes.jsData), target: { kind: "ratio", max: 0.7 } },
  { key: "geographyKB", label: "Geography transferred (gzip)", unit: "kB", get: (r) => kB(r.bytes.geography), target: { kind: "absolute", max: 150 } },
  { key: "drawCallsPerFrame", label: "WebGL draw calls per frame", unit: "", get: (r) => r.drawCallsPerFrame, digits: 0 },
  { key: "areaDrawCalls", label: "Land + sea draw calls per frame", unit: "", get: (r) => r.renderer.areaDrawCalls, target: { kind: "absolute", max: 3 }, digits: 0 },
  { key: "geometries", label: "Renderer geometries", unit: "", get: (r) => r.renderer.geometries, digits: 0 },
  { key: "textures", label: "Renderer textures", unit: "", get: (r) => r.renderer.textures, digits: 0 },
];
