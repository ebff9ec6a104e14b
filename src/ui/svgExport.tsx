import { renderToStaticMarkup } from "react-dom/server";
import type { Geography } from "../data/geography";
import type { LegendEntry } from "../model/legend";
import type { SchematicInset } from "../screen/schematicInset";
import type { Subject } from "../screen/framing";
import type { ScreenGlobe } from "../screen/types";
import type { CameraAt } from "../state/viewState";
import { swatchPaint, type Theme } from "../theme";
import { wrap } from "../i18n/wrapText";
import { placeInset } from "./drawInset";
import { layoutFrame, type FrameText, type Insets, type Measure, type TextBlock } from "./exportLayout";
import { insetSvgElement } from "./insetSvg";
import { SvgGlobe } from "./SvgGlobe";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

interface Input {
  geography: Geography;
  globes: readonly Pick<ScreenGlobe, "palette" | "borderOwners" | "labels">[];
  at: CameraAt;
  title: string;
  /** Headings of the globes, left to right, in the interface language. */
  viewTitles: string[];
  legend: LegendEntry[];
  note: string;
  source: string;
  /** Each globe's schematic inset, left to right (null for a proposal without nodes). */
  insets: readonly (SchematicInset | null)[];
  /** The date shown ("As of 3 May 2011"), under the title. */
  date?: string;
  /** The publisher's credit line, under the sources. */
  credit?: string | null;
  /** A frame for publishing: the document takes its size and its layout (exportLayout.ts), with `frameText`'s words. */
  frame?: { width: number; height: number; safe?: Insets };
  frameText?: FrameText;
  /** With a frame: what each globe frames whole in its rectangle (a picture made at build time); without, the camera `at` in a square. */
  subject?: Subject;
  /** The colours of the document: the screen's theme (the globes' palettes were made in it). */
  theme: Theme;
}

const FONT_ATTR = 'font-family="IBM Plex Sans, sans-serif"';

/** IBM Plex Sans's text widths, near enough to lay out an SVG that the reader's font then draws. */
const estimate: Measure = (text, size, weight) => text.length * size * (weight === 600 ? 0.56 : 0.52);

function textBlock(b: TextBlock, fill: string, anchor?: "middle"): string {
  const x = anchor ? b.rect.left + b.rect.width / 2 : b.left;
  return b.lines
    .map((l, i) => `<text x="${x}" y="${b.top + i * b.lineHeight + b.lineHeight * 0.78}"${anchor ? ' text-anchor="middle"' : ""} ${FONT_ATTR} font-size="${b.size}" font-weight="${b.weight}" fill="${fill}">${esc(l)}</text>`)
    .join("");
}

function swatchMarkup(theme: Theme, s: LegendEntry["swatches"][number], x: number, y: number, w: number): string {
  const paint = swatchPaint(theme, s.colour, s.alt, s.sea);
  const parts = [`<rect x="${x}" y="${y}" width="${w}" height="${w}" fill="${paint.base}" stroke="${theme.swatchEdge}"/>`];
  if (paint.stripe && paint.share === 0.5) parts.push(`<rect x="${x}" y="${y}" width="${w / 2}" height="${w}" fill="${paint.stripe}"/>`);
  if (paint.stripe && paint.share !== 0.5)
    for (const d of [0.15, 0.4, 0.65, 0.9]) parts.push(`<line x1="${x}" y1="${y + d * w}" x2="${x + w}" y2="${y + d * w}" stroke="${paint.stripe}" stroke-width="${w * 0.075}"/>`);
  return parts.join("");
}

/** The SVG of a frame for publishing: the PNG frame's layout, each globe the largest square its rectangle holds below its heading. */
function frameDocument(input: Input, frame: { width: number; height: number; safe?: Insets }, text: FrameText): string {
  const { geography, globes, at, legend, insets, subject, theme } = input;
  const { width, height } = frame;
  const layout = layoutFrame(width, height, globes.length, text, estimate, { safe: frame.safe });
  const { k } = layout;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="${theme.background}"/>`];
  parts.push(textBlock(layout.headline, theme.link), textBlock(layout.date, theme.muted));
  globes.forEach((g, i) => {
    const rect = layout.globes[i]!;
    const heading = layout.headings[i];
    const title = text.headings[i] || text.headline;
    const inset = placeInset(insets[i] ?? null, rect, k, heading ? [heading.rect] : [], true);
    if (subject) {
      // The subject framed in the whole rectangle, clear of the heading and the inset, as the 3D globe frames it.
      const local = (b: { left: number; top: number; width: number; height: number }) => ({ left: b.left - rect.left, top: b.top - rect.top, width: b.width, height: b.height });
      const keepOut = [...(heading ? [local(heading.rect)] : []), ...(inset ? [local(inset.rect)] : [])];
      const markup = renderToStaticMarkup(
        <SvgGlobe geography={geography} palette={g.palette} borderOwners={g.borderOwners} at={at} subject={subject} frame={{ width: rect.width, height: rect.height, keepOut }} index={i} description={title} title={title} labels={g.labels} theme={theme} />,
      );
      parts.push(markup.replace(/^<svg /, `<svg x="${rect.left}" y="${rect.top}" width="${rect.width}" height="${rect.height}" `));
    } else {
      const top = heading ? heading.rect.top + heading.rect.height + 6 * k : rect.top;
      const side = Math.max(1, Math.min(rect.width, rect.top + rect.height - top));
      const x = rect.left + (rect.width - side) / 2;
      const markup = renderToStaticMarkup(
        <SvgGlobe geography={geography} palette={g.palette} borderOwners={g.borderOwners} at={at} index={i} description={title} title={title} labels={g.labels} labelUnit={(1000 / side) * k} keepOut={[]} theme={theme} />,
      );
      parts.push(markup.replace(/^<svg /, `<svg x="${x}" y="${top}" width="${side}" height="${side}" `));
    }
    if (heading) {
      parts.push(`<rect x="${heading.rect.left}" y="${heading.rect.top}" width="${heading.rect.width}" height="${heading.rect.height}" rx="${Math.min(heading.rect.height / 2, 15 * k)}" fill="${theme.panel}"/>`);
      parts.push(textBlock(heading, theme.link, "middle"));
    }
    if (inset) parts.push(insetSvgElement(inset.layout, { x: inset.rect.left, y: inset.rect.top, width: inset.rect.width }, insets[i]!.description, theme));
    parts.push(`<rect x="${rect.left}" y="${rect.top}" width="${rect.width}" height="${rect.height}" fill="none" stroke="${theme.frameLine}" stroke-width="${layout.frameLine}"/>`);
  });
  const l = layout.legend;
  for (const row of l.rows) {
    const e = legend[row.index];
    if (!e) continue;
    e.swatches.forEach((s, j) => parts.push(swatchMarkup(theme, s, row.left + j * (l.swatch + 6 * k), row.top + (l.rowHeight - l.swatch) / 2, l.swatch)));
    row.lines.forEach((line, j) => parts.push(`<text x="${row.textLeft}" y="${row.top + j * l.rowHeight + l.rowHeight * 0.76}" ${FONT_ATTR} font-size="${l.textSize}" fill="${theme.link}">${esc(line)}</text>`));
  }
  parts.push(textBlock(layout.note, theme.muted), textBlock(layout.source, theme.muted));
  if (layout.credit) parts.push(textBlock(layout.credit, theme.link));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>\n`;
}

