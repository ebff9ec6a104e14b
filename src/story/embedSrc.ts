import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import type { ThemeChoice } from "../theme";

/**
 * The address of the embedded globe for a briefing, relative to the story page (so that the build works from
 * any folder): its first step, embedded, taking commands from the story page's own origin, in the story's language
 * and, when the story's address sets one, its theme (without one, the globe follows the system's scheme, as the story does).
 */
export function embedSrc(briefing: string, origin: string, lang: Lang, theme: ThemeChoice = "auto"): string {
  const params = new URLSearchParams({ brief: briefing, step: "1", embed: "1", origins: origin });
  if (lang !== DEFAULT_LANG) params.set("lang", lang);
  if (theme !== "auto") params.set("theme", theme);
  return `index.html?${params.toString().replace(/%3A/g, ":").replace(/%2F/g, "/").replace(/%2C/g, ",")}`;
}
