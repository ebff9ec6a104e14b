import { Color, Vector3, type Object3D } from "three";
import { THEME } from "../theme";
import type { Rect } from "./exportViews";
import { showHoverOutline } from "./hoverOutlineVisibility";
import { LINK_WIDTH } from "./Links";
import type { SceneContext } from "./sceneContext";

const world = new Vector3();
const toCamera = new Vector3();
const background = new Color();
const scratchRect: Rect = { left: 0, top: 0, width: 0, height: 0 };

/** Fat lines measure their width against the size of the viewport they are drawn in. */
function setLineWidths(group: Object3D, width: number, w: number, h: number): void {
  for (const link of group.children) {
    for (const child of link.children.length ? link.children : [link]) {
      const m = (child as { material?: { linewidth?: number; resolution?: { set(x: number, y: number): void } } }).material;
      if (m && m.linewidth !== undefined && m.resolution) {
        m.linewidth = width;
        m.resolution.set(w, h);
      }
    }
  }
}

/**
 * Draws view i into the viewport already set (w × h in the units line widths are given in): its palette swapped
 * into the one area material, only its link lines and its date's borders visible; stripes scaled by `hatch`
 * device pixels per CSS pixel, link lines by `lineScale`.
 */
export function renderPass(ctx: SceneContext, i: number, hatch: number, lineScale: number, w: number, h: number): void {
  const view = ctx.view(i);
  const group = ctx.linkGroups[i];
  if (group) setLineWidths(group, LINK_WIDTH * lineScale, w, h);
  const t = view.transition.uniforms;
  const u = ctx.uniforms;
  u.uFrom.value = t.uFrom.value;
  u.uTo.value = t.uTo.value;
  u.uMix.value = t.uMix.value;
  u.uHatchScale.value = hatch;
  for (let j = 0; j < ctx.linkGroups.length; j++) {
    const g = ctx.linkGroups[j];
    if (g) g.visible = j === i;
  }
  const date = ctx.views[i]!.date;
  ctx.borderLines.forEach((line, d) => line && (line.visible = d === date));
  showHoverOutline(ctx, i, lineScale, w, h);
  ctx.gl.clear(true, true, false);
  ctx.gl.render(ctx.scene, view.camera);
}

/** View i's frame in CSS pixels from the canvas's top left, written into `out` (no allocation); null without a frame. */
export function frameRect(ctx: SceneContext, i: number, out: Rect = { left: 0, top: 0, width: 0, height: 0 }): Rect | null {
  const el = ctx.frames[i];
  if (!el) return null;
  out.left = el.offsetLeft;
  out.top = el.offsetTop;
  out.width = el.clientWidth;
  out.height = el.clientHeight;
  return out;
}

/** Moves view i's HTML labels over the points they name, hiding those on the far side. */
function placeLabels(ctx: SceneContext, i: number, width: number, height: number): void {
  const elements = ctx.labelElements[i];
  if (!elements) return;
  const camera = ctx.view(i).camera;
  for (const label of ctx.views[i]!.links.labels) {
    const el = elements.get(label.id);
    if (!el) continue;
    world.set(label.position[0], label.position[1], label.position[2]);
    toCamera.copy(camera.position).sub(world);
    const facing = world.dot(toCamera) > 0;
    world.project(camera);
    el.style.visibility = facing ? "visible" : "hidden";
    el.style.transform = `translate(${((world.x * 0.5 + 0.5) * width).toFixed(1)}px, ${((-world.y * 0.5 + 0.5) * height).toFixed(1)}px)`;
  }
}

/** Draws every view into its frame's part of the canvas (`canvasHeight` and `dpr` as the renderer has them). */
export function drawScreen(ctx: SceneContext, canvasHeight: number, dpr: number): void {
  const { gl } = ctx;
  gl.setScissorTest(true);
  background.set(THEME.background);
  gl.setClearColor(background, 0);
  gl.autoClear = false;
  for (let i = 0; i < ctx.views.length; i++) {
    const r = frameRect(ctx, i, scratchRect);
    if (!r || r.width === 0 || r.height === 0) continue;
    const camera = ctx.view(i).camera;
    const aspect = r.width / r.height;
    if (camera.aspect !== aspect) {
      camera.aspect = aspect;
      camera.updateProjectionMatrix();
    }
    const y = canvasHeight - r.top - r.height;
    gl.setViewport(r.left, y, r.width, r.height);
    gl.setScissor(r.left, y, r.width, r.height);
    renderPass(ctx, i, dpr, 1, r.width, r.height);
    placeLabels(ctx, i, r.width, r.height);
  }
  gl.setScissorTest(false);
}
