import { useState } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { Strings } from "../i18n/strings";
import { PRESET_IDS, type PresetId } from "./exportPresets";

/** An image's size: a frame for publishing (exportLayout.ts PRESETS), or the page's own shape at 1× or 2×. */
export type ExportSize = "1x" | "2x" | PresetId;

const PRESET_LABEL: Record<PresetId, keyof Strings["export"]> = {
  hd: "presetHd",
  "4k": "preset4k",
  square: "presetSquare",
  portrait: "presetPortrait",
  vertical: "presetVertical",
};

interface Props {
  /** The URL of the current view (without embed=1). */
  url: string;
  title: string;
  /** PNG export; absent when the 3D view is not available. */
  onExport?: (size: ExportSize, transparent: boolean) => Promise<void>;
  /** SVG download, in the shape of the frame chosen (the page's own layout for 1× and 2×). */
  onExportSvg: (size: ExportSize) => Promise<void>;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an insecure page): fall back to a selection and the copy command.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand?.("copy") ?? false;
    area.remove();
    return ok;
  }
}

/** Copy link, embed snippet and image download: the body of the Share and export section (its summary is the panel's, see Panel.tsx). */
export function SharePanel({ url, title, onExport, onExportSvg }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState("");
  const [size, setSize] = useState<ExportSize>("hd");
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const embedUrl = `${url}${url.includes("?") ? "&" : "?"}embed=1`;
  const snippet = `<iframe src="${embedUrl.replace(/&/g, "&amp;")}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
  const say = (s: string) => {
    setStatus(s);
    window.setTimeout(() => setStatus((now) => (now === s ? "" : now)), 4000);
  };
  return (
    <>
      <div className="share__row">
        <button type="button" className="button" data-action="copy-link" onClick={async () => say((await copy(url)) ? t.share.linkCopied : t.share.linkNotCopied)}>
          {t.share.copyLink}
        </button>
      </div>
      <label className="field">
        <span>{t.share.embedCode}</span>
        <textarea readOnly value={snippet} rows={3} data-field="embed" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="share__row">
        <button type="button" className="button" data-action="copy-embed" onClick={async () => say((await copy(snippet)) ? t.share.embedCopied : t.share.embedNotCopied)}>
          {t.share.copyEmbed}
        </button>
      </div>
      {onExport && (
      <>
      <fieldset className="segmented">
        <legend>{t.export.framesLegend}</legend>
        {PRESET_IDS.map((s) => (
          <label key={s}>
            <input type="radio" name="export-size" value={s} checked={size === s} onChange={() => setSize(s)} /> {t.export[PRESET_LABEL[s]] as string}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t.export.screenLegend}</legend>
        {(["1x", "2x"] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="export-size" value={s} checked={size === s} onChange={() => setSize(s)} /> {s}
          </label>
        ))}
      </fieldset>
      <label className="field field--check">
        <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} data-control="transparent" /> {t.share.transparent}
      </label>
      <div className="share__row">
        <button
          type="button"
          className="button button--primary"
          data-action="download-image"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onExport(size, transparent);
              say(t.share.imageDownloaded);
            } catch (e) {
              say(t.share.imageFailed((e as Error).message));
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t.share.rendering : t.share.downloadPng}
        </button>
      </div>
      </>
      )}
      <div className="share__row">
        <button type="button" className="button" data-action="download-svg" onClick={async () => {
            await onExportSvg(size);
            say(t.share.svgDownloaded);
          }}>
          {t.share.downloadSvg}
        </button>
      </div>
      <p className="share__status" role="status">
        {status}
      </p>
    </>
  );
}
