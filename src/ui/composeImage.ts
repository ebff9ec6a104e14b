import type { LegendEntry } from "../model/legend";
import type { Rect, RenderedImage } from "../scene/exportViews";
import type { GlobeLabel } from "../screen/globeLabels";
import type { Box } from "../screen/labelPlacement";
import type { SchematicInset } from "../screen/schematicInset";
import { swatchPaint, type Theme } from "../theme";
import { drawInsets, insetRect, insetTexts } from "./drawInset";
import { drawLabels } from "./drawLabels";
import type { Measure } from "./exportLayout";

export interface ImageText {
  title: string;
  /** The date the view shows ("As of 3 May 2011"), under the title. */
  date?: string;
  /** The publisher's credit line, under the source; none when null or absent. */
  credit?: string | null;
  /** Headings of the views, left to right (two views side by side). */
  viewTitles: string[];
  legend: LegendEntry[];
  note: string;
  source: string;
  /** The names each globe may write (see screen/globeLabels). */
  labels: readonly (readonly GlobeLabel[])[];
  /** Each view's schematic inset, left to right (null for a proposal without nodes). */
  insets: (SchematicInset | null)[];
}

export const FONT = '"IBM Plex Sans", system-ui, sans-serif';


/** Loads the font's faces for every character of `texts` (the Cyrillic subset for a Russian image, not just the Latin one). */
export async function loadFonts(texts: readonly string[]): Promise<void> {
  const drawn = texts.join(" ");
  if (document.fonts)
    await Promise.all([`400 16px ${FONT}`, `600 16px ${FONT}`, `italic 400 16px ${FONT}`].map((font) => document.fonts.load(font, drawn))).catch(() => []);
}

/** Text widths as a canvas draws them in the page's type (load the fonts first). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement("canvas").getContext("2d")!;
  return (text, size, weight) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    return ctx.measureText(text).width;
  };
}

/** Wraps text to a width, measured with the context's current font. */
function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws an overlay's rounded panel, and records it in `drawn` (the globe's names keep clear of it). */
export function box(ctx: CanvasRenderingContext2D, drawn: Box[], x: number, y: number, w: number, h: number, r: number) {
  drawn.push({ left: x, top: y, width: w, height: h });
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}

/**
 * Composes the exported picture: the rendered globes, the title, the view headings, each view's schematic inset, the
 * legend, the illustrative-only note and the source line, then the globes' names clear of them, at the image's own
 * resolution, in the theme's colours (the globes were rendered in them).
 */
