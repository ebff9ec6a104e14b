import type { Geography } from "../data/geography";
import type { IsoDate } from "../data/dates";
import { i18nFor } from "../i18n/I18nContext";
import type { Lang } from "../i18n/lang";
import type { GlobeApi } from "../scene/GlobeScene";
import type { ScreenStatus } from "../screen/notices";
import { screenFor } from "../screen/screenFor";
import type { Catalogue, Screen } from "../screen/types";
import type { ViewState } from "../state/viewState";
import type { Scheme } from "../theme";
import type { VideoFormatId } from "../video/formats";
import type { VideoCodecChoice, VideoProgress, VideoResult } from "../video/renderVideo";
import { downloadBlob } from "./download";

/** What the reader chooses for a video. */
export interface VideoChoice {
  format: VideoFormatId;
  fps: number;
  burnIn: boolean;
  codecs?: readonly VideoCodecChoice[];
  /** Only these steps of a briefing, from and to (from 1, both included): a clip. Default: all of them. */
  steps?: readonly [number, number];
  signal: AbortSignal;
  onProgress: (p: VideoProgress) => void;
}

/** A handout: each step's screen and its picture (a PNG blob). */
export interface HandoutContent {
  screens: Screen[];
  pictures: Blob[];
}

interface Input {
  screen: Screen;
  view: ViewState;
  catalogue: Catalogue;
  geography: Geography;
  lang: Lang;
  today: IsoDate;
  status: ScreenStatus;
  prefers: Scheme;
  api: { current: GlobeApi | null };
  reducedMotion: boolean;
}

/** A clip's steps as asked, within the briefing's 1 to `count`, in order. */
export function stepRange([a, b]: readonly [number, number], count: number): [number, number] {
  const fit = (n: number) => Math.min(count, Math.max(1, Math.trunc(Number.isFinite(n) ? n : 1)));
  const [from, to] = [fit(a), fit(b)];
  return from <= to ? [from, to] : [to, from];
}

/** The handout's pictures: square, so their names and legend print at a legible size; at 95 mm wide, about 320 dpi. */
export const HANDOUT_PICTURE = { width: 1200, height: 1200 };

/**
 * The video and the handout of what is on screen: for a briefing, every step's screen (the pure screen model, the
 * page's view otherwise as it is); for any other view, its one screen, turned to slowly. The renderer's chunk (and
 * the muxer in it) loads when first asked for.
 */
export function videoMakers({ screen, view, catalogue, geography, lang, today, status, prefers, api, reducedMotion }: Input) {
  const briefing = screen.briefing;
  // Paper is light: the handout's pictures are drawn in the light theme whatever the screen's.
  const screens = (paper = false): Screen[] =>
    briefing ? briefing.steps.map((_, i) => screenFor({ ...view, step: i + 1, ...(paper ? { theme: "light" as const } : {}) }, catalogue, geography, lang, today, status, prefers)) : [screen];
  const globeApi = () => {
    const a = api.current;
    if (!a) throw new Error(i18nFor(lang).t.export.notReady);
    return a;
  };

  const makeVideo = async (choice: VideoChoice): Promise<VideoResult> => {
    const a = globeApi();
    const { renderVideo } = await import("../video/renderVideo");
    const { text } = i18nFor(lang);
    const all = screens();
    const [from, to] = briefing && choice.steps ? stepRange(choice.steps, all.length) : [1, all.length];
    const shown = all.slice(from - 1, to);
    const result = await renderVideo({
      api: a,
      screens: shown,
      steps: briefing ? briefing.steps.slice(from - 1, to).map((s) => ({ caption: text(s.caption), hold: s.hold })) : [{ caption: screen.title }],
      turn: !briefing,
      format: choice.format,
      lang,
      fps: choice.fps,
      reducedMotion,
      burnIn: choice.burnIn,
      name: briefing ? (from === 1 && to === all.length ? briefing.id : `${briefing.id}-steps-${from}-${to}`) : screen.fileStem,
      codecs: choice.codecs,
      signal: choice.signal,
      onProgress: choice.onProgress,
    });
    downloadBlob(result.video, result.fileName);
    downloadBlob(new Blob([result.subtitles], { type: "text/vtt" }), result.subtitlesName);
    return result;
  };

  const makeHandout = async (signal?: AbortSignal): Promise<HandoutContent> => {
    const a = globeApi();
    const { renderStills } = await import("../video/renderVideo");
    const shown = screens(true);
    const pictures = await renderStills(a, shown, HANDOUT_PICTURE.width, HANDOUT_PICTURE.height, lang, signal);
    return { screens: shown, pictures };
  };

  return { makeVideo, makeHandout: briefing ? makeHandout : undefined };
}
