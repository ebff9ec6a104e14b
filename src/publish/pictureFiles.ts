import type { Lang } from "../i18n/lang";

/** A share card's size (Open Graph's and X's large image). */
export const CARD = { width: 1200, height: 630 } as const;
/** The first paint's globe: a square picture this many pixels wide, drawn in the page where the live globe will be. */
export const GLOBE_PICTURE = 1000;
/**
 * The first paint's picture's elementtiming attribute: the Element Timing API reports when the picture was painted
 * under this name (`npm run bench` reads it).
 */
export const FIRST_PAINT_TIMING = "globe-first-paint";
/**
 * The share of the first paint's square that the view's subject is framed in (its middle); the rest shows the globe
 * around it, as the live globe fills its frame around its subject. The page draws that middle part as large as the
 * shorter side of the globe's frame (firstPaint.css).
 */
export const GLOBE_SUBJECT_SHARE = 0.6;

/** Where each picture lies in the build, relative to the page; a dark picture's name says so. */
export const pictureFile = (stem: string, lang: Lang, kind: "card.png" | "card.svg" | "globe.png", scheme: "light" | "dark" = "light") =>
  `pictures/${stem}.${lang}${scheme === "dark" ? ".dark" : ""}.${kind}`;
