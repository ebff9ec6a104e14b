import type { GlobeApi } from "../scene/GlobeScene";
import type { Rect } from "../scene/exportViews";
import { createCamera } from "../scene/camera";
import { fitProjection } from "../scene/viewFraming";
import { frameSubject, windowSubject, type Subject } from "../screen/framing";
import type { Screen } from "../screen/types";
import type { CameraAt } from "../state/viewState";
import { composeFrame } from "./composeFrame";
import { canvasMeasure, composeImage, loadFonts, toPng, type ImageText } from "./composeImage";
import { insetTexts, placeInset } from "./drawInset";
import { boxesOver, layoutFrame, type FrameText, type Insets } from "./exportLayout";
import { isPreset, PRESETS, safeInsets } from "./exportPresets";
import type { LastExport } from "./exports";
import type { ExportSize } from "./SharePanel";

/** What an export writes, worked out from the screen when the page shows it (see exports.ts). */
export interface ExportWords {
  screen: Screen;
  words: Pick<FrameText, "headline" | "date" | "headings">;
  text: ImageText;
  frameText: FrameText;
}

/** A camera for a rectangle of an export: the subject framed whole in its part clear of `boxes`, or the reader's direction. */
function frameCamera(subject: Subject, rect: Rect, boxes: ReturnType<typeof boxesOver>) {
  return (reader: CameraAt | null) => {
    const f = frameSubject(reader ? windowSubject(reader) : subject, rect.width, rect.height, boxes);
    const camera = createCamera(f.at);
    fitProjection(camera, rect.width, rect.height, f.centre);
    camera.updateMatrixWorld();
    return camera;
  };
}

/** A preset frame: laid out first (its fonts loaded), the globes rendered into its rectangles, then composed. */
async function exportFrame(a: GlobeApi, size: { width: number; height: number; safe: Insets }, transparent: boolean, { screen, words, text, frameText }: ExportWords) {
  await loadFonts([words.headline, words.date, ...words.headings, ...text.legend.map((e) => e.text), text.note, text.source, frameText.credit ?? "", ...text.labels.flat().map((l) => l.text), ...insetTexts(text.insets)]);
  const layout = layoutFrame(size.width, size.height, screen.globes.length, frameText, canvasMeasure(), { safe: size.safe });
  const insets = layout.globes.map((rect, i) => placeInset(text.insets[i] ?? null, rect, layout.k, layout.headings[i] ? [layout.headings[i]!.rect] : [], true));
  const subject = screen.camera.subject ?? windowSubject(screen.camera.at);
  const rendered = a.render(
    {
      frames: {
        width: size.width,
        height: size.height,
        scale: layout.k,
        views: layout.globes.map((rect, i) => ({ rect, camera: frameCamera(subject, rect, boxesOver(rect, [layout.headings[i]?.rect ?? null, insets[i]?.rect ?? null])) })),
      },
    },
    transparent,
  );
  const { canvas, texts } = composeFrame(rendered, layout, { legend: screen.legend, labels: text.labels, insets }, screen.theme);
  (window as unknown as { __lastExport?: LastExport }).__lastExport = { width: canvas.width, height: canvas.height, globes: layout.globes, texts };
  return canvas;
}

/**
 * Renders an export as a PNG: a preset frame, or what is on screen at 1× or 2×. Loaded with the first export (the
 * page does not fetch the drawing of frames before it is asked for one).
 */
export async function renderPng(a: GlobeApi, size: ExportSize, transparent: boolean, words: ExportWords): Promise<{ png: Blob; name: string }> {
  const { screen, text } = words;
  if (isPreset(size)) {
    const { width, height } = PRESETS[size];
    const canvas = await exportFrame(a, { width, height, safe: safeInsets(size) }, transparent, words);
    return { png: await toPng(canvas), name: `${screen.fileStem}-${width}x${height}.png` };
  }
  const rendered = a.render({ scale: size === "2x" ? 2 : 1 }, transparent);
  const canvas = await composeImage(rendered, text, screen.theme);
  return { png: await toPng(canvas), name: `${screen.fileStem}-${rendered.width}px.png` };
}
