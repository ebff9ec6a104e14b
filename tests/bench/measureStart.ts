/**
 * One measured start-up of a page under a profile: its first coloured frame, the JavaScript that had arrived
 * by then, and when the first paint's picture was painted. For the pages that only this measures (the embed, the story, the sphere, and every page under the
 * phone profile); the app's and the baseline's full desktop loads give the same figures (see startOf).
 */
import type { Browser, CDPSession, Frame } from "playwright-core";
import { FRAME_PICTURES, firstPicture, type FirstPicture, type FramePictures } from "./firstPicture";
import type { LoadResult } from "./measureLoad";
import { RENDERER_STRING } from "./launch";
import { START_TIMEOUT_MS, type Profile, type ProfileName, type StartPage } from "./page";
import { openTab } from "./openTab";
import { sleep } from "./wait";
import { watchNetwork, type Bytes, type ScriptsBefore } from "./watchNetwork";

/** After the first coloured frame, how long to wait for the frame after it and for the network events still on their way. */
const AFTER_MARK_TIMEOUT_MS = 30_000;
const SETTLE_MS = 500;

export interface StartResult {
  page: StartPage;
  profile: ProfileName;
  run: number;
  url: string;
  /** The first performance.mark("globe:coloured") of any frame, in ms from the top page's navigation start. */
  firstColouredMs: number | null;
  /** The first animation frame after it (that frame has been drawn by then), on the same clock. */
  firstColouredPaintedMs: number | null;
  /** The first paint's picture: shown or not, and when painted, on the same clock (the story's: its iframe's). */
  firstPicture: FirstPicture;
  /** The address of the frame that marked (the story's: its iframe). */
  markFrame: string | null;
  /** JavaScript (every frame's) whose response had finished by the first coloured frame, bytes on the wire. */
  jsBeforeColoured: ScriptsBefore | null;
  /** Everything transferred by the end of the measurement. */
  bytes: Bytes | null;
  /** The WebGL renderer of a new context in the page, after the measurement. */
  renderer: string | null;
  errors: string[];
  wallMs: number;
  /** When each step of the measurement ended, ms after it began (Node's clock): a slow one shows here. */
  steps?: { context: number; commit: number; mark: number; after: number; end: number };
}

/** The start-up figures of a full load (the app's or the baseline's on the desktop). */
export function startOf(r: LoadResult): StartResult {
  return {
    page: r.page === "ours" ? "app" : "baseline",
    profile: "desktop",
    run: r.run,
    url: r.url,
    firstColouredMs: r.firstColouredMs,
    firstColouredPaintedMs: r.firstColouredPaintedMs,
    firstPicture: r.firstPicture,
    markFrame: r.marks ? r.url : null,
    jsBeforeColoured: r.jsBeforeColoured,
    bytes: r.bytes,
    renderer: r.rendererString,
    errors: r.errors,
    wallMs: r.wallMs,
  };
}

/** Applies a profile's CPU and network throttling to a page's CDP session (none for the desktop). */
export async function applyProfile(cdp: CDPSession, profile: Profile): Promise<void> {
  if (profile.cpuThrottlingRate !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuThrottlingRate });
  if (profile.network) await cdp.send("Network.emulateNetworkConditions", profile.network);
}

interface FrameMark {
  origin: number;
  mark: number | null;
  after: number | null;
}

/** A frame's first mark and the frame after it, with its time origin; null while it has no bench record (or is navigating). */
async function frameMark(frame: Frame): Promise<FrameMark | null> {
  try {
    return (await frame.evaluate(
      `typeof __bench === "undefined" ? null : { origin: performance.timeOrigin, mark: __bench.marks[0] ?? null, after: __bench.afterMark[0] ?? null }`,
    )) as FrameMark | null;
  } catch {
    return null;
  }
}

export async function measureStart(browser: Browser, profile: Profile, page: StartPage, url: string, run: number): Promise<StartResult> {
  const started = Date.now();
  const context = await browser.newContext(profile.context);
  const steps = { context: Date.now() - started, commit: 0, mark: 0, after: 0, end: 0 };
  try {
    const { tab, errors, state, cdp } = await openTab(context);
    await applyProfile(cdp, profile);
    const network = watchNetwork(cdp);

    await tab.goto(url, { waitUntil: "commit", timeout: START_TIMEOUT_MS });
    const topOrigin = (await tab.evaluate("performance.timeOrigin")) as number;
    steps.commit = Date.now() - started;

    // The first mark of any frame, on the Unix clock (timeOrigin + mark): the story's is its iframe's.
    const deadline = Date.now() + START_TIMEOUT_MS;
    let found: { frame: Frame; at: FrameMark } | null = null;
    while (!found) {
      if (state.crashed) throw new Error(`${page} (${profile.name}): the page crashed during start-up`);
      for (const frame of tab.frames()) {
        const at = await frameMark(frame);
        if (at?.mark != null && (!found || at.origin + at.mark < found.at.origin + found.at.mark!)) found = { frame, at };
      }
      if (found) break;
      if (Date.now() > deadline) throw new Error(`${page} (${profile.name}): no first coloured frame after ${START_TIMEOUT_MS / 1000} s (${errors.join("; ")})`);
      await sleep(50);
    }
    const markEpoch = found.at.origin + found.at.mark!;
    steps.mark = Date.now() - started;
    const afterDeadline = Date.now() + AFTER_MARK_TIMEOUT_MS;
    let after = found.at.after;
    while (after === null && Date.now() < afterDeadline) {
      await sleep(50);
      after = (await frameMark(found.frame))?.after ?? null;
    }
    steps.after = Date.now() - started;
    await sleep(SETTLE_MS);

    // The picture is painted before the first coloured frame, or not at all (the app takes it away then).
    const pictures: FramePictures[] = [];
    for (const frame of tab.frames()) {
      try {
        const p = (await frame.evaluate(FRAME_PICTURES)) as FramePictures | null;
        if (p) pictures.push(p);
      } catch {}
    }
    const jsBeforeColoured = network.scriptsBefore(markEpoch);
    const { bytes } = network.summary("ours");
    let renderer: string | null = null;
    try {
      renderer = (await tab.evaluate(RENDERER_STRING)) as string | null;
    } catch {}
    steps.end = Date.now() - started;
    return {
      page,
      profile: profile.name,
      run,
      url,
      firstColouredMs: markEpoch - topOrigin,
      firstColouredPaintedMs: after === null ? null : found.at.origin + after - topOrigin,
      firstPicture: firstPicture(pictures, topOrigin),
      markFrame: found.frame.url(),
      jsBeforeColoured,
      bytes,
      renderer,
      errors,
      wallMs: Date.now() - started,
      steps,
    };
  } finally {
    await context.close();
  }
}