const HEADING_KEEP_OUT = [{ left: 0, top: 0, width: 1000, height: 40 }];

/**
 * A print-ready SVG of the current view: the globes (same renderer as the no-WebGL view), each with its names and its
 * schematic inset in its top-right corner (the same drawing as on screen), title, legend, note and sources.
 */
export function svgDocument(input: Input): string {
  if (input.frame && input.frameText) return frameDocument(input, input.frame, input.frameText);
  const { geography, globes, at, title, viewTitles, legend, note, source, insets, date, credit, theme } = input;
  const G = 1000;
  const width = G * globes.length;
  const top = 70;
  const legendTop = top + G + 20;
  const lineH = 28;
  const footTop = legendTop + legend.length * lineH + 20;
  const foot = [...(date ? [date] : []), ...wrap(note, Math.round(width / 9)), ...wrap(source, Math.round(width / 9)), ...(credit ? wrap(credit, Math.round(width / 9)) : [])];
  const height = footTop + foot.length * 22 + 30;
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="${theme.background}"/>`);
  parts.push(`<text x="30" y="48" font-family="IBM Plex Sans, sans-serif" font-size="30" font-weight="600" fill="${theme.link}">${esc(title)}</text>`);
  globes.forEach((g, i) => {
    const heading = viewTitles[i] ?? "";
    const markup = renderToStaticMarkup(
      <SvgGlobe
        geography={geography}
        palette={g.palette}
        borderOwners={g.borderOwners}
        at={at}
        index={i}
        description={heading}
        title={heading}
        labels={g.labels}
        labelUnit={1}
        // Two globes side by side: each one's heading is written over its top.
        keepOut={globes.length > 1 ? HEADING_KEEP_OUT : []}
        theme={theme}
      />,
    );
    parts.push(markup.replace(/^<svg /, `<svg x="${i * G}" y="${top}" width="${G}" height="${G}" `));
    if (globes.length > 1)
      parts.push(`<text x="${i * G + G / 2}" y="${top + 24}" text-anchor="middle" font-family="IBM Plex Sans, sans-serif" font-size="22" font-weight="600" fill="${theme.link}">${esc(heading)}</text>`);
    // A globe's square is G units for about 800 CSS pixels of a frame: the inset is drawn at that scale, below the heading.
    const inset = placeInset(insets[i] ?? null, { left: i * G, top, width: G, height: G }, G / 800, globes.length > 1 ? [{ left: i * G, top, width: G, height: 34 }] : []);
    if (inset) parts.push(insetSvgElement(inset.layout, { x: inset.rect.left, y: inset.rect.top, width: inset.rect.width }, insets[i]!.description, theme));
  });
  legend.forEach((e, r) => {
    const y = legendTop + r * lineH;
    e.swatches.forEach((s, k) => {
      const paint = swatchPaint(theme, s.colour, s.alt, s.sea);
      const x = 30 + k * 26;
      parts.push(`<rect x="${x}" y="${y}" width="20" height="20" fill="${paint.base}" stroke="${theme.swatchEdge}"/>`);
      if (paint.stripe && paint.share === 0.5) parts.push(`<rect x="${x}" y="${y}" width="10" height="20" fill="${paint.stripe}"/>`);
      // A sea's hatch: thin level lines of the party's colour over the ocean, as on the globe.
      if (paint.stripe && paint.share !== 0.5)
        for (const d of [3, 8, 13, 18]) parts.push(`<line x1="${x}" y1="${y + d}" x2="${x + 20}" y2="${y + d}" stroke="${paint.stripe}" stroke-width="1.5"/>`);
    });
    parts.push(`<text x="${30 + e.swatches.length * 26 + 6}" y="${y + 16}" font-family="IBM Plex Sans, sans-serif" font-size="18" fill="${theme.link}">${esc(e.text)}</text>`);
  });
  foot.forEach((line, i) => parts.push(`<text x="30" y="${footTop + 20 + i * 22}" font-family="IBM Plex Sans, sans-serif" font-size="15" fill="${theme.muted}">${esc(line)}</text>`));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>\n`;
}
