/** The shapes an exported frame is laid out in (see exportLayout.ts): its words, its blocks of text, its bands and what it keeps clear. */
import type { Rect } from "../scene/exportViews";

/** The width of a text in pixels at a font size and weight (canvas measureText in the page, an estimate in tests). */
export type Measure = (text: string, size: number, weight: 400 | 600) => number;

/** What an exported frame writes, in the view's language. */
export interface FrameText {
  /** The view's headline: a proposal's title, a comparison's headline, a briefing step's title. */
  headline: string;
  /** The date the view shows: "As of 3 May 2011", "Today, 1 December 2026". */
  date: string;
  /** A heading over each globe (a proposal's title); empty where the headline says it already. */
  headings: string[];
  /** Each legend line: its sentence and how many swatches lead it. */
  legend: { text: string; swatches: number }[];
  note: string;
  source: string;
  /** The publisher's credit line (the site file's credit, or the CREDIT build option in its place); null without one. */
  credit: string | null;
}

/** Lines of text set in a rectangle: the first line's top at `top`, each `lineHeight` below the last. */
export interface TextBlock {
  lines: string[];
  left: number;
  top: number;
  size: number;
  lineHeight: number;
  weight: 400 | 600;
  /** The box the lines take. */
  rect: Rect;
}

export interface LegendRow {
  /** Index into the legend. */
  index: number;
  /** The swatches' left edge and the row's top. */
  left: number;
  top: number;
  /** The sentence's lines, starting after the swatches. */
  lines: string[];
  textLeft: number;
}

/** A whole frame laid out: the headline band, the globes' rectangles, the footer band. Image pixels throughout. */
export interface FrameLayout {
  width: number;
  height: number;
  /** Image pixels per CSS pixel of the page's type: text, names, lines and stripes are scaled by it. */
  k: number;
  headline: TextBlock;
  date: TextBlock;
  /** The band across the top that the headline and date take. */
  headBand: Rect;
  /** Each globe's rectangle: it is drawn only there. */
  globes: Rect[];
  /** "side" (left to right), "stacked" (top to bottom) or "single". */
  arrangement: "single" | "side" | "stacked";
  /** The width of the thin frame drawn along each globe's rectangle, inside it. */
  frameLine: number;
  /** Each globe's heading, a rounded panel over its rectangle's top (null without a heading). */
  headings: (TextBlock | null)[];
  /** The band across the bottom: legend, note, source and credit. */
  footBand: Rect;
  legend: { rect: Rect; rows: LegendRow[]; swatch: number; rowHeight: number; textSize: number };
  note: TextBlock;
  source: TextBlock;
  credit: TextBlock | null;
  /** The band kept for burned-in captions (a video's), between the globes and the footer; null without one. */
  caption: CaptionBand | null;
}

/** Space kept clear of text and globes along each edge of a frame, in image pixels (a platform's buttons and captions). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A band for captions: its box, the lines it holds and their type. */
export interface CaptionBand {
  rect: Rect;
  lines: number;
  size: number;
  lineHeight: number;
}

/** What a frame may lay out besides its text: insets it keeps clear, a band of caption lines (for burned-in captions). */
export interface FrameOptions {
  safe?: Insets;
  captionLines?: number;
}
