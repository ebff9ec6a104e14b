import { BufferTarget, CanvasSource, getFirstEncodableVideoCodec, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat } from "mediabunny";
import { smoothstep } from "../geo/easing";
import type { Lang } from "../i18n/lang";
import { PaletteTransition } from "../scene/PaletteTransition";
import { imageBuffers } from "../scene/exportViews";
import type { GlobeApi } from "../scene/GlobeScene";
import { fitProjection } from "../scene/viewFraming";
import { createCamera } from "../scene/camera";
import type { Screen } from "../screen/types";
import type { Vec3 } from "../geo/units";
import { canvasMeasure, loadFonts } from "../ui/composeImage";
import { composeFrame } from "../ui/composeFrame";
import { drawCaption } from "./drawCaption";
import { formatSlug, videoFrame, type VideoFormatId } from "./formats";
import { Pace } from "./pace";
import { cueAt, timedCues, webVtt, type Cue } from "./subtitles";
import { frameState, framesToDraw, videoTimeline } from "./timeline";
import { plannedTexts, planVideo, type PlannedStep } from "./videoPlan";

export type VideoCodecChoice = "avc" | "vp9";

export interface VideoRequest {
  api: GlobeApi;
  /** One screen per step of the briefing, in order; a single view: its one screen, with `turn`. */
  screens: readonly Screen[];
  /** Each step's caption in the video's language, and the hold the briefing sets for it. */
  steps: readonly { caption: string; hold?: number }[];
  turn: boolean;
  format: VideoFormatId;
  lang: Lang;
  fps: number;
  reducedMotion: boolean;
  burnIn: boolean;
  /** File name without extension. */
  name: string;
  /** The codecs to try, in order (default: H.264 in MP4, then VP9 in WebM). */
  codecs?: readonly VideoCodecChoice[];
  signal: AbortSignal;
  onProgress: (p: VideoProgress) => void;
}

export interface VideoProgress {
  /** From 1. */
  step: number;
  steps: number;
  /** Frames done. */
  frame: number;
  frames: number;
  /** An estimate from the frames done so far; null before there is one. */
  secondsLeft: number | null;
}

export interface VideoResult {
  video: Blob;
  fileName: string;
  container: "MP4" | "WebM";
  codec: "H.264" | "VP9";
  width: number;
  height: number;
  duration: number;
  frames: number;
  /** Frames the scene drew (the others repeat a step's picture at rest). */
  drawn: number;
  subtitles: string;
  subtitlesName: string;
}

const scratch: Vec3 = [0, 0, 0];


/** Copies a canvas's picture onto another of its size. */
function copyCanvas(from: HTMLCanvasElement, to: HTMLCanvasElement): void {
  if (to.width !== from.width) to.width = from.width;
  if (to.height !== from.height) to.height = from.height;
  to.getContext("2d")!.drawImage(from, 0, 0);
}

/** The render was cancelled: what the page says. */
export class VideoCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "VideoCancelled";
  }
}

/**
 * Draws the frames of a plan onto `canvas`: each globe's camera along its step's way and its colours at the blend's
 * progress (textures of its own, one pair per globe), rendered by the scene, then composed with the step's layout.
 * dispose() gives the textures back.
 */
export function frameDrawer(api: GlobeApi, plan: readonly PlannedStep[], width: number, height: number, canvas: HTMLCanvasElement) {
  const first = plan[0]!.screen;
  const slots = Math.max(...plan.map((p) => p.views.length));
  const transitions = Array.from({ length: slots }, () => new PaletteTransition(first.globes[0]!.palette.length / 8));
  const cameras = Array.from({ length: slots }, () => createCamera(first.camera.at));
  const centres = Array.from({ length: slots }, () => ({ x: 0, y: 0 }));
  // Each globe's part of the scene's request, made once: a frame only sets its rectangle and date.
  const slotViews = cameras.map((camera, g) => ({ rect: plan[0]!.views[0]!.rect, camera: () => camera, paint: { uniforms: transitions[g]!.uniforms, date: "" } }));
  const buffers = imageBuffers(width, height);
  return {
    /** Step i's frame with its move and blend at progress `move` and `fade` (0 to 1); names only when `settled`. */
    draw(i: number, move: number, fade: number, settled: boolean) {
      const step = plan[i]!;
      const e = smoothstep(move);
      const views = step.views.map((v, g) => {
        const camera = cameras[g]!;
        v.path(e, scratch);
        camera.position.set(scratch[0], scratch[1], scratch[2]);
        camera.lookAt(0, 0, 0);
        const c = centres[g]!;
        c.x = v.from.centre.x + (v.to.centre.x - v.from.centre.x) * e;
        c.y = v.from.centre.y + (v.to.centre.y - v.from.centre.y) * e;
        fitProjection(camera, v.rect.width, v.rect.height, c);
        camera.updateMatrixWorld();
        transitions[g]!.show(v.fromPalette, v.toPalette, fade);
        const view = slotViews[g]!;
        view.rect = v.rect;
        view.paint.date = v.date;
        return view;
      });
      const image = api.render({ frames: { width, height, scale: step.layout.k, views } }, false, buffers);
      composeFrame(image, step.layout, { legend: step.screen.legend, labels: settled ? step.text.labels : [], insets: step.insets }, step.screen.theme, canvas);
    },
    dispose() {
      transitions.forEach((t) => t.dispose());
      api.releaseExportLines();
    },
  };
}

/**
 * Pictures of a briefing's steps at rest, `width` × `height`, bare (the globes, headings and legend: the handout
 * prints the words beside them), as PNG files, drawn by the video's renderer.
 */
