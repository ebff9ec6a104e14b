import type { InsetLayout } from "../screen/schematicInset";
import type { Theme } from "../theme";
import { INSET_FONT, insetMarks, type InsetMark } from "./insetMarks";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (v: number) => String(Math.round(v * 10) / 10);

/**
 * The inset's drawing as SVG elements in its own units (no <svg> around them): shared by the inset on screen
 * (SchematicInset.tsx) and the SVG export. Presentation attributes only, no style attributes, so the page's
 * Content-Security-Policy allows it; every text is escaped. In the theme's colours.
 */
export function insetSvgContent(layout: InsetLayout, theme: Theme): string {
  return insetMarks(layout, theme).map(markSvg).join("");
}

/** The inset as an <svg> element placed at (x, y) and drawn `width` wide (its height follows), for an SVG document. */
export function insetSvgElement(layout: InsetLayout, at: { x: number; y: number; width: number }, label: string, theme: Theme): string {
  const height = (at.width * layout.height) / layout.width;
  return (
    `<svg x="${n(at.x)}" y="${n(at.y)}" width="${n(at.width)}" height="${n(height)}" viewBox="0 0 ${layout.width} ${n(layout.height)}" role="img" aria-label="${esc(label)}">` +
    `<title>${esc(label)}</title>${insetSvgContent(layout, theme)}</svg>`
  );
}

function markSvg(m: InsetMark): string {
  switch (m.type) {
    case "rect":
      return (
        `<rect x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}"${m.r ? ` rx="${n(m.r)}"` : ""} fill="${m.fill}"` +
        (m.stroke ? ` stroke="${m.stroke}" stroke-width="${n(m.strokeWidth ?? 1)}"` : "") +
        (m.dash ? ` stroke-dasharray="${m.dash.join(" ")}"` : "") +
        "/>"
      );
    case "line":
      return `<line x1="${n(m.x1)}" y1="${n(m.y1)}" x2="${n(m.x2)}" y2="${n(m.y2)}" stroke="${m.stroke}" stroke-width="${n(m.width)}"/>`;
    case "polygon":
      return `<polygon points="${m.points.map(n).join(" ")}" fill="${m.fill}"/>`;
    case "text":
      return (
        `<text x="${n(m.x)}" y="${n(m.y)}" font-family="${esc(INSET_FONT)}" font-size="${n(m.size)}"${m.bold ? ' font-weight="600"' : ""}` +
        `${m.anchor === "middle" ? ' text-anchor="middle"' : ""} fill="${m.fill}">${esc(m.text)}</text>`
      );
  }
}
