/**
 * How the loader (embed.js, loader.ts) reads a placeholder of the host page,
 * `<div data-proposal-globe="?brief=may-2011" data-title="…"><a href="…">…</a></div>`: the address of the frame
 * it makes and the frame's title, or why it makes none. Pure: the loader passes in what it read from the page.
 */
import { URL_PARAMETERS } from "../state/viewState";

export interface PlaceholderFields {
  /** `data-proposal-globe`: the view, as the query string of the globe's address ("" for its first view). */
  view: string;
  /** `data-title`, when given. */
  title: string | null;
  /** The placeholder's own text (its link's), the title when `data-title` is missing. */
  text: string;
}

export type PlaceholderRead = { ok: true; src: string; title: string } | { ok: false; problem: string };

/** The longest view read: far beyond any view's (about 120 characters). */
export const MAX_VIEW_CHARS = 2000;
/** The longest title kept; a longer one is cut, with an ellipsis. */
export const MAX_TITLE_CHARS = 200;

/** Parameters that the loader sets itself: the embed, and the host page's origin among those it listens to. */
const SET_BY_LOADER = ["embed", "origins"];

const quoted = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * The frame for a placeholder: the globe's page beside the script (`index.html` in the script's folder) with the
 * placeholder's view, `embed=1`, and `origins` holding the host page's origin (after any the view names), so that
 * the page can drive the globe and hear its events. A view that is not a query of the globe's own parameters (an
 * address, a `javascript:` URL, an unknown parameter) makes no frame: the placeholder's link stays, and `problem`
 * says why.
 */
export function readPlaceholder(fields: PlaceholderFields, scriptSrc: string, pageOrigin: string): PlaceholderRead {
  let script: URL;
  try {
    script = new URL(scriptSrc);
  } catch {
    return { ok: false, problem: `the script's address ${quoted(scriptSrc)} is not a web address` };
  }
  if (script.protocol !== "https:" && script.protocol !== "http:") return { ok: false, problem: `the script's address ${quoted(scriptSrc)} is not a web address` };
  const view = fields.view.trim();
  if (view.length > MAX_VIEW_CHARS) return { ok: false, problem: `data-proposal-globe is longer than ${MAX_VIEW_CHARS} characters` };
  if (view !== "" && !view.startsWith("?"))
    return { ok: false, problem: `data-proposal-globe=${quoted(view)} is not a view of the globe: write it as the query of its address, like "?brief=may-2011"` };
  const params = new URLSearchParams(view);
  for (const key of params.keys()) {
    if (!(URL_PARAMETERS as readonly string[]).includes(key))
      return { ok: false, problem: `data-proposal-globe=${quoted(view)} names ${quoted(key)}, which is not a parameter of the globe` };
  }
  const title = (fields.title ?? "").trim() || fields.text.replace(/\s+/g, " ").trim();
  if (!title) return { ok: false, problem: `the placeholder for ${quoted(view || "?")} needs a data-title, the frame's title for screen readers` };

  const query = new URLSearchParams([...params].filter(([key]) => !SET_BY_LOADER.includes(key)));
  query.set("embed", "1");
  const origins = (params.get("origins") ?? "").split(",").filter(Boolean);
  // An opaque origin ("null": a file, a sandboxed page) cannot be named; the globe then takes no commands.
  if (/^https?:\/\//.test(pageOrigin) && !origins.includes(pageOrigin)) origins.push(pageOrigin);
  if (origins.length) query.set("origins", origins.join(","));
  const search = query.toString().replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
  return { ok: true, src: new URL(`index.html?${search}`, script).href, title: title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title };
}