export async function renderStills(api: GlobeApi, screens: readonly Screen[], width: number, height: number, lang: Lang, signal?: AbortSignal): Promise<Blob[]> {
  const timeline = videoTimeline(
    screens.map((s) => ({ caption: "", camera: s.camera.at })),
    { fps: 1, reducedMotion: true },
  );
  const measure = canvasMeasure();
  await loadFonts(plannedTexts(planVideo(screens, timeline, { width, height }, lang, measure, { bare: true }), []));
  const plan = planVideo(screens, timeline, { width, height }, lang, measure, { bare: true });
  const canvas = document.createElement("canvas");
  const drawer = frameDrawer(api, plan, width, height, canvas);
  const out: Blob[] = [];
  try {
    for (let i = 0; i < plan.length; i++) {
      if (signal?.aborted) throw new VideoCancelled();
      drawer.draw(i, 1, 1, true);
      out.push(await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no picture"))), "image/png")));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    drawer.dispose();
  }
  return out;
}

/**
 * Renders a briefing's steps (or one view's turn) frame by frame, offline: each frame's globes drawn by the scene in
 * the frame's own colours and cameras (the live flights' paths and the live blend, at the frame's moment, not the
 * clock's), composed with the still export's layout and words, and encoded with WebCodecs as it goes (each frame
 * released once encoded), muxed by mediabunny into MP4 (H.264) or WebM (VP9). Cancelled (the signal) or failed, it
 * gives back the palettes' textures and the encoder, and throws.
 */
export async function renderVideo(req: VideoRequest): Promise<VideoResult> {
  const frame = videoFrame(req.format);
  const { width, height } = frame;
  const captions = req.steps.map((s) => s.caption);
  const timeline = videoTimeline(
    // The moves' lengths follow the subjects the cameras fly between (see videoPlan.ts).
    req.screens.map((s, i) => ({ caption: captions[i] ?? "", hold: req.steps[i]?.hold, camera: s.camera.subject ? { ...s.camera.at, lon: s.camera.subject.lon, lat: s.camera.subject.lat } : s.camera.at })),
    { fps: req.fps, reducedMotion: req.reducedMotion, turn: req.turn },
  );
  const cues = timedCues(timeline, captions);
  const measure = canvasMeasure();
  const options = { captionLines: req.burnIn ? 2 : 0, turn: req.turn };
  // The faces for every text first (a plan's words do not depend on the measure), then the layout measured in them.
  await loadFonts(plannedTexts(planVideo(req.screens, timeline, frame, req.lang, measure, options), captions));
  const plan = planVideo(req.screens, timeline, frame, req.lang, measure, options);
  if (req.signal.aborted) throw new VideoCancelled();

  const codec = await getFirstEncodableVideoCodec([...(req.codecs ?? ["avc", "vp9"])], { width, height });
  if (codec !== "avc" && codec !== "vp9") throw new Error("this browser cannot encode H.264 or VP9 video");
  const mp4 = codec === "avc";
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const output = new Output({ format: mp4 ? new Mp4OutputFormat({ fastStart: "in-memory" }) : new WebMOutputFormat(), target: new BufferTarget() });
  const source = new CanvasSource(canvas, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: req.fps });

  const drawer = frameDrawer(req.api, plan, width, height, canvas);
  // A step at rest is drawn once: its later frames repeat it, with the subtitle of the moment burned in over a copy.
  const toDraw = framesToDraw(timeline);
  const rest = req.burnIn ? document.createElement("canvas") : null;
  const pace = new Pace(toDraw);
  let shownCue: Cue | null = null;
  let finished = false;
  try {
    await output.start();
    for (let n = 0; n < timeline.frames; n++) {
      if (req.signal.aborted) throw new VideoCancelled();
      const state = frameState(timeline, n);
      const step = plan[state.step]!;
      const cue = req.burnIn && step.layout.caption ? cueAt(cues, state.time) : null;
      const ctx = canvas.getContext("2d")!;
      if (toDraw[n]) {
        drawer.draw(state.step, state.move, state.fade, state.settled);
        if (rest && state.settled) copyCanvas(canvas, rest);
        if (cue) drawCaption(ctx, measure, step.layout.caption!, cue.text, step.screen.theme);
        shownCue = cue;
      } else if (cue !== shownCue) {
        if (rest) ctx.drawImage(rest, 0, 0);
        if (cue) drawCaption(ctx, measure, step.layout.caption!, cue.text, step.screen.theme);
        shownCue = cue;
      }
      await source.add(n / req.fps, 1 / req.fps);
      pace.done(n);
      req.onProgress({ step: state.step + 1, steps: plan.length, frame: n + 1, frames: timeline.frames, secondsLeft: pace.left(n) });
      // The page takes its turn between frames: it stays usable, and Cancel is heard.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    source.close();
    await output.finalize();
    finished = true;
  } finally {
    drawer.dispose();
    if (!finished) await output.cancel().catch(() => undefined);
  }
  const buffer = (output.target as BufferTarget).buffer!;
  const container = mp4 ? "MP4" : "WebM";
  const base = `${req.name}.${req.lang}.${formatSlug(req.format)}`;
  return {
    video: new Blob([buffer], { type: mp4 ? "video/mp4" : "video/webm" }),
    fileName: `${base}.${mp4 ? "mp4" : "webm"}`,
    container,
    codec: mp4 ? "H.264" : "VP9",
    width,
    height,
    duration: timeline.duration,
    frames: timeline.frames,
    drawn: toDraw.reduce((a, b) => a + b, 0),
    subtitles: webVtt(cues),
    subtitlesName: `${base}.vtt`,
  };
}
