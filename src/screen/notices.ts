import type { Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import { describeUrlProblem } from "../state/urlProblems";
import type { UrlProblem } from "../state/urlState";
import type { ScreenNotice } from "./types";

/** Why the 3D renderer is not drawing: its context was lost (and may come back), or it could not start. */
export type WebGLProblem = { code: "context-lost" } | { code: "failed"; detail: string };

/** What, besides the view, the page has to say: the files' and the URL's problems, and the renderer's state. */
export interface ScreenStatus {
  /** Problems of the model files, each naming its file; `kept` are shown in their last valid version. */
  files: { errors: readonly string[]; kept: readonly string[] };
  urlProblems: readonly UrlProblem[];
  renderer: "webgl" | "svg";
  webgl?: WebGLProblem;
  /** Notices the reader has dismissed, by id. */
  dismissed: ReadonlySet<string>;
}

export const NO_PROBLEMS: ScreenStatus = { files: { errors: [], kept: [] }, urlProblems: [], renderer: "webgl", dismissed: new Set() };

/** The notices, in a language: files first, then the URL, then the renderer; those dismissed are left out. */
export function noticesFor(status: ScreenStatus, lang: Lang): ScreenNotice[] {
  const t = strings(lang).notices;
  const out: ScreenNotice[] = [];
  status.files.errors.forEach((text, i) => {
    const kept = status.files.kept.some((f) => text.startsWith(`${f}: `));
    out.push({ id: `model-${i}`, kind: "error", text: kept ? t.fileKept(text) : t.fileNotLoaded(text) });
  });
  status.urlProblems.forEach((p, i) => out.push({ id: `url-${i}`, kind: "warning", text: describeUrlProblem(p, lang) }));
  if (status.renderer === "svg") out.push({ id: "svg", kind: "warning", text: t.svgFallback });
  if (status.webgl) out.push({ id: "webgl", kind: "error", text: status.webgl.code === "context-lost" ? t.contextLost : t.webglFailed(status.webgl.detail) });
  return out.filter((n) => !status.dismissed.has(n.id));
}
