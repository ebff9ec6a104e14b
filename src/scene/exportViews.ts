import { Vector2, type PerspectiveCamera, type WebGLRenderer } from "three";
import type { Projected } from "../screen/chooseLabels";
import type { Disc } from "../screen/labelPlacement";
import type { Vec3 } from "../geo/units";
import { discOf, projectPoint } from "./labelLayer";

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How a view's globe lies in the image: enough to place its names there (see screen/chooseLabels). */
export interface ViewProjection {
  /** Projects a point of the globe into the image, in pixels from the view rectangle's top left. */
  project: (at: Readonly<Vec3>, out: Projected) => Projected;
  disc: Disc;
  pxPerRadian: number;
}

export interface RenderedImage {
  width: number;
  height: number;
  /** RGBA, rows from the top, straight (not premultiplied) alpha. */
  pixels: Uint8ClampedArray<ArrayBuffer>;
  /** Per view, its rectangle in image pixels. */
  rects: (Rect | null)[];
  /** Per view, how its globe lies in its rectangle (null without one). */
  projections: (ViewProjection | null)[];
  /** Image pixels per CSS pixel of the page: names and lines are scaled by it. */
  scale: number;
}

interface Input {
  gl: WebGLRenderer;
  /** Canvas size in CSS pixels. */
  size: { width: number; height: number };
  /** Each view's rectangle in CSS pixels from the canvas's top left, or null. */
  rects: (Rect | null)[];
  cameras: PerspectiveCamera[];
  /** Draws view i into the viewport set before the call (w × h pixels), with stripes and lines scaled by `scale`. */
  pass: (i: number, hatchScale: number, lineScale: number, w: number, h: number) => void;
  /** Draws the screen again once the canvas has its own size back. */
  redraw: () => void;
  /** Image size: a scale of the canvas's CSS size, or a width in pixels (the height follows the canvas's shape). */
  output: { scale: number } | { width: number };
  transparent: boolean;
  background: string;
}

const previousSize = new Vector2();

/**
 * Renders every view at the export size on the canvas's own drawing buffer (so colours are exactly those
 * on screen; a real render at that size, not an upscaled screenshot), reads the pixels back, then gives
 * the canvas its size back and redraws it, all in one task so the page never shows the export frame.
 */
export function exportViews(input: Input): RenderedImage {
  const { gl, size, rects } = input;
  const scale = "scale" in input.output ? input.output.scale : input.output.width / size.width;
  const max = Math.min(gl.capabilities.maxTextureSize, 8192);
  const s = Math.min(scale, max / size.width, max / size.height);
  const width = Math.round(size.width * s);
  const height = Math.round(size.height * s);
  const pixelRatio = gl.getPixelRatio();
  gl.getSize(previousSize);
  const autoClear = gl.autoClear;
  const drawnWith: (PerspectiveCamera | undefined)[] = [];
  const raw = new Uint8Array(width * height * 4);
  try {
    gl.autoClear = false;
    gl.setPixelRatio(1);
    gl.setSize(width, height, false);
    gl.setScissorTest(false);
    gl.setClearColor(input.background, input.transparent ? 0 : 1);
    gl.clear(true, true, false);
    gl.setScissorTest(true);
    rects.forEach((r, i) => {
      if (!r) return;
      const x = Math.round(r.left * s);
      const w = Math.round(r.width * s);
      const h = Math.round(r.height * s);
      const y = height - Math.round(r.top * s) - h;
      gl.setViewport(x, y, w, h);
      gl.setScissor(x, y, w, h);
      input.pass(i, s, s, w, h);
      // The export is composed later (fonts load first): it keeps its own copy of the camera as this pass drew it.
      drawnWith[i] = input.cameras[i]!.clone();
    });
    gl.setScissorTest(false);
    const ctx = gl.getContext();
    ctx.readPixels(0, 0, width, height, ctx.RGBA, ctx.UNSIGNED_BYTE, raw);
  } finally {
    gl.setPixelRatio(pixelRatio);
    gl.setSize(previousSize.x, previousSize.y, false);
    gl.autoClear = autoClear;
    input.redraw();
  }
  const pixels = new Uint8ClampedArray(new ArrayBuffer(raw.length));
  const row = width * 4;
  for (let y = 0; y < height; y++) pixels.set(raw.subarray((height - 1 - y) * row, (height - y) * row), y * row);
  // WebGL gives premultiplied alpha; ImageData wants it straight.
  for (let i = 0; i < pixels.length; i += 4) {
    const a = pixels[i + 3]!;
    if (a > 0 && a < 255) {
      pixels[i] = (pixels[i]! * 255) / a;
      pixels[i + 1] = (pixels[i + 1]! * 255) / a;
      pixels[i + 2] = (pixels[i + 2]! * 255) / a;
    }
  }
  const scaled = rects.map((r) => r && { left: r.left * s, top: r.top * s, width: r.width * s, height: r.height * s });
  const projections = scaled.map((r, i) => {
    const camera = drawnWith[i];
    if (!r || !camera) return null;
    camera.aspect = r.width / r.height;
    camera.updateProjectionMatrix();
    const { disc, pxPerRadian } = discOf(camera, r.width, r.height, { x: 0, y: 0, radius: 0 });
    return { project: (at: Readonly<Vec3>, out: Projected) => projectPoint(camera, r.width, r.height, at, out), disc, pxPerRadian };
  });
  return { width, height, pixels, rects: scaled, projections, scale: s };
}
