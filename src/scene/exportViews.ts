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

/**
 * An export laid out by its own rules rather than the page's: the image's exact size, its text scale, and per view
 * its rectangle in image pixels and the camera to draw it with (placed and with its projection set for that
 * rectangle; see scene/viewFraming.ts fitProjection).
 */
export interface ExportFrames {
  width: number;
  height: number;
  /** Image pixels per CSS pixel of the page's type: lines and stripes are scaled by it. */
  scale: number;
  views: ({ rect: Rect; camera: PerspectiveCamera } | null)[];
}

/** Pixel buffers an export reads into, kept by a caller that renders many frames of one size (a video). */
export interface ImageBuffers {
  raw: Uint8Array;
  pixels: Uint8ClampedArray<ArrayBuffer>;
}

/** Buffers for frames of `width` × `height` pixels. */
export function imageBuffers(width: number, height: number): ImageBuffers {
  return { raw: new Uint8Array(width * height * 4), pixels: new Uint8ClampedArray(new ArrayBuffer(width * height * 4)) };
}

interface Input {
  gl: WebGLRenderer;
  /** Canvas size in CSS pixels. */
  size: { width: number; height: number };
  /** Each view's rectangle in CSS pixels from the canvas's top left, or null. */
  rects: (Rect | null)[];
  cameras: PerspectiveCamera[];
  /**
   * Draws view i into the viewport set before the call (w × h pixels), with stripes and lines scaled by `scale`; with
   * `camera` (an export's own frames), draws it with that camera rather than the view's.
   */
  pass: (i: number, hatchScale: number, lineScale: number, w: number, h: number, camera?: PerspectiveCamera) => void;
  /** Draws the screen again once the canvas has its own size back. */
  redraw: () => void;
  /**
   * Image size: a scale of the canvas's CSS size, or a width in pixels (the height follows the canvas's shape), or
   * frames of its own (size, rectangles and cameras), in place of `rects` and `cameras`.
   */
  output: { scale: number } | { width: number } | { frames: ExportFrames };
  transparent: boolean;
  background: string;
  /** Buffers of the image's size to read into (reused from frame to frame); fresh ones when absent. */
  buffers?: ImageBuffers;
}

const previousSize = new Vector2();

/**
 * Renders every view at the export size on the canvas's own drawing buffer (so colours are exactly those
 * on screen; a real render at that size, not an upscaled screenshot), reads the pixels back, then gives
 * the canvas its size back and redraws it, all in one task so the page never shows the export frame.
 */
export function exportViews(input: Input): RenderedImage {
  const { gl, size } = input;
  const frames = "frames" in input.output ? input.output.frames : null;
  const max = Math.min(gl.capabilities.maxTextureSize, 8192);
  let s: number;
  let width: number;
  let height: number;
  // Rectangles in image pixels, and the cameras they are drawn with.
  let rects: (Rect | null)[];
  let cameras: (PerspectiveCamera | undefined)[];
  if (frames) {
    if (frames.width > max || frames.height > max) throw new Error(`the image would be larger than ${max} pixels`);
    s = frames.scale;
    width = frames.width;
    height = frames.height;
    rects = frames.views.map((v) => v?.rect ?? null);
    cameras = frames.views.map((v) => v?.camera);
  } else {
    const output = input.output as { scale: number } | { width: number };
    const scale = "scale" in output ? output.scale : output.width / size.width;
    s = Math.min(scale, max / size.width, max / size.height);
    width = Math.round(size.width * s);
    height = Math.round(size.height * s);
    const k = s;
    rects = input.rects.map((r) => r && { left: r.left * k, top: r.top * k, width: r.width * k, height: r.height * k });
    cameras = input.cameras;
  }
  const pixelRatio = gl.getPixelRatio();
  gl.getSize(previousSize);
  const autoClear = gl.autoClear;
  const drawnWith: (PerspectiveCamera | undefined)[] = [];
  const reuse = input.buffers && input.buffers.raw.length === width * height * 4 ? input.buffers : null;
  const raw = reuse?.raw ?? new Uint8Array(width * height * 4);
  try {
    gl.autoClear = false;
    gl.setPixelRatio(1);
    gl.setSize(width, height, false);
    gl.setScissorTest(false);
    gl.setClearColor(input.background, input.transparent ? 0 : 1);
    gl.clear(true, true, false);
    gl.setScissorTest(true);
    rects.forEach((r, i) => {
      const camera = cameras[i];
      if (!r || !camera) return;
      const x = Math.round(r.left);
      const w = Math.round(r.width);
      const h = Math.round(r.height);
      const y = height - Math.round(r.top) - h;
      gl.setViewport(x, y, w, h);
      gl.setScissor(x, y, w, h);
      input.pass(i, s, s, w, h, frames ? camera : undefined);
      // The export is composed later (fonts load first): it keeps its own copy of the camera as this pass drew it.
      drawnWith[i] = camera.clone();
      drawnWith[i]!.updateMatrixWorld();
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
  const pixels = reuse?.pixels ?? new Uint8ClampedArray(new ArrayBuffer(raw.length));
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
  const projections = rects.map((r, i) => {
    const camera = drawnWith[i];
    if (!r || !camera) return null;
    camera.aspect = r.width / r.height;
    camera.updateProjectionMatrix();
    const { disc, pxPerRadian } = discOf(camera, r.width, r.height, { x: 0, y: 0, radius: 0 });
    return { project: (at: Readonly<Vec3>, out: Projected) => projectPoint(camera, r.width, r.height, at, out), disc, pxPerRadian };
  });
  return { width, height, pixels, rects, projections, scale: s };
}
