import type { ShownModels } from "../model/lastGood";
import type { Message } from "../i18n/I18nContext";
import type { Notice } from "./Notices";

/**
 * One notice per problem in the model files (`model-<i>`), saying whether the file was left out or is shown in
 * its last valid version; the validator's message (file, path, value, hint) follows, in English.
 */
export function modelNotices(shown: Pick<ShownModels, "errors" | "kept">): Notice[] {
  return shown.errors.map((text, i) => {
    const kept = shown.kept.some((f) => text.startsWith(`${f}: `));
    const message: Message = ({ t }) => (kept ? t.notices.fileKept(text) : t.notices.fileNotLoaded(text));
    return { id: `model-${i}`, text: message, kind: "error" };
  });
}
