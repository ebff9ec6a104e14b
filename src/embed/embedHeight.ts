/**
 * The height an embedded globe (`embed=1`) asks its host page for, at the width the host gives it: the parts of
 * the embed's layout that are laid out as text (the bar with the title, any notices, the legend's rows and the
 * note, measured in the page) and the globes, whose height this decides. Heights in CSS pixels.
 */

/**
 * The frame sizes at which the embed's layout folds (src/styles.css): the legend behind a "Key" button in a frame
 * up to this wide or high, the title on one line in a frame up to SHORT_FRAME high.
 */
export const SMALL_FRAME = 480;
export const SHORT_FRAME = 300;

/**
 * One globe: nearly square (PHONE_RATIO of the width) in a frame up to PHONE wide, 16:9 from WIDE on, and a height
 * in between that grows linearly from the one to the other, so that a wider frame never gets a lower globe.
 */
const PHONE = 480;
const WIDE = 960;
const PHONE_RATIO = 0.92;
const WIDE_RATIO = 9 / 16;
/** A globe's least and greatest height. */
export const MIN_GLOBE = 240;
export const MAX_GLOBE = 620;

/**
 * Two globes side by side from this width (each then at least 280 px wide), one above the other below it; each
 * of two stacked globes is STACKED_RATIO of the width high, within MIN_STACKED..MAX_STACKED.
 */
export const SIDE_BY_SIDE = 560;
const STACKED_RATIO = 0.8;
const MIN_STACKED = 200;
const MAX_STACKED = 400;

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/** The height of one globe `width` wide, before its least and greatest height. */
function freeHeight(width: number): number {
  if (width <= PHONE) return width * PHONE_RATIO;
  if (width >= WIDE) return width * WIDE_RATIO;
  const t = (width - PHONE) / (WIDE - PHONE);
  return PHONE * PHONE_RATIO + (WIDE * WIDE_RATIO - PHONE * PHONE_RATIO) * t;
}

/** Height over width of one globe `width` wide (before its least and greatest height). */
export const globeRatio = (width: number): number => freeHeight(width) / width;

/**
 * The height the globes want in a frame `width` wide: one globe (`views` 1, or 0 when none is shown), or two side
 * by side or stacked. The stage puts two globes side by side exactly when their area is at least as wide as it is
 * high (styles.css, `.globe--many`), so these heights keep to that: side by side lower than the width, stacked higher.
 */
export function globeHeight(width: number, views: number): number {
  const w = Math.max(0, width);
  if (views < 2) return Math.round(clamp(freeHeight(w), MIN_GLOBE, MAX_GLOBE));
  if (w >= SIDE_BY_SIDE) return Math.round(clamp(freeHeight(w / 2), MIN_GLOBE, MAX_GLOBE));
  return 2 * Math.round(clamp(w * STACKED_RATIO, MIN_STACKED, MAX_STACKED));
}

export interface EmbedLayout {
  /** The frame's width. */
  width: number;
  /** How many globes are shown (0 when none is). */
  views: number;
  /** The height of everything in the embed but the globes, as laid out at this width (bar, notices, dock). */
  around: number;
}

/**
 * The frame height the embed needs: what is around the globes, rounded up to whole pixels, and the globes'
 * height. Never so low that the layout would fold for its height alone: above SMALL_FRAME in a frame wider than
 * that (the legend then stays in rows), above SHORT_FRAME in any (the title keeps its two lines). The layout
 * measured in a lower frame is that of the folded one; once the frame has this height, it is measured again.
 */
export function embedHeight({ width, views, around }: EmbedLayout): number {
  const wanted = Math.ceil(Math.max(0, around)) + globeHeight(width, views);
  const least = width > SMALL_FRAME ? SMALL_FRAME + 1 : SHORT_FRAME + 1;
  return Math.max(least, wanted);
}
