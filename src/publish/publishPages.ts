import { strings } from "../i18n/strings";
import { creditFrom } from "../ui/exportPresets";
import { firstPaintData, firstPaintMarkup, firstPaintScript } from "./firstPaint";
import { CARD, pictureFile } from "./pictureFiles";
import type { Pictures } from "./renderPictures";
import { publicUrl, shareTags, type ShareCard } from "./shareTags";

export const creditOf = (raw: string | undefined) => creditFrom(raw);

/** What a page's head gains, in the form Vite's HTML transform takes. */
interface HeadTag {
  tag: string;
  attrs: Record<string, string>;
  injectTo: "head";
}

/**
 * A built page with what publishing needs: its share-card tags, and for index.html the first paint (its markup at
 * the top of the body, and the inline script that picks the picture, allowed by its hash in the page's policy).
 */
export function publishPage(html: string, page: "index" | "story", pictures: Pictures, rawPublicUrl: string | undefined): { html: string; tags: HeadTag[] } {
  const base = publicUrl(rawPublicUrl);
  const en = strings("en");
  const stem = page === "story" ? (pictures.story?.stem ?? pictures.defaultStem) : pictures.defaultStem;
  const view = pictures.views.find((v) => v.stem === stem)!;
  const card: ShareCard = {
    title: page === "story" && pictures.story ? pictures.story.title.en : en.app.documentTitle,
    description: en.publish.description,
    image: pictureFile(stem, "en", "card.png"),
    imageAlt: view.alt.en,
    width: CARD.width,
    height: CARD.height,
    page: page === "story" ? "story.html" : "",
  };
  const tags = shareTags(card, base).map((t) => ({ ...t, injectTo: "head" as const }));
  if (page === "story") return { html, tags };
  const data = firstPaintData(pictures);
  const script = firstPaintScript(data);
  // Vite writes the policy's quotes as &#39;.
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src (?:'|&#39;)self(?:'|&#39;))/;
  if (!policy.test(html)) throw new Error("index.html has no Content-Security-Policy with script-src 'self' to allow the first paint's script in");
  const out = html
    .replace(policy, `$1 ${script.hash.replace(/'/g, "&#39;")}`)
    .replace(/<body>/, `<body>\n    ${firstPaintMarkup(pictures, data)}\n    <script>${script.text}</script>`);
  return { html: out, tags };
}
