import type { InsetLayout, InsetSymbol, InsetText } from "../screen/schematicInset";
import { mixRgb, rgb, type Theme } from "../theme";

/** One thing to draw, in the inset's units: the same list is drawn as SVG (insetSvg.ts) and on a canvas (drawInset.ts). */
export type InsetMark =
  | { type: "rect"; x: number; y: number; w: number; h: number; r: number; fill: string; stroke?: string; strokeWidth?: number; dash?: number[] }
  | { type: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { type: "polygon"; points: number[]; fill: string }
  /** `y` is the baseline. */
  | { type: "text"; x: number; y: number; text: string; size: number; bold: boolean; anchor: "start" | "middle"; fill: string };

/** The corner radius of the panel behind the inset, as the legend's (its colours are the theme's `inset`). */
const PANEL_RADIUS = 6;
/** The font of the inset's text. */
export const INSET_FONT = '"IBM Plex Sans", system-ui, sans-serif';
/** How much of its party's colour a symbol of one party is filled with (0–1); the rest is the panel's paper. */
const TINT = 0.22;
/** Where a line's baseline sits below its top, in font sizes. */
const ASCENT = 0.8;

const tint = (paper: string, hex: string) => {
  const [r, g, b] = mixRgb(rgb(paper), rgb(hex), TINT);
  return `rgb(${r}, ${g}, ${b})`;
};

/**
 * The inset as marks: the panel; each symbol a box (a system square-cornered, a sector rounded, a centre a dashed
 * pill) filled with its party's tint, or the panel's paper with an outline in ink when it is joint, and a colour bar
 * split between its owners (at its foot, or at the top of a joint system that holds others); each arrow a line with
 * its heads. In the theme's colours.
 */
export function insetMarks(layout: InsetLayout, theme: Theme): InsetMark[] {
  const INK = theme.link;
  const marks: InsetMark[] = [
    { type: "rect", x: 0.5, y: 0.5, w: layout.width - 1, h: layout.height - 1, r: PANEL_RADIUS, fill: theme.inset.fill, stroke: theme.inset.stroke, strokeWidth: 1 },
  ];
  for (const s of layout.symbols) marks.push(...symbolMarks(s, layout.bar, theme));
  for (const a of layout.arrows) {
    const len = Math.hypot(a.x2 - a.x1, a.y2 - a.y1) || 1;
    const ux = (a.x2 - a.x1) / len;
    const uy = (a.y2 - a.y1) / len;
    const h = Math.min(layout.head, len / (a.both ? 2.5 : 1.5));
    const head = (x: number, y: number, dx: number, dy: number): InsetMark => ({
      type: "polygon",
      points: [x, y, x - dx * h - dy * h * 0.55, y - dy * h + dx * h * 0.55, x - dx * h + dy * h * 0.55, y - dy * h - dx * h * 0.55],
      fill: INK,
    });
    const start = a.both ? h * 0.8 : 0;
    marks.push({ type: "line", x1: a.x1 + ux * start, y1: a.y1 + uy * start, x2: a.x2 - ux * h * 0.8, y2: a.y2 - uy * h * 0.8, stroke: INK, width: 1.4 });
    marks.push(head(a.x2, a.y2, ux, uy));
    if (a.both) marks.push(head(a.x1, a.y1, -ux, -uy));
    if (a.label) marks.push(...textMarks(a.label, theme.muted));
  }
  return marks;
}

function symbolMarks(s: InsetSymbol, bar: number, theme: Theme): InsetMark[] {
  const INK = theme.link;
  const hexes = s.colours.map((c) => theme.parties[c]);
  const joint = hexes.length !== 1;
  const r = s.kind === "centre" ? Math.min(s.h / 2, 10) : s.kind === "sector" ? 5 : 2;
  const holds = s.holds.length > 0;
  const marks: InsetMark[] = [
    {
      type: "rect",
      x: s.x,
      y: s.y,
      w: s.w,
      h: s.h,
      r,
      fill: joint ? theme.inset.paper : tint(theme.inset.paper, hexes[0]!),
      stroke: joint ? INK : hexes[0]!,
      strokeWidth: joint ? 1 : 1.2,
      dash: s.kind === "centre" ? [3, 2] : undefined,
    },
  ];
  // The bar sits inside the box's rounded corners: inset by the radius where it meets a curve.
  const inset = Math.min(r, s.w / 4);
  const barW = (s.w - 2 * inset) / Math.max(1, hexes.length);
  const barY = holds ? s.y + 1 : s.y + s.h - bar - 1;
  hexes.forEach((hex, i) => marks.push({ type: "rect", x: s.x + inset + i * barW, y: barY, w: barW, h: bar, r: 0, fill: hex }));
  marks.push(...textMarks(s.label, INK));
  return marks;
}

function textMarks(t: InsetText, fill: string): InsetMark[] {
  return t.lines.map((line, i) => ({
    type: "text" as const,
    x: t.x,
    y: t.y + i * t.lineHeight + t.size * ASCENT + (t.lineHeight - t.size) / 2,
    text: line,
    size: t.size,
    bold: t.bold,
    anchor: t.anchor,
    fill,
  }));
}
