import { PRESETS, safeInsets, type PresetId } from "../ui/exportPresets";
import type { Insets } from "../ui/exportLayout";

/** The video formats desks publish: each the frame of an export preset, with that preset's safe insets. */
export const VIDEO_FORMATS = {
  "16:9": "hd",
  "1:1": "square",
  "4:5": "portrait",
  "9:16": "vertical",
} as const satisfies Record<string, PresetId>;

export type VideoFormatId = keyof typeof VIDEO_FORMATS;
export const VIDEO_FORMAT_IDS = Object.keys(VIDEO_FORMATS) as VideoFormatId[];
export const isVideoFormat = (id: unknown): id is VideoFormatId => typeof id === "string" && Object.hasOwn(VIDEO_FORMATS, id);

export interface VideoFrameSize {
  preset: PresetId;
  width: number;
  height: number;
  safe: Insets;
}

/** A format's frame: its size in pixels and what it keeps clear along its edges. */
export function videoFrame(id: VideoFormatId): VideoFrameSize {
  const preset = VIDEO_FORMATS[id];
  return { preset, ...PRESETS[preset], safe: safeInsets(preset) };
}

/** "16:9" written for a file name: "16x9". */
export const formatSlug = (id: VideoFormatId) => id.replace(":", "x");
