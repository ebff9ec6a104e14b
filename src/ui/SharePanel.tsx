import { useState } from "react";
import { embedSnippets } from "../embed/embedSnippets";
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
  /** The address of a still picture of the view, for the embed code's readers without scripts; none: a link. */
  pictureUrl?: string;
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
export function SharePanel({ url, title, pictureUrl, onExport, onExportSvg }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState("");
  const [size, setSize] = useState<ExportSize>("hd");
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const snippets = embedSnippets({ fullUrl: url, title, linkText: t.share.embedLinkText(title), pictureUrl });
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
      <fieldset className="share__embed">
        <legend>{t.share.embedCode}</legend>
        {(
          [
            ["embed", snippets.iframe, t.share.embedFrame, "copy-embed", t.share.copyEmbed],
            ["embed-script", snippets.script, t.share.embedScript, "copy-embed-script", t.share.copyEmbedScript],
          ] as const
        ).map(([field, code, label, action, copyLabel]) => (
          <div key={field}>
            <label className="field">
              <span>{label}</span>
              <textarea readOnly value={code} rows={4} data-field={field} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <div className="share__row">
              <button type="button" className="button" data-action={action} onClick={async () => say((await copy(code)) ? t.share.embedCopied : t.share.embedNotCopied)}>
                {copyLabel}
              </button>
            </div>
          </div>
        ))}
        <p className="share__hint">{t.share.embedNoScript}</p>
      </fieldset>
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
