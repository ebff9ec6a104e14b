import { Color, type Camera } from "three";
import type { AreaUniforms } from "./areaMaterial";
import { FAT_LINES_FROM, showFatLines } from "./Borders";
import type { Rect } from "./exportViews";
import { showHoverOutline } from "./hoverOutlineVisibility";
import type { SceneContext } from "./sceneContext";
import { readFrameRect } from "./useFrameRects";
import { fitProjection } from "./viewFraming";

const background = new Color();
const scratchRect: Rect = { left: 0, top: 0, width: 0, height: 0 };

/**
 * Draws view i into the viewport already set (w × h in the units line widths are given in): its palette swapped
 * into the one area material, only its date's borders visible; stripes scaled by `hatch` device pixels per CSS
 * pixel, lines by `lineScale`.
 */
export function renderPass(ctx: SceneContext, i: number, hatch: number, lineScale: number, w: number, h: number): void {
  const view = ctx.view(i);
  drawPass(ctx, i, view.transition.uniforms, ctx.views[i]!.date, view.camera, hatch, lineScale, w, h);
}

/**
 * Draws the globe into the viewport already set with `camera`, in the colours of a palette transition's uniforms
 * `t`, the borders of `date` only (a view's pass, or a video frame's, whose palettes and cameras are its own).
 */
export function drawPass(ctx: SceneContext, i: number, t: AreaUniforms, date: string, camera: Camera, hatch: number, lineScale: number, w: number, h: number): void {
  // Lines at a width in exports and on dense screens, one device pixel wide otherwise; fat lines measure their width
  // against the viewport they are drawn in.
  const fat = ctx.exporting || hatch >= FAT_LINES_FROM;
  for (let k = 0; k < ctx.lineStyles.length; k++) {
    const l = ctx.lineStyles[k]!;
    l.fat.linewidth = l.width * lineScale;
    l.fat.resolution.set(w, h);
  }
  const u = ctx.uniforms;
  u.uFrom.value = t.uFrom.value;
  u.uTo.value = t.uTo.value;
  u.uMix.value = t.uMix.value;
  u.uHatchScale.value = hatch;
  ctx.borderLines.forEach((line, d) => {
    if (!line) return;
    line.visible = d === date;
    showFatLines(line, fat);
  });
  if (ctx.coastLines) showFatLines(ctx.coastLines, fat);
  showHoverOutline(ctx, i, lineScale, w, h);
  ctx.gl.clear(true, true, false);
  ctx.gl.render(ctx.scene, camera);
}

/** View i's frame in CSS pixels from the canvas's top left, written into `out` (no allocation); null without a frame. */
export function frameRect(ctx: SceneContext, i: number, out: Rect = { left: 0, top: 0, width: 0, height: 0 }): Rect | null {
  const known = ctx.frameRects?.[i];
  if (known) {
    out.left = known.left;
    out.top = known.top;
    out.width = known.width;
    out.height = known.height;
    return out;
  }
  const el = ctx.frames[i];
  return el ? readFrameRect(el, out) : null;
}

/** Places view i's names anew when the screen has come to rest (`settled`), else moves those placed with the globe. */
function updateLabels(ctx: SceneContext, i: number, width: number, height: number, settled: boolean): void {
  const elements = ctx.labelElements[i];
  const frame = ctx.frames[i];
  if (!elements || !frame) return;
  const camera = ctx.view(i).camera;
  const labels = ctx.viewLabels(i);
  if (settled) labels.place(ctx.views[i]!.labels, elements, frame, camera, width, height);
  else labels.move(elements, camera, width, height);
}

/**
 * Draws every view into its frame's part of the canvas (`canvasHeight` and `dpr` as the renderer has them);
 * `settled` on the last frame of a change, when nothing moves any more and the names are placed anew.
 */
export function drawScreen(ctx: SceneContext, canvasHeight: number, dpr: number, settled = true): void {
  const { gl } = ctx;
  gl.setScissorTest(true);
  background.set(ctx.theme.background);
  gl.setClearColor(background, 0);
  gl.autoClear = false;
  for (let i = 0; i < ctx.views.length; i++) {
    const r = frameRect(ctx, i, scratchRect);
    if (!r || r.width === 0 || r.height === 0) continue;
    fitProjection(ctx.view(i).camera, r.width, r.height, ctx.framings[i]?.centre);
    const y = canvasHeight - r.top - r.height;
    gl.setViewport(r.left, y, r.width, r.height);
    gl.setScissor(r.left, y, r.width, r.height);
    renderPass(ctx, i, dpr, 1, r.width, r.height);
    updateLabels(ctx, i, r.width, r.height, settled);
  }
  gl.setScissorTest(false);
}
