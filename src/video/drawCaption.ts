import type { Theme } from "../theme";
import { FONT } from "../ui/composeImage";
import { wrapLines, type CaptionBand, type Measure } from "../ui/exportLayout";

/**
 * The lines and type size of a cue in a caption band: wrapped to the band's width, the type made smaller (to 70 % at
 * most) until the lines fit the band; a cue that still does not fit keeps its first lines.
 */
export function captionLines(measure: Measure, band: CaptionBand, text: string): { lines: string[]; size: number; lineHeight: number } {
  for (const share of [1, 0.9, 0.8, 0.7]) {
    const size = band.size * share;
    // The panel behind the lines pads them by 0.6 of the type's size each side (see drawCaption): it stays in the band.
    const lines = wrapLines(measure, text, band.rect.width - 1.2 * size, size, 400);
    if (lines.length <= band.lines || share === 0.7) return { lines: lines.slice(0, band.lines), size, lineHeight: band.lineHeight * share };
  }
  return { lines: [], size: band.size, lineHeight: band.lineHeight };
}

/** A burned-in caption: the cue's lines centred in the band, on the panel's colour, in the text colour. */
export function drawCaption(ctx: CanvasRenderingContext2D, measure: Measure, band: CaptionBand, text: string, theme: Theme): void {
  const { lines, size, lineHeight } = captionLines(measure, band, text);
  if (!lines.length) return;
  ctx.font = `400 ${size}px ${FONT}`;
  const widest = Math.max(...lines.map((l) => measure(l, size, 400)));
  const pad = size * 0.6;
  const h = lines.length * lineHeight;
  const cx = band.rect.left + band.rect.width / 2;
  const top = band.rect.top + band.rect.height - h - pad;
  ctx.fillStyle = theme.panel;
  ctx.globalAlpha = 0.94;
  ctx.beginPath();
  ctx.roundRect(cx - widest / 2 - pad, top - pad * 0.6, widest + 2 * pad, h + pad * 1.2, size * 0.35);
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.fillStyle = theme.link;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  lines.forEach((l, i) => ctx.fillText(l, cx, top + i * lineHeight + (lineHeight - size) / 2));
  ctx.textAlign = "left";
}
