import type { Lang } from "../i18n/lang";
import { pictureFile } from "./pictureFiles";
import { pictureStemFor, type PictureCatalogue } from "./pictureViews";

/** Which pictures a build drew (PICTURES): every view's, only the pages' first views', or none (`npm start`). */
export type PicturesDrawn = "all" | "first" | "none";

/**
 * The address of the share card of the view `search` opens, beside the page at `pageUrl`, for the `<noscript>` of an
 * embed code; null where the build drew none. The reader's own camera is left out: the card shows the view as written.
 * With only the first views drawn, those are the bare address's view (`defaultStem`) and `firstStems`.
 */
export function pictureUrlFor(search: string, pageUrl: string, lang: Lang, c: PictureCatalogue, drawn: PicturesDrawn, defaultStem: string, firstStems: readonly string[] = []): string | null {
  if (drawn === "none") return null;
  const params = new URLSearchParams(search);
  params.delete("at");
  const stem = pictureStemFor(`?${params}`, c, defaultStem);
  if (!stem || (drawn === "first" && stem !== defaultStem && !firstStems.includes(stem))) return null;
  return new URL(pictureFile(stem, lang, "card.png"), pageUrl).href;
}
