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

/** A credit line from the build option: trimmed, on one line; none when empty or absent. It takes the place of the site file's credit (model/siteCredit.ts). */
export function creditFrom(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.replace(/\s+/g, " ").trim();
  return text ? text.slice(0, 200) : null;
}

declare const __EXPORT_CREDIT__: string | undefined;

/** The credit line the build was made with (`CREDIT="…" npm run build`, see vite.config.ts); null without one (and outside Vite). */
export const CREDIT = creditFrom(typeof __EXPORT_CREDIT__ === "string" ? __EXPORT_CREDIT__ : undefined);
