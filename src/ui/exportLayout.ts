import type { Rect } from "../scene/exportViews";
import type { Box } from "../screen/labelPlacement";
import type { CaptionBand, FrameLayout, FrameOptions, FrameText, LegendRow, Measure, TextBlock } from "./frameLayout";

export type { Measure, FrameText, TextBlock, LegendRow, FrameLayout, Insets, CaptionBand, FrameOptions } from "./frameLayout";

/** Wraps text into lines no wider than `width` (a word wider than the width has a line of its own). */
export function wrapLines(measure: Measure, text: string, width: number, size: number, weight: 400 | 600): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function block(measure: Measure, text: string, left: number, top: number, width: number, size: number, lineHeight: number, weight: 400 | 600): TextBlock {
  const lines = wrapLines(measure, text, width, size, weight);
  const w = Math.max(0, ...lines.map((l) => measure(l, size, weight)));
  return { lines, left, top, size, lineHeight, weight, rect: { left, top, width: Math.min(width, w), height: lines.length * lineHeight } };
}

/** The type sizes of a frame at scale 1 (CSS pixels of the page's type). */
export const TYPE = {
  headline: { size: 30, lineHeight: 36 },
  date: { size: 16, lineHeight: 22 },
  heading: { size: 17, lineHeight: 22 },
  legend: { size: 14, lineHeight: 20, swatch: 15 },
  foot: { size: 12.5, lineHeight: 17 },
  caption: { size: 21, lineHeight: 28 },
} as const;

/** The text scale of a frame: its shorter side against a 720-pixel page, so a 4K frame's type is three times as large. */
export const frameScale = (width: number, height: number) => Math.min(width, height) / 720;

/**
 * Lays out an exported frame of `width` × `height` pixels for `count` globes: the headline and the date in a band
 * across the top, the legend, the illustrative note, the source line and the credit in a band across the bottom
 * (legend and text side by side or one above the other, whichever is lower; text beside the legend only in a frame at
 * least as wide as tall), and the globes in
 * what is left between (inside the margins), side by side or one above the other, whichever gives each the larger
 * square, a gap of the background apart; each is framed by a thin line. Each globe's heading sits over its
 * rectangle's top.
 */
export function layoutFrame(width: number, height: number, count: number, text: FrameText, measure: Measure, options: FrameOptions = {}): FrameLayout {
  // A long legend (a comparison's differences) in a small frame: the footer's type a little smaller, so the globes keep
  // at least this share of the frame's height where they can.
  let layout: FrameLayout | null = null;
  for (const footScale of FOOT_SCALES) {
    layout = layoutAt(width, height, count, text, measure, footScale, options);
    const globes = layout.globes[layout.globes.length - 1]!;
    if (globes.top + globes.height - layout.globes[0]!.top >= height * MIN_GLOBE_SHARE) break;
  }
  return layout!;
}

/** The footer's type at these shares of its size, the first that leaves the globes MIN_GLOBE_SHARE of the height. */
const FOOT_SCALES = [1, 0.88, 0.78];
const MIN_GLOBE_SHARE = 0.42;

