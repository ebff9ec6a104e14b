/**
 * The start-up table: for every page under each profile, the medians of its start-up loads (first coloured frame,
 * the first paint's picture, the JavaScript before the first coloured frame), their ratios to the bare three.js
 * sphere's first coloured frame under the same profile, and the targets.
 */
import type { StartResult } from "./measureStart";
import { START_TARGETS } from "./metrics";
import { DESKTOP, PHONE, type ProfileName, type StartPage } from "./page";
import { formatMet, formatNumber, formatRatio, median, ratio } from "./stats";

/** One page under one profile: medians over its start-up loads. */
export interface StartRow {
  page: StartPage;
  profile: ProfileName;
  loads: number;
  firstColouredMs: number | null;
  firstColouredPaintedMs: number | null;
  ratioToSphere: number | null;
  ratioTarget: number | null;
  ratioMet: boolean | null;
  /** Whether any load showed the first paint's picture (no: a view the build drew none of, or no first paint). */
  pictureShown: boolean;
  /** The loads whose picture was painted (its Element Timing entry), and the median of their paint times. */
  picturePaintedLoads: number;
  firstPictureMs: number | null;
  /** The picture's paint time over the sphere's first coloured frame, and its target (our pages that show one). */
  pictureToSphere: number | null;
  pictureTarget: number | null;
  pictureMet: boolean | null;
  jsBeforeColouredKB: number | null;
  jsTargetKB: number | null;
  jsMet: boolean | null;
  /** JavaScript before the first coloured frame per frame of the page (median kB): the story's own and its iframe's. */
  frames: { frame: string; top: boolean; kB: number | null }[];
}

const kB = (n: number | null | undefined) => (n == null ? null : n / 1000);
const within = (value: number | null, target: number | null) => (target === null || value === null ? null : value <= target);

/** The start-up table's rows: every page of every profile run, in the profile's order. */
export function summarizeStarts(starts: readonly StartResult[], profiles: readonly ProfileName[]): StartRow[] {
  const rows: StartRow[] = [];
  for (const profile of [DESKTOP, PHONE].filter((p) => profiles.includes(p.name))) {
    const of = (page: StartPage) => starts.filter((s) => s.profile === profile.name && s.page === page);
    const sphereMs = median(of("sphere").map((s) => s.firstColouredMs));
    for (const page of profile.pages) {
      const loads = of(page);
      const firstColouredMs = median(loads.map((s) => s.firstColouredMs));
      const jsBeforeColouredKB = kB(median(loads.map((s) => s.jsBeforeColoured?.bytes ?? null)));
      const ours = START_TARGETS.ours.has(page);
      const ratioToSphere = page === "sphere" ? null : ratio(firstColouredMs, sphereMs);
      const ratioTarget = ours ? START_TARGETS.ratioToSphere[profile.name] : null;
      const pictureShown = loads.some((s) => s.firstPicture.shown);
      const painted = loads.map((s) => s.firstPicture.paintedMs).filter((t): t is number => t !== null);
      const firstPictureMs = median(painted);
      const pictureToSphere = ratio(firstPictureMs, sphereMs);
      const pictureTarget = ours && pictureShown ? START_TARGETS.pictureToSphere : null;
      const jsTargetKB = START_TARGETS.jsKB[page] ?? null;
      const frameNames = [...new Set(loads.flatMap((s) => s.jsBeforeColoured?.frames.map((f) => f.frame) ?? []))];
      rows.push({
        page,
        profile: profile.name,
        loads: loads.length,
        firstColouredMs,
        firstColouredPaintedMs: median(loads.map((s) => s.firstColouredPaintedMs)),
        ratioToSphere,
        ratioTarget,
        ratioMet: within(ratioToSphere, ratioTarget),
        pictureShown,
        picturePaintedLoads: painted.length,
        firstPictureMs,
        pictureToSphere,
        pictureTarget,
        pictureMet: within(pictureToSphere, pictureTarget),
        jsBeforeColouredKB,
        jsTargetKB,
        jsMet: within(jsBeforeColouredKB, jsTargetKB),
        frames: frameNames.map((frame) => ({ frame, top: frame === loads[0]?.url, kB: kB(median(loads.map((s) => s.jsBeforeColoured?.frames.find((f) => f.frame === frame)?.bytes ?? null))) })),
      });
    }
  }
  return rows;
}

export const START_HEADER = [
  "page",
  "profile",
  "first coloured (median)",
  "ratio to sphere",
  "ratio target",
  "met?",
  "first picture painted (median)",
  "picture / sphere",
  "picture target",
  "met?",
  "JS before first coloured (gzip)",
  "JS target",
  "met?",
];

/** The picture's four cells: its paint time, its ratio to the sphere, the target, met or not; n/a where the page showed none. */
export function pictureCells(r: StartRow): string[] {
  if (r.loads === 0) return ["not loaded", "", "", ""];
  if (!r.pictureShown) return ["n/a", "n/a", "", ""];
  const some = r.picturePaintedLoads < r.loads ? ` (${r.picturePaintedLoads} of ${r.loads} loads)` : "";
  return [
    r.firstPictureMs === null ? "not painted" : `${formatNumber(r.firstPictureMs, 0)} ms${some}`,
    formatRatio(r.pictureToSphere),
    r.pictureTarget === null ? "" : `≤ ${r.pictureTarget}x`,
    formatMet(r.pictureMet),
  ];
}

export function startCells(r: StartRow): string[] {
  const missing = r.loads === 0 ? "not loaded" : "no mark";
  return [
    r.page,
    r.profile,
    r.firstColouredMs === null ? missing : `${formatNumber(r.firstColouredMs, 0)} ms`,
    r.page === "sphere" ? "1.00x (floor)" : formatRatio(r.ratioToSphere),
    r.ratioTarget === null ? "" : `≤ ${r.ratioTarget}x`,
    formatMet(r.ratioMet),
    ...pictureCells(r),
    r.jsBeforeColouredKB === null ? missing : `${formatNumber(r.jsBeforeColouredKB, 1)} kB`,
    r.jsTargetKB === null ? "" : `≤ ${r.jsTargetKB} kB`,
    formatMet(r.jsMet),
  ];
}

/** The page's own scripts and its iframes' ("story.html 12.3 kB + iframe index.html 240.1 kB"). */
export function frameSplit(r: StartRow): string {
  const name = (f: StartRow["frames"][number]) => `${f.top ? "" : "iframe "}${new URL(f.frame, "http://x").pathname.split("/").pop() || "/"}`;
  return [...r.frames].sort((a, b) => Number(b.top) - Number(a.top)).map((f) => `${name(f)} ${formatNumber(f.kB, 1)} kB`).join(" + ");
}
