import { isVideoFormat, type VideoFormatId } from "../video/formats";
import type { VideoCodecChoice, VideoProgress, VideoResult } from "../video/renderVideo";
import type { VideoChoice } from "./videos";

/** What a script driving the page (the `npm run video` command, a desk's batch) may ask for. */
export interface VideoRequestOptions {
  format: VideoFormatId;
  fps?: number;
  burnIn?: boolean;
  steps?: [number, number];
  codec?: VideoCodecChoice;
  /** The briefing the page should be showing: a clear error when it is not (a mistyped id in the address). */
  brief?: string;
  /** Logs the progress to the console (`{"video": {…}}` lines), about twenty times over the render and at each step. */
  progress?: boolean;
}

/** The video made, without its bytes (they arrive as the page's downloads). */
export type VideoSummary = Omit<VideoResult, "video" | "subtitles">;

export interface Automation {
  video(options: VideoRequestOptions): Promise<VideoSummary>;
}

declare global {
  interface Window {
    /** The page's automation: see README, "Video from the command line". */
    proposalGlobeVideo?: Automation;
  }
}

/** Checks a script's options: a clear message for anything else. */
export function videoChoiceFrom(raw: unknown): Omit<VideoChoice, "signal" | "onProgress"> {
  const o = (raw ?? {}) as Record<string, unknown>;
  if (!isVideoFormat(o.format)) throw new Error(`format must be one of 16:9, 1:1, 4:5, 9:16 (got ${JSON.stringify(o.format)})`);
  const fps = o.fps ?? 30;
  if (typeof fps !== "number" || !Number.isInteger(fps) || fps < 1 || fps > 60) throw new Error("fps must be a whole number from 1 to 60");
  const steps = o.steps;
  if (steps !== undefined && !(Array.isArray(steps) && steps.length === 2 && steps.every((n) => Number.isInteger(n) && n >= 1))) throw new Error("steps must be [from, to], whole numbers from 1");
  if (o.codec !== undefined && o.codec !== "avc" && o.codec !== "vp9") throw new Error('codec must be "avc" (H.264 in MP4) or "vp9" (VP9 in WebM)');
  return { format: o.format, fps, burnIn: o.burnIn === true, steps: steps as [number, number] | undefined, codecs: o.codec ? [o.codec as VideoCodecChoice] : undefined };
}

/** Sets window.proposalGlobeVideo for the page's life; `make` is read when asked, so it is always the screen's latest. */
export function exposeAutomation(now: () => { makeVideo?: (choice: VideoChoice) => Promise<VideoResult>; briefing: string | null }): () => void {
  const automation: Automation = {
    async video(options) {
      const { makeVideo, briefing } = now();
      if (options?.brief !== undefined && options.brief !== briefing) throw new Error(`the page shows ${briefing ? `the briefing "${briefing}"` : "no briefing"}, not "${options.brief}"`);
      if (!makeVideo) throw new Error("video needs the 3D globe (WebGL), which this page does not have");
      let step = 0;
      const onProgress = (p: VideoProgress) => {
        if (!options?.progress) return;
        if (p.step !== step || p.frame % Math.max(1, Math.round(p.frames / 20)) === 0 || p.frame === p.frames) console.info(JSON.stringify({ video: p }));
        step = p.step;
      };
      const { video: _v, subtitles: _s, ...summary } = await makeVideo({ ...videoChoiceFrom(options), signal: new AbortController().signal, onProgress });
      return summary;
    },
  };
  window.proposalGlobeVideo = automation;
  return () => {
    if (window.proposalGlobeVideo === automation) delete window.proposalGlobeVideo;
  };
}
