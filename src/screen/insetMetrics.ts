/** Sizes of one drawing of the inset, in its units. */
export interface Metrics {
  width: number;
  /** Around the whole inset, and inside a joint system's frame. */
  pad: number;
  inner: number;
  /** Between symbols without an arrow, and between bands. */
  gap: number;
  /** Between two symbols side by side with an arrow between them. */
  arrowGap: number;
  /** The shortest arrow between two symbols one above the other, and how far from the band's left edge it runs. */
  arrowRun: number;
  arrowX: number;
  head: number;
  font: number;
  linkFont: number;
  /** Text padding inside a symbol, and the height of its colour bar. */
  padX: number;
  padY: number;
  bar: number;
  /** The narrowest symbol in a row: more symbols than fit go on to another row. */
  minW: number;
  /** The lowest symbol in a row. */
  minH: number;
}

/**
 * The two drawings: the full one 260 units wide (CSS pixels at its natural size: readable beside a 1280 × 800
 * screen's globe), the compact one 120 (30% of a frame 400 pixels wide), with text of 10.5 and 9 units.
 */
export const METRICS: Record<"full" | "compact", Metrics> = {
  full: { width: 260, pad: 8, inner: 6, gap: 6, arrowGap: 40, arrowRun: 16, arrowX: 16, head: 5, font: 10.5, linkFont: 10, padX: 5, padY: 4, bar: 4, minW: 64, minH: 32 },
  compact: { width: 120, pad: 5, inner: 4, gap: 4, arrowGap: 20, arrowRun: 11, arrowX: 10, head: 4, font: 9, linkFont: 8.5, padX: 3, padY: 3, bar: 3, minW: 30, minH: 14 },
};

export const LINE = 1.25; // line height, in font sizes
/** The compact inset's arrow labels are at most this many characters, and its symbols' labels at most two lines. */
export const SHORT = 16;
export const COMPACT_LINES = 2;
