import type { PerspectiveCamera } from "three";
import type { Geography } from "../data/geography";
import type { CameraAt } from "../state/viewState";
import { cameraAt } from "./camera";
import type { AreaUniforms } from "./areaMaterial";
import { FAT_LINES_FROM, releaseFatLines } from "./Borders";
import { exportViews, type ExportFrames, type ImageBuffers, type Rect, type RenderedImage } from "./exportViews";
import type { SceneContext } from "./sceneContext";
import { drawPass, drawScreen, frameRect, renderPass } from "./viewPasses";
import { fitProjection } from "./viewFraming";

/** What the DOM side can ask of the scene. */
export interface GlobeApi {
  /** Area under a point of view `index`'s frame (pixels from its top left); null off the globe. */
  pick(index: number, x: number, y: number): { area: number; lon: number; lat: number } | null;
  /**
   * Renders every view offscreen, at a scale of its size on screen or at a width in pixels, or in frames of the
   * export's own: an image size, and per view its rectangle and the camera to draw it with, made from where the
   * view's camera is (`reader`, null unless the reader moved it since the view was chosen).
   */
  render(output: { scale: number } | { width: number } | { frames: ExportFrameRequest }, transparent: boolean, buffers?: ImageBuffers): RenderedImage;
  /** Keyboard: turn by degrees, zoom by a factor (> 1 closer). */
  rotate(index: number, left: number, up: number): void;
  zoom(index: number, factor: number): void;
  /** Current camera of a view. */
  camera(index: number): CameraAt;
  /**
   * Gives back what frames of an export's own uploaded for themselves (the fat lines' buffers, where the screen
   * draws thin ones): after a video, the renderer holds what it held before.
   */
  releaseExportLines(): void;
}

/**
 * An export's own frames, with each view's camera made once the scene says whether the reader moved it. A view with
 * `paint` (a video's frame) is drawn in its own colours and borders rather than the screen's view's, whichever views
 * the screen has.
 */
export interface ExportFrameRequest extends Omit<ExportFrames, "views"> {
  views: ({ rect: Rect; camera: (reader: CameraAt | null) => PerspectiveCamera; paint?: FramePaint } | null)[];
}

/** A frame's own colours: a palette transition's uniforms (see PaletteTransition) and the date whose borders it draws. */
export interface FramePaint {
  uniforms: AreaUniforms;
  date: string;
}

/** The scene's answers to the DOM, over its shared state; `size` and `dpr` give the canvas as the renderer has it now. */
export function sceneApi(ctx: SceneContext, geography: Geography, invalidate: () => void, canvas: () => { width: number; height: number; dpr: number }): GlobeApi {
  const controls = (i: number) => (i < ctx.views.length ? ctx.view(i).controls : null);
  return {
    pick(i, x, y) {
      const el = ctx.frames[i];
      if (!el || i >= ctx.views.length) return null;
      // Linked views share a camera: it looks through this frame's centre for the pick.
      fitProjection(ctx.view(i).camera, el.clientWidth, el.clientHeight, ctx.framings[i]?.centre);
      return ctx.view(i).pick(x, y, el.clientWidth, el.clientHeight, (lon, lat) => geography.areas.find(lon, lat));
    },
    render(output, transparent, buffers) {
      const size = canvas();
      // The hover outline stays off the image: hidden in the export's passes, back for the redraw of the screen.
      ctx.exporting = true;
      const frames: { frames: ExportFrames } | null =
        "frames" in output
          ? {
              frames: {
                ...output.frames,
                views: output.frames.views.map((v, i) =>
                  v && (v.paint || i < ctx.views.length) ? { rect: v.rect, camera: v.camera(!v.paint && ctx.byReader ? cameraAt(ctx.cameraOf(i)) : null) } : null,
                ),
              },
            }
          : null;
      try {
        return exportViews({
          gl: ctx.gl,
          size,
          rects: ctx.views.map((_, i) => frameRect(ctx, i)),
          cameras: ctx.views.map((_, i) => ctx.view(i).camera),
          pass: (i, hatch, lines, w, h, camera) => {
            const paint = "frames" in output ? output.frames.views[i]?.paint : undefined;
            if (paint && camera) {
              drawPass(ctx, i, paint.uniforms, paint.date, camera, hatch, lines, w, h);
              return;
            }
            const own = ctx.view(i).camera;
            if (camera) {
              // The export's own camera for this pass, the view's own back after it.
              const kept = own.clone();
              own.copy(camera, false);
              own.updateMatrixWorld();
              try {
                renderPass(ctx, i, hatch, lines, w, h);
              } finally {
                own.copy(kept, false);
                own.updateMatrixWorld();
              }
              return;
            }
            // The view offset is a share of the frame, so the CSS frame's numbers hold at the export's size.
            const r = frameRect(ctx, i);
            if (r) fitProjection(own, r.width, r.height, ctx.framings[i]?.centre);
            renderPass(ctx, i, hatch, lines, w, h);
          },
          redraw: () => {
            ctx.exporting = false;
            drawScreen(ctx, size.height, size.dpr);
          },
          output: frames ?? (output as { scale: number } | { width: number }),
          transparent,
          background: ctx.theme.background,
          buffers,
        });
      } finally {
        ctx.exporting = false;
      }
    },
    rotate(i, left, up) {
      const c = controls(i);
      if (!c) return;
      ctx.takenByReader();
      c.rotateLeft((left * Math.PI) / 180);
      c.rotateUp((up * Math.PI) / 180);
      invalidate();
    },
    zoom(i, factor) {
      const c = controls(i);
      if (!c) return;
      ctx.takenByReader();
      // three's dollyOut(s) divides the distance by s: it moves the camera in.
      if (factor > 1) c.dollyOut(factor);
      else c.dollyIn(1 / factor);
      invalidate();
    },
    camera(i) {
      return cameraAt(ctx.cameraOf(i < ctx.views.length ? i : 0));
    },
    releaseExportLines() {
      if (canvas().dpr >= FAT_LINES_FROM) return;
      for (const group of [...ctx.borderLines.values(), ctx.coastLines]) if (group) releaseFatLines(group);
    },
  };
}
