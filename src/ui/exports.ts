import type { MutableRefObject } from "react";
import type { Geography } from "../data/geography";
import { formatDate } from "../i18n/format";
import { i18nFor } from "../i18n/I18nContext";
import type { Lang } from "../i18n/lang";
import type { GlobeApi } from "../scene/GlobeScene";
import type { Rect } from "../scene/exportViews";
import type { Screen } from "../screen/types";
import type { DrawnText } from "./composeFrame";
import type { ImageText } from "./composeImage";
import { downloadBlob } from "./download";
import type { FrameText } from "./exportLayout";
import { isPreset, PRESETS, safeInsets } from "./exportPresets";
import type { ExportSize } from "./SharePanel";

/** The farthest an SVG frame's globe stands: its disc fills its square (see SvgGlobe's scale). */
const SVG_FRAME_DISTANCE = 2.7;

/** What the last exported frame wrote, and where (for the browser tests: they check it against the image's pixels). */
export interface LastExport {
  width: number;
  height: number;
  globes: Rect[];
  texts: DrawnText[];
}

/**
 * The words an exported frame writes for a screen: its headline, the date shown (and beside it the day the files were
 * last revised, from the site file), the headings over the globes.
 */
export function frameWords(screen: Screen, lang: Lang): Pick<FrameText, "headline" | "date" | "headings"> {
  const { t } = i18nFor(lang);
  const headline = screen.title;
  // A globe drawn on another date than its model's shows today.
  const dates = [...new Set(screen.globes.map((g) => (g.date === g.resolved.model.date ? t.export.asOf(formatDate(g.date, lang)) : t.export.today(formatDate(g.date, lang)))))];
  const titles = screen.globes.map((g) => g.title);
  const headings = titles.length === 1 && titles[0] === headline ? [] : titles;
  const updated = screen.details.updated ? [screen.details.updated] : [];
  return { headline, date: [...dates, ...updated].join(t.publication.separator), headings };
}

/**
 * Everything an export writes for a screen, in a language: the frame's words, the text of an image as on screen and
 * of a frame for publishing (the credit line and the date of revision from the site file, through the screen). Plain
 * data: the SVG document takes it as it is, in the page or in Node.
 */
export function exportText(screen: Screen, lang: Lang): { words: ReturnType<typeof frameWords>; text: ImageText; frameText: FrameText } {
  const { t } = i18nFor(lang);
  const words = frameWords(screen, lang);
  const text: ImageText = {
    title: words.headline,
    date: words.date,
    credit: screen.details.credit,
    viewTitles: screen.globes.map((g) => g.title),
    legend: screen.legend,
    note: t.note.illustrative,
    source: screen.sourceSummary,
    labels: screen.globes.map((g) => g.labels),
    insets: screen.globes.map((g) => g.inset),
  };
  const frameText: FrameText = {
    ...words,
    legend: screen.legend.map((e) => ({ text: e.text, swatches: e.swatches.length })),
    note: text.note,
    source: text.source,
    credit: screen.details.credit,
  };
  return { words, text, frameText };
}

/** The downloads of what is on screen: a PNG rendered at a size, and a print-ready SVG. */
export function exportsFor(screen: Screen, geography: Geography, api: MutableRefObject<GlobeApi | null>, lang: Lang) {
  const { t } = i18nFor(lang);
  const { words, text, frameText } = exportText(screen, lang);

  const exportImage = async (size: ExportSize, transparent: boolean) => {
    const a = api.current;
    if (!a) throw new Error(t.export.notReady);
    // The drawing of frames loads with the first export.
    const { renderPng } = await import("./renderExport");
    const { png, name } = await renderPng(a, size, transparent, { screen, words, text, frameText });
    downloadBlob(png, name);
  };
  // The SVG document (and the server renderer it uses) loads only when asked for.
  const exportSvg = async (size?: ExportSize) => {
    const { svgDocument } = await import("./svgExport");
    const frame = size && isPreset(size) ? { ...PRESETS[size], safe: safeInsets(size) } : undefined;
    const at = api.current?.camera(0) ?? screen.camera.at;
    // In a frame, each globe is whole in its square at least (the reader's closer view kept), not as far as a wide page's camera stands.
    const markup = svgDocument({ geography, globes: screen.globes, at: frame ? { ...at, distance: Math.min(at.distance, SVG_FRAME_DISTANCE) } : at, ...text, frame, frameText, theme: screen.theme });
    downloadBlob(new Blob([markup], { type: "image/svg+xml" }), `${screen.fileStem}${frame ? `-${frame.width}x${frame.height}` : ""}.svg`);
  };
  return { exportImage, exportSvg };
}
