import type { RenderedImage } from "../scene/exportViews";
import { chooseLabels } from "../screen/chooseLabels";
import type { GlobeLabel } from "../screen/globeLabels";
import type { Box } from "../screen/labelPlacement";
import type { LabelStyle, Theme } from "../theme";

const FONT = '"IBM Plex Sans", system-ui, sans-serif';

/** The canvas font of a kind of name at a scale. */
const labelFont = (style: LabelStyle, kind: GlobeLabel["kind"], scale: number) => {
  const s = style[kind];
  return `${s.italic ? "italic " : ""}${s.weight} ${s.size * scale}px ${FONT}`;
};

const PARTY_PAD = 8;
const SWATCH = 10;

/** The box a name takes at a scale, as the page lays it out (a party's name sits in a chip with its swatch). */
function measure(ctx: CanvasRenderingContext2D, style: LabelStyle, label: GlobeLabel, scale: number) {
  const s = style[label.kind];
  ctx.font = labelFont(style, label.kind, scale);
  ctx.letterSpacing = `${s.letterSpacing * s.size * scale}px`;
  const text = ctx.measureText(label.text).width;
  const height = s.size * 1.25 * scale + (label.kind === "party" ? 4 * scale : 0);
  const width = label.kind === "party" ? text + (PARTY_PAD * 2 + SWATCH + 5) * scale : text;
  return { width, height };
}

/**
 * Writes each view's names into the exported image: placed as on screen (screen/chooseLabels) at the image's own
 * scale, clear of the image's overlays (`keepOut`, in image pixels) and of each other, in the page's type and the
 * theme's colours.
 */
export function drawLabels(ctx: CanvasRenderingContext2D, image: RenderedImage, labels: readonly (readonly GlobeLabel[])[], keepOut: readonly Box[], theme: Theme): void {
  const k = image.scale;
  const style = theme.labels;
  image.rects.forEach((r, i) => {
    const projection = image.projections[i];
    if (!r || !projection) return;
    const local = keepOut.map((b) => ({ ...b, left: b.left - r.left, top: b.top - r.top }));
    const placed = chooseLabels({
      labels: labels[i] ?? [],
      project: projection.project,
      pxPerRadian: projection.pxPerRadian,
      measure: (l) => measure(ctx, style, l, k),
      area: { width: r.width, height: r.height, disc: projection.disc, keepOut: local, gap: 3 * k },
    });
    ctx.save();
    ctx.beginPath();
    ctx.rect(r.left, r.top, r.width, r.height);
    ctx.clip();
    ctx.textBaseline = "middle";
    for (const { label, box } of placed) {
      const s = style[label.kind];
      ctx.font = labelFont(style, label.kind, k);
      ctx.letterSpacing = `${s.letterSpacing * s.size * k}px`;
      const x = r.left + box.left;
      const y = r.top + box.top + box.height / 2;
      if (label.kind === "party") {
        ctx.fillStyle = style.chip;
        ctx.strokeStyle = style.chipLine;
        ctx.lineWidth = k;
        ctx.beginPath();
        ctx.roundRect(x, r.top + box.top, box.width, box.height, box.height / 2);
        ctx.fill();
        ctx.stroke();
        if (label.colour) {
          ctx.fillStyle = theme.parties[label.colour];
          ctx.fillRect(x + PARTY_PAD * k, y - (SWATCH / 2) * k, SWATCH * k, SWATCH * k);
        }
        ctx.fillStyle = s.colour;
        ctx.fillText(label.text, x + (PARTY_PAD + SWATCH + 5) * k, y);
        continue;
      }
      ctx.lineJoin = "round";
      ctx.strokeStyle = style.halo;
      ctx.lineWidth = style.haloWidth * k;
      ctx.strokeText(label.text, x, y);
      ctx.fillStyle = s.colour;
      ctx.fillText(label.text, x, y);
    }
    ctx.restore();
  });
}
