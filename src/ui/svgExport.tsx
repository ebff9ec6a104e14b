import { renderToStaticMarkup } from "react-dom/server";
import type { Geography } from "../data/geography";
import type { LegendEntry } from "../model/legend";
import type { SchematicInset } from "../screen/schematicInset";
import type { ScreenGlobe } from "../screen/types";
import type { CameraAt } from "../state/viewState";
import { THEME, swatchPaint } from "../theme";
import { wrap } from "../i18n/wrapText";
import { placeInset } from "./drawInset";
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
}

const HEADING_KEEP_OUT = [{ left: 0, top: 0, width: 1000, height: 40 }];

/**
 * A print-ready SVG of the current view: the globes (same renderer as the no-WebGL view), each with its names and its
 * schematic inset in its top-right corner (the same drawing as on screen), title, legend, note and sources.
 */
export function svgDocument({ geography, globes, at, title, viewTitles, legend, note, source, insets }: Input): string {
  const G = 1000;
  const width = G * globes.length;
  const top = 70;
  const legendTop = top + G + 20;
  const lineH = 28;
  const footTop = legendTop + legend.length * lineH + 20;
  const foot = [...wrap(note, Math.round(width / 9)), ...wrap(source, Math.round(width / 9))];
  const height = footTop + foot.length * 22 + 30;
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="${THEME.background}"/>`);
  parts.push(`<text x="30" y="48" font-family="IBM Plex Sans, sans-serif" font-size="30" font-weight="600" fill="${THEME.link}">${esc(title)}</text>`);
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
      />,
    );
    parts.push(markup.replace(/^<svg /, `<svg x="${i * G}" y="${top}" width="${G}" height="${G}" `));
    if (globes.length > 1)
      parts.push(`<text x="${i * G + G / 2}" y="${top + 24}" text-anchor="middle" font-family="IBM Plex Sans, sans-serif" font-size="22" font-weight="600">${esc(heading)}</text>`);
    // A globe's square is G units for about 800 CSS pixels of a frame: the inset is drawn at that scale, below the heading.
    const inset = placeInset(insets[i] ?? null, { left: i * G, top, width: G, height: G }, G / 800, globes.length > 1 ? [{ left: i * G, top, width: G, height: 34 }] : []);
    if (inset) parts.push(insetSvgElement(inset.layout, { x: inset.rect.left, y: inset.rect.top, width: inset.rect.width }, insets[i]!.description));
  });
  legend.forEach((e, r) => {
    const y = legendTop + r * lineH;
    e.swatches.forEach((s, k) => {
      const paint = swatchPaint(s.colour, s.alt, s.sea);
      const x = 30 + k * 26;
      parts.push(`<rect x="${x}" y="${y}" width="20" height="20" fill="${paint.base}" stroke="#00000055"/>`);
      if (paint.stripe && paint.share === 0.5) parts.push(`<rect x="${x}" y="${y}" width="10" height="20" fill="${paint.stripe}"/>`);
      // A sea's hatch: thin level lines of the party's colour over the ocean, as on the globe.
      if (paint.stripe && paint.share !== 0.5)
        for (const d of [3, 8, 13, 18]) parts.push(`<line x1="${x}" y1="${y + d}" x2="${x + 20}" y2="${y + d}" stroke="${paint.stripe}" stroke-width="1.5"/>`);
    });
    parts.push(`<text x="${30 + e.swatches.length * 26 + 6}" y="${y + 16}" font-family="IBM Plex Sans, sans-serif" font-size="18">${esc(e.text)}</text>`);
  });
  foot.forEach((line, i) => parts.push(`<text x="30" y="${footTop + 20 + i * 22}" font-family="IBM Plex Sans, sans-serif" font-size="15" fill="#44505c">${esc(line)}</text>`));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>\n`;
}
