/**
 * The embed code the Share panel offers for a view, in two forms: a plain `<iframe>` of a fixed height, and the
 * loader script (embed.js) with its placeholder, whose frame takes the height the globe asks for. Each keeps
 * something for readers whose browser runs no scripts: a picture of the view when there is one, else a link.
 */

export interface SnippetInput {
  /** The view's address outside an embed, absolute: "https://news.example/globe/index.html?brief=may-2011". */
  fullUrl: string;
  /** The view's title, for the frame's `title`. */
  title: string;
  /** The link's text where no globe can be shown: "Missile defence talks, May 2011 (interactive globe)". */
  linkText: string;
  /** An absolute address of a still picture of the view, for readers without scripts; none: a plain link. */
  pictureUrl?: string;
}

export interface Snippets {
  iframe: string;
  script: string;
}

/** The height of the plain frame, which cannot follow the globe's: the embed fits whatever frame it is given. */
export const IFRAME_HEIGHT = 560;

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

/** The view's address with `embed=1`. */
export function embedUrl(fullUrl: string): string {
  const url = new URL(fullUrl);
  return `${url.origin}${url.pathname}${url.search ? `${url.search}&` : "?"}embed=1`;
}

/** A still picture of the view, as the first part of a link whose text follows it. */
const picture = (pictureUrl: string) => `<img src="${escapeAttribute(pictureUrl)}" alt="" style="display:block;max-width:100%;height:auto">`;

/** Both forms of the embed code for a view. */
export function embedSnippets({ fullUrl, title, linkText, pictureUrl }: SnippetInput): Snippets {
  const url = new URL(fullUrl);
  const href = `href="${escapeAttribute(fullUrl)}"`;
  const text = escapeText(linkText);
  // In a page that runs no scripts the frame's globe cannot start either: the picture and the link instead.
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl(fullUrl))}" title="${escapeAttribute(title)}" width="100%" height="${IFRAME_HEIGHT}" style="border:0" loading="lazy"></iframe>\n` +
    `<noscript><a ${href}>${pictureUrl ? picture(pictureUrl) : ""}${text}</a></noscript>`;
  // The placeholder's link stays until the script puts the frame in its place; the picture is shown only without scripts.
  const script =
    `<div data-proposal-globe="${escapeAttribute(url.search)}" data-title="${escapeAttribute(title)}">` +
    `<a ${href}>${pictureUrl ? `<noscript>${picture(pictureUrl)}</noscript>` : ""}${text}</a></div>\n` +
    `<script src="${escapeAttribute(new URL("embed.js", url).href)}" async></script>`;
  return { iframe, script };
}
