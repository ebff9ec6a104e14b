import { OUTLINE_WIDTH } from "./HoverOutline";
import type { SceneContext } from "./sceneContext";

/**
 * Before view i's pass: the hover outline is shown only in the view it belongs to, and never in an image export;
 * where shown, its width (OUTLINE_WIDTH × `lineScale`) and resolution are set for the w × h viewport it is drawn in.
 */
export function showHoverOutline(ctx: SceneContext, i: number, lineScale: number, w: number, h: number): void {
  const outline = ctx.hoverOutline;
  if (!outline) return;
  const shown = outline.view === i && !ctx.exporting;
  outline.line.visible = shown;
  if (!shown) return;
  outline.line.material.linewidth = OUTLINE_WIDTH * lineScale;
  outline.line.material.resolution.set(w, h);
}
