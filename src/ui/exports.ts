import type { MutableRefObject } from "react";
import type { Geography } from "../data/geography";
import { i18nFor } from "../i18n/I18nContext";
import type { Lang } from "../i18n/lang";
import type { GlobeApi } from "../scene/GlobeScene";
import type { Screen } from "../screen/types";
import { composeImage, toPng } from "./composeImage";
import { downloadBlob } from "./download";
import type { ExportSize } from "./SharePanel";

/** The downloads of what is on screen: a PNG rendered at a size, and a print-ready SVG. */
export function exportsFor(screen: Screen, geography: Geography, api: MutableRefObject<GlobeApi | null>, lang: Lang) {
  const { t } = i18nFor(lang);
  const text = {
    title: screen.title,
    viewTitles: screen.globes.map((g) => g.title),
    legend: screen.legend,
    note: t.note.illustrative,
    source: screen.sourceSummary,
    labels: screen.globes.map((g) => g.labels),
    insets: screen.globes.map((g) => g.inset),
  };
  const exportImage = async (size: ExportSize, transparent: boolean) => {
    const a = api.current;
    if (!a) throw new Error(t.export.notReady);
    const rendered = a.render(size === "4k" ? { width: 3840 } : { scale: size === "2x" ? 2 : 1 }, transparent);
    const canvas = await composeImage(rendered, text);
    downloadBlob(await toPng(canvas), `${screen.fileStem}-${rendered.width}px.png`);
  };
  // The SVG document (and the server renderer it uses) loads only when asked for.
  const exportSvg = async () => {
    const { svgDocument } = await import("./svgExport");
    const markup = svgDocument({ geography, globes: screen.globes, at: api.current?.camera(0) ?? screen.camera.at, ...text });
    downloadBlob(new Blob([markup], { type: "image/svg+xml" }), `${screen.fileStem}.svg`);
  };
  return { exportImage, exportSvg };
}
