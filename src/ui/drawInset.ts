import { INSET_MAX_SHARE, insetVariant, type InsetLayout, type SchematicInset } from "../screen/schematicInset";
import type { Rect } from "../scene/exportViews";
import type { Theme } from "../theme";
import { INSET_FONT, insetMarks } from "./insetMarks";

/** The inset's distance from its view's corner, at scale 1. */
const MARGIN = 10;

/** The least share of its text size the full drawing keeps in an exported frame before the compact one is drawn. */
const LEGIBLE = 0.8;

/** Where a view's inset goes in an image, which of its drawings, and the scale it is drawn at. */
export interface PlacedInset {
  rect: Rect;
  layout: InsetLayout;
  /** Image pixels per inset unit. */
  scale: number;
}

/**
 * Places a view's inset in an image: in the top-right corner of the view's rectangle, at `k` image pixels per
 * CSS pixel (the image's text scale, so a 4K image has text as large for its size as the screen), as on screen
 * the full drawing for a view of at least 480 × 360 CSS pixels and the compact one below, and never wider than 30%
 * of the view or higher than 25% of it (with `legible`, the compact drawing where the full one would be drawn below
 * 80% of that scale). Moved down below any rectangle of `avoid` it would overlap (the title, the views' headings).
 * Null without an inset or a view.
 */
export function placeInset(inset: SchematicInset | null, view: Rect | null, k: number, avoid: readonly Rect[] = [], legible = false): PlacedInset | null {
  if (!inset || !view) return null;
  const fitting = (l: InsetLayout) => Math.min(k, (view.width * INSET_MAX_SHARE.width) / l.width, (view.height * INSET_MAX_SHARE.height) / l.height);
  let layout = inset[insetVariant(view.width / k, view.height / k)];
  // `legible`: the full drawing only where it keeps most of its text size, the compact one where it would shrink.
  if (legible && layout === inset.full && fitting(inset.full) < k * LEGIBLE) layout = inset.compact;
  const scale = fitting(layout);
  const width = layout.width * scale;
  const height = layout.height * scale;
  const rect = { left: view.left + view.width - width - MARGIN * k, top: view.top + MARGIN * k, width, height };
  for (const a of [...avoid].sort((p, q) => p.top - q.top)) if (overlaps(rect, a)) rect.top = a.top + a.height + (MARGIN * k) / 2;
  return { rect, layout, scale };
}

/** The rectangle a view's inset takes in an image, in image pixels (for labels to keep clear of): see placeInset. */
export function insetRect(inset: SchematicInset | null, view: Rect | null, k: number, avoid: readonly Rect[] = []): Rect | null {
  return placeInset(inset, view, k, avoid)?.rect ?? null;
}

/** Draws each view's inset (see placeInset) on an image's canvas, in the theme's colours. */
export function drawInsets(ctx: CanvasRenderingContext2D, insets: readonly (SchematicInset | null)[], views: readonly (Rect | null)[], k: number, theme: Theme, avoid: readonly Rect[] = []) {
  insets.forEach((inset, i) => {
    const placed = placeInset(inset, views[i] ?? null, k, avoid);
    if (placed) drawInset(ctx, placed, theme);
  });
}

/** Draws one placed inset: its marks (insetMarks.ts), as the SVG drawing shows them, in the theme's colours. */
export function drawInset(ctx: CanvasRenderingContext2D, { rect, layout, scale }: PlacedInset, theme: Theme) {
  ctx.save();
  ctx.translate(rect.left, rect.top);
  ctx.scale(scale, scale);
  ctx.textBaseline = "alphabetic";
  for (const m of insetMarks(layout, theme)) {
    if (m.type === "rect") {
      ctx.beginPath();
      ctx.roundRect(m.x, m.y, m.w, m.h, m.r);
      ctx.fillStyle = m.fill;
      ctx.fill();
      if (m.stroke) {
        ctx.setLineDash(m.dash ?? []);
        ctx.strokeStyle = m.stroke;
        ctx.lineWidth = m.strokeWidth ?? 1;
        ctx.stroke();
        ctx.setLineDash([]);
      }
    } else if (m.type === "line") {
      ctx.beginPath();
      ctx.moveTo(m.x1, m.y1);
      ctx.lineTo(m.x2, m.y2);
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = m.width;
      ctx.stroke();
    } else if (m.type === "polygon") {
      ctx.beginPath();
      for (let i = 0; i < m.points.length; i += 2) ctx.lineTo(m.points[i]!, m.points[i + 1]!);
      ctx.closePath();
      ctx.fillStyle = m.fill;
      ctx.fill();
    } else {
      ctx.font = `${m.bold ? 600 : 400} ${m.size}px ${INSET_FONT}`;
      ctx.textAlign = m.anchor === "middle" ? "center" : "left";
      ctx.fillStyle = m.fill;
      ctx.fillText(m.text, m.x, m.y);
    }
  }
  ctx.restore();
}

/** Every text of the insets, for loading the font's faces they need before drawing. */
export function insetTexts(insets: readonly (SchematicInset | null)[]): string[] {
  return insets.flatMap((inset) =>
    inset ? [inset.full, inset.compact].flatMap((l) => [...l.symbols.map((s) => s.label.lines), ...l.arrows.map((a) => a.label?.lines ?? [])].flat()) : [],
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