export async function composeImage(image: RenderedImage, text: ImageText, theme: Theme): Promise<HTMLCanvasElement> {
  const viewRects = image.rects;
  await loadFonts([text.title, text.date ?? "", text.credit ?? "", ...text.viewTitles, ...text.legend.map((e) => e.text), text.note, text.source, ...text.labels.flat().map((l) => l.text), ...insetTexts(text.insets)]);
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext("2d")!;
  ctx.putImageData(new ImageData(image.pixels, image.width, image.height), 0, 0);
  const k = Math.max(1, image.width / 1100);
  const pad = 16 * k;
  const panel = theme.panel;
  ctx.textBaseline = "top";

  const boxes: Box[] = [];
  // Title, and a heading per view.
  ctx.font = `600 ${22 * k}px ${FONT}`;
  const titleLines = wrapText(ctx, text.title, image.width * 0.7);
  const titleWidth = Math.max(...titleLines.map((l) => ctx.measureText(l).width));
  ctx.font = `400 ${13 * k}px ${FONT}`;
  const dateWidth = text.date ? ctx.measureText(text.date).width : 0;
  const dateH = text.date ? 18 * k : 0;
  const titleH = titleLines.length * 28 * k + dateH + pad;
  const titleBox: Rect = { left: pad, top: pad, width: Math.max(titleWidth, dateWidth) + pad * 2, height: titleH };
  const headingBoxes: Rect[] = [];
  ctx.fillStyle = panel;
  box(ctx, boxes, titleBox.left, titleBox.top, titleBox.width, titleBox.height, 6 * k);
  ctx.fillStyle = theme.link;
  ctx.font = `600 ${22 * k}px ${FONT}`;
  titleLines.forEach((l, i) => ctx.fillText(l, pad * 2, pad * 1.5 + i * 28 * k));
  if (text.date) {
    ctx.font = `400 ${13 * k}px ${FONT}`;
    ctx.fillStyle = theme.muted;
    ctx.fillText(text.date, pad * 2, pad * 1.5 + titleLines.length * 28 * k);
  }
  ctx.font = `600 ${15 * k}px ${FONT}`;
  text.viewTitles.forEach((t, i) => {
    const r = viewRects[i];
    if (!r || text.viewTitles.length < 2) return;
    const w = ctx.measureText(t).width + pad;
    const x = r.left + r.width / 2 - w / 2;
    const y = titleH + pad * 2;
    headingBoxes.push({ left: x, top: y, width: w, height: 26 * k });
    ctx.fillStyle = panel;
    box(ctx, boxes, x, y, w, 26 * k, 13 * k);
    ctx.fillStyle = theme.link;
    ctx.fillText(t, x + pad / 2, y + 5 * k);
  });

  // Each view's schematic inset in its top-right corner, below the title and headings where it would meet them.
  drawInsets(ctx, text.insets, viewRects, k, theme, [titleBox, ...headingBoxes]);
  text.insets.forEach((inset, i) => {
    const r = inset && insetRect(inset, viewRects[i] ?? null, k, [titleBox, ...headingBoxes]);
    if (r) boxes.push(r);
  });

  // Note and source along the bottom.
  ctx.font = `400 ${12 * k}px ${FONT}`;
  const foot = [...wrapText(ctx, text.note, image.width - pad * 4), ...wrapText(ctx, text.source, image.width - pad * 4), ...(text.credit ? wrapText(ctx, text.credit, image.width - pad * 4) : [])];
  const footH = foot.length * 16 * k + pad;
  const footY = image.height - footH - pad;
  ctx.fillStyle = panel;
  box(ctx, boxes, pad, footY, image.width - pad * 2, footH, 6 * k);
  ctx.fillStyle = theme.muted;
  foot.forEach((l, i) => ctx.fillText(l, pad * 2, footY + pad / 2 + i * 16 * k));

  // Legend above it, bottom left.
  ctx.font = `400 ${13 * k}px ${FONT}`;
  const sw = 14 * k;
  const rowH = 20 * k;
  const legendW = Math.min(image.width - pad * 2, Math.max(...text.legend.map((e) => ctx.measureText(e.text).width + e.swatches.length * (sw + 6 * k))) + pad * 2);
  const rows = text.legend.map((e) => ({ e, lines: wrapText(ctx, e.text, legendW - pad * 2 - e.swatches.length * (sw + 6 * k)) }));
  const legendH = rows.reduce((h, r) => h + r.lines.length * rowH, 0) + pad;
  const legendY = footY - legendH - pad / 2;
  ctx.fillStyle = panel;
  box(ctx, boxes, pad, legendY, legendW, legendH, 6 * k);
  let y = legendY + pad / 2;
  for (const { e, lines } of rows) {
    let x = pad * 2;
    for (const s of e.swatches) {
      drawSwatch(ctx, s, x, y + 2 * k, sw, k, theme);
      x += sw + 6 * k;
    }
    ctx.fillStyle = theme.link;
    lines.forEach((l, i) => ctx.fillText(l, x, y + i * rowH + 2 * k));
    y += lines.length * rowH;
  }

  // The globes' names last, clear of everything drawn over the globes.
  drawLabels(ctx, image, text.labels, boxes, theme);
  return canvas;
}


/** A legend swatch, `size` pixels square at (x, y): the party's colour, with land's diagonal stripes or a sea's level lines. */
export function drawSwatch(ctx: CanvasRenderingContext2D, s: LegendEntry["swatches"][number], x: number, y: number, sw: number, k: number, theme: Theme) {
  const paint = swatchPaint(theme, s.colour, s.alt, s.sea);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, sw, sw);
  ctx.clip();
  ctx.fillStyle = paint.base;
  ctx.fillRect(x, y, sw, sw);
  if (paint.stripe) {
    ctx.strokeStyle = paint.stripe;
    if (paint.share === 0.5) {
      // Land's diagonal stripes.
      ctx.lineWidth = 3 * k;
      for (let d = -sw; d < sw * 2; d += 7 * k) {
        ctx.beginPath();
        ctx.moveTo(x + d, y + sw);
        ctx.lineTo(x + d + sw, y);
        ctx.stroke();
      }
    } else {
      // A sea's thin level lines.
      ctx.lineWidth = 4 * k * paint.share;
      for (let d = 3 * k; d < sw; d += 4 * k) {
        ctx.beginPath();
        ctx.moveTo(x, y + d);
        ctx.lineTo(x + sw, y + d);
        ctx.stroke();
      }
    }
  }
  ctx.restore();
  ctx.strokeStyle = theme.swatchEdge;
  ctx.lineWidth = 1;
  ctx.strokeRect(x, y, sw, sw);
}

/** PNG bytes of a canvas. */
export function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the image could not be encoded"))), "image/png"));
}
