import type { Insets } from "./exportLayout";

/** The frames a news desk publishes: an exact image size each. */
export const PRESETS = {
  hd: { width: 1920, height: 1080 },
  "4k": { width: 3840, height: 2160 },
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
  vertical: { width: 1080, height: 1920 },
} as const;

export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
export const isPreset = (id: string): id is PresetId => id in PRESETS;

/**
 * What each frame keeps clear along its edges, as shares of its width (left, right) and height (top, bottom): the
 * broadcast title-safe area for the 16:9 frames (5 % each side), a 5 % margin for the feed's square and 4:5 posts, and
 * for the vertical frame the bands that vertical-video apps lay their name, caption and buttons over (about 13 %
 * at the top, 18 % at the bottom, 11 % on the right where the buttons run). Text and globes stay inside; the
 * background runs to the edges.
 */
const SAFE_SHARES: Record<PresetId, { top: number; right: number; bottom: number; left: number }> = {
  hd: { top: 0.05, right: 0.05, bottom: 0.05, left: 0.05 },
  "4k": { top: 0.05, right: 0.05, bottom: 0.05, left: 0.05 },
  square: { top: 0.05, right: 0.05, bottom: 0.05, left: 0.05 },
  portrait: { top: 0.05, right: 0.05, bottom: 0.05, left: 0.05 },
  vertical: { top: 0.13, right: 0.11, bottom: 0.18, left: 0.055 },
};

/** A preset frame's safe insets in image pixels (see SAFE_SHARES). */
export function safeInsets(id: PresetId): Insets {
  const { width, height } = PRESETS[id];
  const s = SAFE_SHARES[id];
  return { top: Math.round(s.top * height), right: Math.round(s.right * width), bottom: Math.round(s.bottom * height), left: Math.round(s.left * width) };
}

/** A credit line from the build option: trimmed, on one line; none when empty or absent. It takes the place of the site file's credit (model/siteCredit.ts). */
export function creditFrom(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.replace(/\s+/g, " ").trim();
  return text ? text.slice(0, 200) : null;
}

declare const __EXPORT_CREDIT__: string | undefined;

/** The credit line the build was made with (`CREDIT="…" npm run build`, see vite.config.ts); null without one (and outside Vite). */
export const CREDIT = creditFrom(typeof __EXPORT_CREDIT__ === "string" ? __EXPORT_CREDIT__ : undefined);
