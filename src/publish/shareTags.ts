/**
 * The tags that social networks and search engines read from a page: Open Graph, X (Twitter) cards, a description
 * and a canonical link. What must be absolute (the image, the page's own address) is written only when the build
 * knows the address it will be served from (PUBLIC_URL).
 */

export interface ShareCard {
  title: string;
  description: string;
  /** The card picture, relative to the page (pictures/….card.png). */
  image: string;
  imageAlt: string;
  width: number;
  height: number;
  /** The page's file, relative to the build's root ("" for index.html). */
  page: string;
}

export interface Tag {
  tag: "meta" | "link";
  attrs: Record<string, string>;
}

/**
 * PUBLIC_URL as the build takes it: an absolute http(s) address, with a slash at its end; null when unset or empty.
 * Throws, saying why, for anything else.
 */
export function publicUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute address such as https://news.example/globe/, not "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`PUBLIC_URL must start with https:// or http://, not "${url.protocol}"`);
  if (url.search || url.hash) throw new Error(`PUBLIC_URL must have no query or fragment: "${value}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The tags of one page, in the order they are written into its head. */
export function shareTags(card: ShareCard, base: string | null): Tag[] {
  const meta = (key: "name" | "property", name: string, content: string): Tag => ({ tag: "meta", attrs: { [key]: name, content } });
  const tags: Tag[] = [
    meta("name", "description", card.description),
    meta("property", "og:type", "website"),
    meta("property", "og:title", card.title),
    meta("property", "og:description", card.description),
    meta("property", "og:locale", "en_GB"),
    meta("property", "og:locale:alternate", "ru_RU"),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", card.title),
    meta("name", "twitter:description", card.description),
  ];
  if (!base) return tags;
  const page = new URL(card.page, base).href;
  const image = new URL(card.image, base).href;
  return [
    ...tags,
    { tag: "link", attrs: { rel: "canonical", href: page } },
    meta("property", "og:url", page),
    meta("property", "og:image", image),
    meta("property", "og:image:type", "image/png"),
    meta("property", "og:image:width", String(card.width)),
    meta("property", "og:image:height", String(card.height)),
    meta("property", "og:image:alt", card.imageAlt),
    meta("name", "twitter:image", image),
    meta("name", "twitter:image:alt", card.imageAlt),
  ];
}
