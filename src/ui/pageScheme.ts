import { isThemeChoice, type Scheme, type ThemeChoice } from "../theme";

/** The media query of a system that prefers dark colours. */
const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The scheme the reader's system prefers now: light where the browser cannot say. */
export function systemScheme(): Scheme {
  return typeof matchMedia === "function" && matchMedia(DARK_QUERY).matches ? "dark" : "light";
}

/** Calls `onChange` whenever the system's preferred scheme changes (it may change at any time: dusk, a setting); gives the function that stops. */
export function watchSystemScheme(onChange: () => void): () => void {
  if (typeof matchMedia !== "function") return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/**
 * The theme a query string asks for, read as the app reads it (its first `theme`); `auto` without one, or with a
 * value that is not a theme (the app's URL reading says so on screen: src/state/urlState.ts).
 */
export function themeInQuery(search: string): ThemeChoice {
  const value = new URLSearchParams(search).get("theme");
  return value !== null && isThemeChoice(value) ? value : "auto";
}

/**
 * Draws the page's own parts (its CSS) in a scheme: `data-theme` on the root element, which styles.css and
 * story.css read (their `color-scheme` with it, so form controls and scroll bars follow), and the color-scheme meta.
 */
export function applyPageScheme(scheme: Scheme): void {
  const root = document.documentElement;
  if (root.dataset.theme !== scheme) root.dataset.theme = scheme;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]');
  if (meta && meta.content !== scheme) meta.content = scheme;
}