function layoutAt(width: number, height: number, count: number, text: FrameText, measure: Measure, footScale: number, options: FrameOptions): FrameLayout {
  const k = frameScale(width, height);
  const f = k * footScale;
  const margin = 28 * k;
  const safe = options.safe;
  // Each edge's margin: the frame's own, or the inset kept clear there where that is wider.
  const mt = Math.max(margin, safe?.top ?? 0);
  const mb = Math.max(margin, safe?.bottom ?? 0);
  const ml = Math.max(margin, safe?.left ?? 0);
  const mr = Math.max(margin, safe?.right ?? 0);
  const inner = width - ml - mr;

  // The headline band.
  const headline = block(measure, text.headline, ml, mt, inner, TYPE.headline.size * k, TYPE.headline.lineHeight * k, 600);
  const date = block(measure, text.date, ml, headline.top + headline.rect.height + 6 * k, inner, TYPE.date.size * k, TYPE.date.lineHeight * k, 400);
  const headBottom = date.top + date.rect.height + 14 * k;
  const headBand: Rect = { left: 0, top: 0, width, height: headBottom };

  // The footer band: legend and the lines of text, side by side or one above the other.
  const sideBySide = width >= height;
  const gap = 32 * k;
  const colGap = 24 * k;
  const sw = TYPE.legend.swatch * f;
  const swStep = sw + 6 * f;
  const legendSize = TYPE.legend.size * f;
  const legendLine = TYPE.legend.lineHeight * f;
  const rowGap = 4 * f;
  const footSize = TYPE.foot.size * f;
  const footLine = TYPE.foot.lineHeight * f;
  const partGap = 6 * f;
  const stackGap = text.legend.length ? 14 * k : 0;
  const parts = [text.note, text.source, ...(text.credit ? [text.credit] : [])];
  const widest = Math.max(0, ...text.legend.map((e) => measure(e.text, legendSize, 400) + e.swatches * swStep));

  /** The legend set in `cols` columns `colWidth` wide: each entry's lines, its column, and the tallest column's height. */
  const setLegend = (cols: number, colWidth: number) => {
    const lines = text.legend.map((e) => wrapLines(measure, e.text, Math.max(legendSize * 4, colWidth - e.swatches * swStep), legendSize, 400));
    const heights = lines.map((l) => l.length * legendLine);
    const total = heights.reduce((a, b) => a + b + rowGap, -rowGap);
    // Entries in order, a column ending where the next would pass an even share of the whole.
    const column: number[] = [];
    let col = 0;
    let used = 0;
    heights.forEach((h) => {
      if (col < cols - 1 && used > 0 && used + h / 2 > (total / cols) * (col + 1)) col++;
      column.push(col);
      used += h + rowGap;
    });
    const tallest = Math.max(0, ...Array.from({ length: cols }, (_, c) => heights.reduce((a, h, i) => (column[i] === c ? a + h + rowGap : a), -rowGap)));
    return { lines, column, height: Math.max(0, tallest) };
  };
  const setText = (w: number) => {
    const lines = parts.map((t) => wrapLines(measure, t, w, footSize, 400));
    return { lines, height: lines.reduce((h, l) => h + l.length * footLine + partGap, -partGap) };
  };

  // Of a few ways to set the band (legend and text side by side or one above the other; the legend in one to three
  // columns), the lowest: it leaves the globes the most room.
  type Choice = { beside: boolean; legendWidth: number; cols: number; legend: ReturnType<typeof setLegend>; text: ReturnType<typeof setText>; height: number };
  let best: Choice | null = null;
  const ways: [boolean, number][] = text.legend.length ? [...(sideBySide ? [0.44, 0.55, 0.66, 0.75].map((v): [boolean, number] => [true, v]) : []), [false, 1]] : [[false, 0]];
  for (const [beside, share] of ways)
    for (const cols of [1, 2, 3].filter((c) => c <= Math.max(1, text.legend.length))) {
      const legendWidth = share === 0 ? 0 : Math.min(share * inner, cols === 1 ? widest : Infinity);
      const colWidth = (legendWidth - colGap * (cols - 1)) / cols;
      if (share && colWidth < legendSize * 12) continue;
      const legend = setLegend(cols, colWidth);
      const t = setText(beside ? inner - legendWidth - gap : inner);
      const height = beside ? Math.max(legend.height, t.height) : legend.height + stackGap + t.height;
      if (!best || height < best.height - 0.5) best = { beside, legendWidth, cols, legend, text: t, height };
    }
  const chosen = best!;
  const footHeight = chosen.height;
  const footTop = height - mb - footHeight;
  const footBand: Rect = { left: 0, top: footTop - 14 * k, width, height: height - footTop + 14 * k };

  const colWidth = (chosen.legendWidth - colGap * (chosen.cols - 1)) / chosen.cols;
  const rows: LegendRow[] = [];
  const colTop = Array.from({ length: chosen.cols }, () => footTop);
  chosen.legend.lines.forEach((lines, index) => {
    const c = chosen.legend.column[index]!;
    const left = ml + c * (colWidth + colGap);
    rows.push({ index, left, top: colTop[c]!, lines, textLeft: left + text.legend[index]!.swatches * swStep });
    colTop[c]! += lines.length * legendLine + rowGap;
  });
  const legend = { rect: { left: ml, top: footTop, width: chosen.legendWidth, height: chosen.legend.height }, rows, swatch: sw, rowHeight: legendLine, textSize: legendSize };

  const textLeft = chosen.beside ? ml + chosen.legendWidth + gap : ml;
  const textWidth = ml + inner - textLeft;
  let textTop = chosen.beside ? footTop : footTop + chosen.legend.height + stackGap;
  const setPart = (lines: string[]): TextBlock => {
    const w = Math.max(0, ...lines.map((l) => measure(l, footSize, 400)));
    const b: TextBlock = { lines, left: textLeft, top: textTop, size: footSize, lineHeight: footLine, weight: 400, rect: { left: textLeft, top: textTop, width: Math.min(textWidth, w), height: lines.length * footLine } };
    textTop += lines.length * footLine + partGap;
    return b;
  };
  const note = setPart(chosen.text.lines[0]!);
  const source = setPart(chosen.text.lines[1]!);
  const credit = text.credit ? setPart(chosen.text.lines[2]!) : null;

  // The caption band, over the footer: a few lines of captions, centred.
  let caption: CaptionBand | null = null;
  if (options.captionLines && options.captionLines > 0) {
    const size = TYPE.caption.size * k;
    const lineHeight = TYPE.caption.lineHeight * k;
    const pad = 10 * k;
    const h = options.captionLines * lineHeight + 2 * pad;
    caption = { rect: { left: ml, top: footBand.top - h - 6 * k, width: inner, height: h }, lines: options.captionLines, size, lineHeight };
  }

  // The globes, between the bands.
  const areaTop = Math.ceil(headBottom);
  const areaBottom = caption ? caption.rect.top - 8 * k : footBand.top;
  const area: Rect = { left: Math.round(ml), top: areaTop, width: Math.round(inner), height: Math.max(1, Math.floor(areaBottom) - areaTop) };
  const between = 24 * k;
  // Side by side or one above the other: whichever gives each globe the larger square (a tall frame whose safe
  // areas leave a wide middle puts them side by side).
  const sideSquare = Math.min((area.width - between * (count - 1)) / count, area.height);
  const stackedSquare = Math.min(area.width, (area.height - between * (count - 1)) / count);
  const arrangement: FrameLayout["arrangement"] = count < 2 ? "single" : sideSquare >= stackedSquare ? "side" : "stacked";
  const globes: Rect[] = [];
  if (arrangement === "single") globes.push(area);
  else if (arrangement === "side") {
    const w = (area.width - between * (count - 1)) / count;
    for (let i = 0; i < count; i++) globes.push({ left: Math.round(area.left + i * (w + between)), top: area.top, width: Math.floor(w), height: area.height });
  } else {
    const h = (area.height - between * (count - 1)) / count;
    for (let i = 0; i < count; i++) globes.push({ left: area.left, top: Math.round(area.top + i * (h + between)), width: area.width, height: Math.floor(h) });
  }

  const headings = globes.map((g, i) => {
    const t = text.headings[i];
    if (!t) return null;
    const size = TYPE.heading.size * k;
    const padX = 12 * k;
    const b = block(measure, t, 0, g.top + 8 * k + 5 * k, g.width - 2 * margin - 2 * padX, size, TYPE.heading.lineHeight * k, 600);
    b.left = g.left + g.width / 2 - b.rect.width / 2;
    b.rect = { left: b.left - padX, top: g.top + 8 * k, width: b.rect.width + 2 * padX, height: b.rect.height + 10 * k };
    return b;
  });

  return { width, height, k, headline, date, headBand, globes, arrangement, frameLine: Math.max(1, Math.round(k)), headings, footBand, legend, note, source, credit, caption };
}

/** The boxes drawn over globe `i`'s rectangle (its heading, and what else lies over it), in that rectangle's pixels. */
export function boxesOver(rect: Rect, boxes: readonly (Box | null)[]): Box[] {
  return boxes
    .filter((b): b is Box => !!b)
    .filter((b) => b.left < rect.left + rect.width && b.left + b.width > rect.left && b.top < rect.top + rect.height && b.top + b.height > rect.top)
    .map((b) => ({ left: b.left - rect.left, top: b.top - rect.top, width: b.width, height: b.height }));
}
