import { createHash } from "node:crypto";
import { strings } from "../i18n/strings";
import type { Lang } from "../i18n/lang";
import { pictureStemFor, type PictureCatalogue } from "./pictureViews";
import { GLOBE_PICTURE, pictureFile } from "./pictureFiles";
import type { Pictures } from "./renderPictures";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What the first paint's script is given: the words in each language and the views that have a picture. */
export interface FirstPaintData {
  catalogue: PictureCatalogue;
  defaultStem: string;
  titles: Record<string, Record<Lang, string>>;
  alts: Record<string, Record<Lang, string>>;
  kicker: Record<Lang, string>;
  note: Record<Lang, string>;
  /** The note's short form, for a small embed (as the app's). */
  noteShort: Record<Lang, string>;
  /** The line under the globe: the date of revision and the credit (site file). */
  details: Record<Lang, string>;
  size: number;
}

/**
 * Runs in the built page before its first paint (an inline script, allowed by its hash in the page's policy): it
 * marks the page as scripted, sets its language, marks an embed as not for search engines, and shows the picture
 * of the view the address opens on, with that view's title, or no picture where none shows what the page will.
 * Self-contained, like pictureStemFor, which it is given.
 */
export function startFirstPaint(choose: typeof pictureStemFor, data: FirstPaintData): void {
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  const lang = params.get("lang") === "ru" ? "ru" : "en";
  root.classList.add("js");
  root.lang = lang;
  // The colour scheme as the app will choose it (ui/pageScheme.ts): the address's theme, else the system's.
  const theme = params.get("theme");
  const dark = theme === "dark" || (theme !== "light" && typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches);
  root.setAttribute("data-theme", dark ? "dark" : "light");
  if (params.get("embed") === "1") {
    root.classList.add("first-paint-embed");
    const robots = document.createElement("meta");
    robots.name = "robots";
    robots.content = "noindex";
    document.head.appendChild(robots);
  }
  const el = document.getElementById("first-paint");
  if (!el) return;
  el.setAttribute("aria-hidden", "true");
  const stem = choose(location.search, data.catalogue, data.defaultStem);
  const set = (name: string, text: string) => {
    const part = el.querySelector("[data-first-paint=" + name + "]");
    if (part) part.textContent = text;
  };
  set("kicker", data.kicker[lang]);
  set("note", data.note[lang]);
  set("note-short", data.noteShort[lang]);
  set("details", data.details[lang]);
  const title = stem ? data.titles[stem] : undefined;
  const alt = stem ? data.alts[stem] : undefined;
  if (!stem || !title || !alt) {
    el.classList.add("first-paint--bare");
    set("title", "");
    return;
  }
  set("title", title[lang]);
  const img = document.createElement("img");
  img.className = "first-paint__globe";
  img.alt = alt[lang];
  img.width = data.size;
  img.height = data.size;
  // FIRST_PAINT_TIMING (pictureFiles.ts), written out: the script may name nothing outside itself.
  img.setAttribute("elementtiming", "globe-first-paint");
  img.src = "pictures/" + stem + "." + lang + (dark ? ".dark" : "") + ".globe.png";
  const stage = el.querySelector(".first-paint__stage");
  if (stage) stage.appendChild(img);
}

/** The inline script's text, and its hash for the page's Content-Security-Policy. */
export function firstPaintScript(data: FirstPaintData): { text: string; hash: string } {
  const text = `(${startFirstPaint.toString()})(${pictureStemFor.toString()}, ${JSON.stringify(data).replace(/</g, "\\u003c")});`;
  return { text, hash: `'sha256-${createHash("sha256").update(text).digest("base64")}'` };
}

export function firstPaintData(p: Pictures): FirstPaintData {
  const both = (f: (lang: Lang) => string) => ({ en: f("en"), ru: f("ru") });
  return {
    catalogue: p.catalogue,
    defaultStem: p.defaultStem,
    titles: Object.fromEntries(p.views.map((v) => [v.stem, v.title])),
    alts: Object.fromEntries(p.views.map((v) => [v.stem, v.alt])),
    kicker: both((l) => strings(l).app.kicker),
    note: both((l) => strings(l).note.illustrative),
    noteShort: both((l) => strings(l).note.short),
    details: p.details,
    size: GLOBE_PICTURE,
  };
}

/**
 * The page before its script: the title, the illustrative note and the picture of the view a bare address opens on,
 * in English, where the live globe will be; without scripts, also the view's table (the text view). The app takes
 * its place once its first view is drawn (ui/firstPaint.ts).
 */
export function firstPaintMarkup(p: Pictures, data: FirstPaintData): string {
  const stem = p.defaultStem;
  const t = strings("en");
  return [
    '<div id="first-paint" class="first-paint">',
    '<div class="first-paint__head">',
    `<p class="first-paint__kicker" data-first-paint="kicker">${esc(t.app.kicker)}</p>`,
    `<h1 class="first-paint__title" data-first-paint="title">${esc(data.titles[stem]!.en)}</h1>`,
    "</div>",
    '<div class="first-paint__stage">',
    `<noscript><img class="first-paint__globe" src="${pictureFile(stem, "en", "globe.png")}" alt="${esc(data.alts[stem]!.en)}" width="${GLOBE_PICTURE}" height="${GLOBE_PICTURE}"></noscript>`,
    "</div>",
    '<div class="first-paint__foot">',
    `<p class="first-paint__note" data-first-paint="note">${esc(t.note.illustrative)}</p>`,
    `<p class="first-paint__note first-paint__note--short" data-first-paint="note-short">${esc(t.note.short)}</p>`,
    `<p class="first-paint__details" data-first-paint="details">${esc(data.details.en)}</p>`,
    `<noscript><p class="first-paint__noscript">${esc(t.publish.noScript)}</p>${p.textView.en}</noscript>`,
    "</div>",
    "</div>",
  ].join("");
}
