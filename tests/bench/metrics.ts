/** The figures the bench reports, how each is read from a load, and its target. */
import type { LoadResult } from "./measureLoad";
import type { StartResult } from "./measureStart";
import type { ProfileName, StartPage } from "./page";
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
  /** The bare three.js sphere's figure, from its desktop start-up loads; without it the sphere's column says n/a. */
  sphere?: (s: StartResult) => number | null;
  /** A target that only a hardware GPU can meet: not checked when the renderer is a software one. */
  gpuOnly?: boolean;
}

const kB = (n: number | null) => (n === null ? null : n / 1000);

export const METRICS: Metric[] = [
  { key: "firstColouredMs", label: "First coloured frame", unit: "ms", get: (r) => r.firstColouredMs, target: { kind: "ratio", max: 0.25 }, sphere: (s) => s.firstColouredMs },
  { key: "firstColouredPaintedMs", label: "First coloured frame drawn (next frame)", unit: "ms", get: (r) => r.firstColouredPaintedMs, sphere: (s) => s.firstColouredPaintedMs },
  { key: "idleMedianMs", label: "Frame time idle, median", unit: "ms", get: (r) => r.idle.median },
  { key: "idleP95Ms", label: "Frame time idle, p95", unit: "ms", get: (r) => r.idle.p95 },
  { key: "idleMaxMs", label: "Frame time idle, max", unit: "ms", get: (r) => r.idle.max },
  { key: "orbitMedianMs", label: "Frame time orbiting, median", unit: "ms", get: (r) => r.orbit.median },
  { key: "orbitP95Ms", label: "Frame time orbiting, p95", unit: "ms", get: (r) => r.orbit.p95, target: { kind: "ratio", max: 0.2 } },
  { key: "orbitMaxMs", label: "Frame time orbiting, max", unit: "ms", get: (r) => r.orbit.max },
  { key: "orbitTaskMsPerFrame", label: "Main thread per frame orbiting (tasks)", unit: "ms", get: (r) => r.orbitTaskMsPerFrame, target: { kind: "absolute", max: 3, strict: true }, gpuOnly: true },
  { key: "orbitScriptMsPerFrame", label: "Main thread per frame orbiting (script)", unit: "ms", get: (r) => r.orbitScriptMsPerFrame },
  { key: "switchMedianMs", label: "Frame time during switch, median", unit: "ms", get: (r) => r.switchFrames.median },
  { key: "switchP95Ms", label: "Frame time during switch, p95", unit: "ms", get: (r) => r.switchFrames.p95 },
  { key: "switchMaxMs", label: "Frame time during switch, max", unit: "ms", get: (r) => r.switchFrames.max },
  { key: "switchP95OverIdleP95", label: "Switch p95 / idle p95", unit: "x", get: (r) => r.switchP95OverIdleP95, target: { kind: "absolute", max: 1.2 }, gpuOnly: true },
  { key: "switchLatencyMs", label: "Switch latency (click to painted frame)", unit: "ms", get: (r) => r.switchLatencyMs, target: { kind: "ratio", max: 0.1 } },
  { key: "longTasksStartup", label: "Long tasks in start-up, count", unit: "", get: (r) => r.longTasksStartup.count, digits: 0 },
  { key: "longTasksStartupMaxMs", label: "Long tasks in start-up, longest", unit: "ms", get: (r) => r.longTasksStartup.longestMs },
  { key: "longTasksSwitch", label: "Long tasks in switches, count (all)", unit: "", get: (r) => r.longTasksSwitch.count, digits: 0 },
  { key: "longTasksSwitchMaxMs", label: "Long tasks in switches, longest", unit: "ms", get: (r) => r.longTasksSwitch.longestMs, target: { kind: "absolute", max: 50 } },
  { key: "heapMB", label: "JS heap after GC", unit: "MB", get: (r) => r.heapMB },
  { key: "jsBeforeColouredKB", label: "JS transferred before first coloured frame (gzip)", unit: "kB", get: (r) => kB(r.jsBeforeColoured?.bytes ?? null), sphere: (s) => kB(s.jsBeforeColoured?.bytes ?? null) },
  { key: "jsKB", label: "Transferred JS (gzip)", unit: "kB", get: (r) => kB(r.bytes.js), sphere: (s) => kB(s.bytes?.js ?? null) },
  { key: "dataKB", label: "Transferred data (gzip)", unit: "kB", get: (r) => kB(r.bytes.data), sphere: (s) => kB(s.bytes?.data ?? null) },
  { key: "fontsKB", label: "Transferred fonts", unit: "kB", get: (r) => kB(r.bytes.fonts), sphere: (s) => kB(s.bytes?.fonts ?? null) },
  { key: "otherKB", label: "Transferred other (html, css, pictures)", unit: "kB", get: (r) => kB(r.bytes.other), sphere: (s) => kB(s.bytes?.other ?? null) },
  { key: "jsDataKB", label: "Transferred JS + data (gzip)", unit: "kB", get: (r) => kB(r.bytes.jsData), target: { kind: "ratio", max: 0.7 }, sphere: (s) => kB(s.bytes?.jsData ?? null) },
  { key: "geographyKB", label: "Geography transferred (gzip)", unit: "kB", get: (r) => kB(r.bytes.geography), target: { kind: "absolute", max: 150 } },
  { key: "drawCallsPerFrame", label: "WebGL draw calls per frame", unit: "", get: (r) => r.drawCallsPerFrame, digits: 0 },
  { key: "areaDrawCalls", label: "Land + sea draw calls per frame", unit: "", get: (r) => r.renderer.areaDrawCalls, target: { kind: "absolute", max: 3 }, digits: 0 },
  { key: "geometries", label: "Renderer geometries", unit: "", get: (r) => r.renderer.geometries, digits: 0 },
  { key: "textures", label: "Renderer textures", unit: "", get: (r) => r.renderer.textures, digits: 0 },
];

/**
 * Start-up targets of our pages (the app, the embed, the story): the first coloured frame against the bare three.js
 * sphere's under the same profile, the first paint's picture against the same (the reader sees the view before
 * three.js has even started), and the JavaScript that has to arrive before the first coloured frame.
 */
export const START_TARGETS = {
  ratioToSphere: { desktop: 1.25, phone: 1.5 } as Record<ProfileName, number>,
  pictureToSphere: 0.3,
  ours: new Set<StartPage>(["app", "embed", "story"]),
  jsKB: { app: 260, embed: 240 } as Partial<Record<StartPage, number>>,
};
