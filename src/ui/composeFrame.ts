import type { LegendEntry } from "../model/legend";
import type { Rect, RenderedImage } from "../scene/exportViews";
import type { GlobeLabel } from "../screen/globeLabels";
import type { Box } from "../screen/labelPlacement";
import type { Theme } from "../theme";
import { box, drawSwatch, FONT } from "./composeImage";
import { drawInset, type PlacedInset } from "./drawInset";
import { drawLabels } from "./drawLabels";
import type { FrameLayout, TextBlock } from "./exportLayout";

/** What an exported frame draws besides its layout: the legend's swatches, the globes' names, the placed insets. */
export interface FrameExtras {
  legend: LegendEntry[];
  labels: readonly (readonly GlobeLabel[])[];
  insets: (PlacedInset | null)[];
}

/** One text a frame wrote, and the box it took (image pixels): for checking an export without reading its pixels. */
export interface DrawnText {
  kind: "headline" | "date" | "heading" | "legend" | "note" | "source" | "credit";
  text: string;
  rect: Rect;
}

function writeBlock(ctx: CanvasRenderingContext2D, b: TextBlock, colour: string, centred = false) {
  ctx.font = `${b.weight} ${b.size}px ${FONT}`;
  ctx.fillStyle = colour;
  ctx.textAlign = centred ? "center" : "left";
  const x = centred ? b.rect.left + b.rect.width / 2 : b.left;
  b.lines.forEach((l, i) => ctx.fillText(l, x, b.top + i * b.lineHeight + (b.lineHeight - b.size) / 2));
  ctx.textAlign = "left";
}

/**
 * Composes an exported frame laid out by exportLayout.ts over its rendered globes: the headline and the date in the
 * top band, each globe's heading and inset over its rectangle, a thin frame along each globe's rectangle, the legend, the note,
 * the source and the credit in the bottom band, then the globes' names clear of everything drawn over them, in the
 * theme's colours, on a new canvas or on `into` (a video's, drawn again for each frame). Load the fonts (loadFonts)
 * before laying the frame out.
 */
export function composeFrame(image: RenderedImage, layout: FrameLayout, extras: FrameExtras, theme: Theme, into?: HTMLCanvasElement): { canvas: HTMLCanvasElement; texts: DrawnText[] } {
  const canvas = into ?? document.createElement("canvas");
  if (canvas.width !== image.width) canvas.width = image.width;
  if (canvas.height !== image.height) canvas.height = image.height;
  const ctx = canvas.getContext("2d")!;
  // A canvas drawn again (a video's) starts each frame from the default state: the names' letter spacing, say, stays in the frame it was set for.
  ctx.save();
  ctx.putImageData(new ImageData(image.pixels, image.width, image.height), 0, 0);
  ctx.textBaseline = "top";
  const { k } = layout;
  const texts: DrawnText[] = [];
  const note = (kind: DrawnText["kind"], b: TextBlock) => texts.push({ kind, text: b.lines.join(" "), rect: b.rect });

  writeBlock(ctx, layout.headline, theme.link);
  note("headline", layout.headline);
  writeBlock(ctx, layout.date, theme.muted);
  note("date", layout.date);

  const keepOut: Box[] = [];
  layout.headings.forEach((h) => {
    if (!h) return;
    ctx.fillStyle = theme.panel;
    box(ctx, keepOut, h.rect.left, h.rect.top, h.rect.width, h.rect.height, Math.min(h.rect.height / 2, 15 * k));
    writeBlock(ctx, h, theme.link, true);
    texts.push({ kind: "heading", text: h.lines.join(" "), rect: h.rect });
  });
  for (const placed of extras.insets) {
    if (!placed) continue;
    drawInset(ctx, placed, theme);
    keepOut.push(placed.rect);
  }

  const { legend } = layout;
  ctx.font = `400 ${legend.textSize}px ${FONT}`;
  for (const row of legend.rows) {
    const e = extras.legend[row.index];
    if (!e) continue;
    let x = row.left;
    const sy = row.top + (legend.rowHeight - legend.swatch) / 2;
    for (const s of e.swatches) {
      drawSwatch(ctx, s, x, sy, legend.swatch, k, theme);
      x += legend.swatch + 6 * k;
    }
    ctx.font = `400 ${legend.textSize}px ${FONT}`;
    ctx.fillStyle = theme.link;
    row.lines.forEach((l, i) => ctx.fillText(l, row.textLeft, row.top + i * legend.rowHeight + (legend.rowHeight - legend.textSize) / 2));
  }
  if (legend.rows.length) texts.push({ kind: "legend", text: extras.legend.map((e) => e.text).join(" "), rect: legend.rect });
  writeBlock(ctx, layout.note, theme.muted);
  note("note", layout.note);
  writeBlock(ctx, layout.source, theme.muted);
  note("source", layout.source);
  if (layout.credit) {
    writeBlock(ctx, layout.credit, theme.link);
    note("credit", layout.credit);
  }

  drawLabels(ctx, image, extras.labels, keepOut, theme);
  // Each globe in a thin frame: it is cut there, and only there.
  ctx.strokeStyle = theme.frameLine;
  ctx.lineWidth = layout.frameLine;
  for (const g of layout.globes) ctx.strokeRect(g.left + layout.frameLine / 2, g.top + layout.frameLine / 2, g.width - layout.frameLine, g.height - layout.frameLine);
  ctx.restore();
  return { canvas, texts };
}

