import { DEFAULT_LANG, type Lang } from "../i18n/lang";

/**
 * The address of the embedded globe for a briefing, relative to the story page (so that the build works from
 * any folder): its first step, embedded, taking commands from the story page's own origin.
 */
export function embedSrc(briefing: string, origin: string, lang: Lang): string {
  const params = new URLSearchParams({ brief: briefing, step: "1", embed: "1", origins: origin });
  if (lang !== DEFAULT_LANG) params.set("lang", lang);
  return `index.html?${params.toString().replace(/%3A/g, ":").replace(/%2F/g, "/").replace(/%2C/g, ",")}`;
}
