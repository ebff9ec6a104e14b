import type { Lang } from "../i18n/lang";
import { pictureUrlFor, type PicturesDrawn } from "../publish/pictureUrl";
import { defaultPictureStem, type PictureCatalogue } from "../publish/pictureViews";
import { STORY_BRIEFING } from "../story/storyBriefing";

declare const __PICTURES__: string | undefined;

/** The pictures this page's build drew (vite.config.ts's PICTURES); none under `npm start`. */
const DRAWN: PicturesDrawn = import.meta.env.DEV || typeof __PICTURES__ !== "string" ? "none" : __PICTURES__ === "first" ? "first" : "all";

/** The share card of the view at `fullUrl`, for an embed code's `<noscript>`; null where the build drew none. */
export function sharePicture(fullUrl: string, lang: Lang, c: PictureCatalogue): string | null {
  return pictureUrlFor(new URL(fullUrl).search, fullUrl, lang, c, DRAWN, defaultPictureStem(c), [`brief-${STORY_BRIEFING}-1`]);
}
