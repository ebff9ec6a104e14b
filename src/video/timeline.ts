import { clamp } from "../geo/easing";
import { flightDuration, flightPath } from "../geo/flight";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import { TRANSITION_SECONDS } from "../scene/transition";
import type { CameraAt } from "../state/viewState";

/** What the timeline needs of a step: its caption in the video's language, the hold the briefing sets, its camera. */
export interface TimelineInput {
  caption: string;
  hold?: number;
  camera: CameraAt;
}

/** One step's place in the video, in seconds, and how it arrives: a camera move and a colour blend at its start. */
export interface TimelineStep {
  index: number;
  start: number;
  end: number;
  /** The camera's move from `from` at the step's start (0: it is there already, or a cut). */
  move: number;
  /** The colours' blend from the previous step's (0: a cut). */
  fade: number;
  /** Where the camera starts (the previous step's camera, or a turn's start); null: at the step's own. */
  from: CameraAt | null;
  to: CameraAt;
}

export interface Timeline {
  fps: number;
  /** Frames in the whole video; frame n shows the moment n / fps. */
  frames: number;
  /** frames / fps. */
  duration: number;
  steps: TimelineStep[];
}

/** Reading speed for the default hold: characters a second, about what subtitle guidelines allow adults. */
export const CHARS_PER_SECOND = 15;
export const MIN_HOLD = 5;
export const MAX_HOLD = 120;
/** A single view's video: a slow turn of this many degrees to its subject, then a rest. */
export const TURN_DEGREES = 40;
export const TURN_SECONDS = 5;
export const TURN_REST = 3;
export const FRAME_RATES = [30, 25, 24] as const;

/** How long a step stays on screen when the briefing does not say: long enough to read its caption. */
export function defaultHold(caption: string): number {
  return clamp(Math.round((caption.trim().length / CHARS_PER_SECOND + 1) * 10) / 10, MIN_HOLD, MAX_HOLD);
}

/** The angle between two cameras' directions, in radians (the live flights' length follows it). */
function angleBetween(a: CameraAt, b: CameraAt): number {
  return flightPath(lonLatToXyz(a.lon, a.lat, 1), lonLatToXyz(b.lon, b.lat, 1)).angle;
}

/**
 * The video's timeline for a briefing's steps (or a single view: one step, `turn`), at `fps` frames a second. Each step
 * lasts its hold (at least a second more than its move), ending on the frame nearest its end in time; a step after the first starts with the live briefing's camera flight from the
 * previous step's camera and its colour blend, both cut with reduced motion. A single view turns slowly to its
 * subject (a cut to a still with reduced motion).
 */
export function videoTimeline(inputs: readonly TimelineInput[], options: { fps: number; reducedMotion: boolean; turn?: boolean }): Timeline {
  const { fps, reducedMotion } = options;
  const steps: TimelineStep[] = [];
  let frame = 0;
  // Each step ends on the frame nearest its end in time: the video is as long as its steps, to half a frame.
  let end = 0;
  inputs.forEach((input, index) => {
    const prev = inputs[index - 1];
    let from: CameraAt | null = null;
    let move = 0;
    let fade = 0;
    let hold = input.hold ?? defaultHold(input.caption);
    if (options.turn && index === 0) {
      hold = reducedMotion ? MIN_HOLD : TURN_SECONDS + TURN_REST;
      if (!reducedMotion) {
        from = { lon: input.camera.lon - TURN_DEGREES, lat: input.camera.lat, distance: input.camera.distance };
        move = TURN_SECONDS;
      }
    } else if (prev && !reducedMotion) {
      from = prev.camera;
      move = flightDuration(angleBetween(prev.camera, input.camera));
      fade = TRANSITION_SECONDS;
    }
    end += Math.max(hold, move + 1);
    const frames = Math.max(1, Math.round(end * fps) - frame);
    steps.push({ index, start: frame / fps, end: (frame + frames) / fps, move, fade, from, to: input.camera });
    frame += frames;
  });
  return { fps, frames: frame, duration: frame / fps, steps };
}

/** What frame n shows: its step, and how far the step's move and blend are (0 to 1, linear; 1 once done). */
export interface FrameState {
  step: number;
  time: number;
  move: number;
  fade: number;
  /** The move and the blend are done: the names are written, as on the live globe at rest. */
  settled: boolean;
}

export function frameState(timeline: Timeline, n: number): FrameState {
  const time = n / timeline.fps;
  const steps = timeline.steps;
  let i = 0;
  while (i < steps.length - 1 && time >= steps[i]!.end - 1e-9) i++;
  const s = steps[i]!;
  const into = time - s.start;
  const move = s.move > 0 ? clamp(into / s.move, 0, 1) : 1;
  const fade = s.fade > 0 ? clamp(into / s.fade, 0, 1) : 1;
  return { step: i, time, move, fade, settled: move >= 1 && fade >= 1 };
}

/** The frame in the middle of step i's rest (after its move): a still of that step. */
export function restFrame(timeline: Timeline, i: number): number {
  const s = timeline.steps[i]!;
  const settledAt = s.start + Math.max(s.move, s.fade);
  return Math.min(Math.round(s.end * timeline.fps) - 1, Math.round(((settledAt + s.end) / 2) * timeline.fps));
}

/**
 * Which frames show something new: every frame of a move or a blend, and the first at rest of each step. The others
 * repeat the frame before them (a subtitle burned in aside), so a render draws each resting picture once.
 */
export function framesToDraw(timeline: Timeline): Uint8Array {
  const out = new Uint8Array(timeline.frames);
  let resting = -1;
  for (let n = 0; n < timeline.frames; n++) {
    const s = frameState(timeline, n);
    out[n] = s.settled && resting === s.step ? 0 : 1;
    resting = s.settled ? s.step : -1;
  }
  return out;
}
