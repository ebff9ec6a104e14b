/**
 * The colours of the globe, its names, its key and its exports, as plain data: one `Theme` per colour scheme (the
 * values are in themes.ts), chosen once for a screen (screen/screenFor.ts) and read by every renderer. Pure: no
 * DOM, so that Node can draw the same pictures (the SVG export) in either scheme.
 */
import { DARK, LIGHT } from "./themes";

export { DARK, LIGHT } from "./themes";

/** Colour roles a model can give its parties. */
export const COLOUR_ROLES = ["blue", "orange", "purple", "green"] as const;
export type ColourRole = (typeof COLOUR_ROLES)[number];

/** A colour scheme the page is drawn in. */
export const SCHEMES = ["light", "dark"] as const;
export type Scheme = (typeof SCHEMES)[number];
/** What a reader or a host page asks for: a scheme, or `auto`, the one the reader's system prefers (`prefers-color-scheme`). */
export const THEME_CHOICES = ["auto", ...SCHEMES] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** How one kind of name is written (sizes in CSS pixels, scaled with an exported image). */
export interface NameStyle {
  size: number;
  weight: number;
  italic: boolean;
  colour: string;
  /** In ems. */
  letterSpacing: number;
}

/** How the globe writes names, on screen and in exports alike. */
export interface LabelStyle {
  country: NameStyle;
  sea: NameStyle;
  party: NameStyle;
  /** The outline around every letter (light on a light page, dark on a dark one), so that names read over any colour. */
  halo: string;
  /** In CSS pixels. */
  haloWidth: number;
  /** The chip behind a party's name, and its edge. */
  chip: string;
  chipLine: string;
}

/** Every colour the renderers draw with, in one scheme. Colours are #rrggbb unless said otherwise. */
export interface Theme {
  scheme: Scheme;
  /** The page behind the globe (and an export's solid background). */
  background: string;
  ocean: string;
  /** Land in nobody's charge. */
  land: string;
  border: string;
  coast: string;
  /** The glow around the globe's edge, [r, g, b] in 0–1 (added to what lies behind it). */
  atmosphere: readonly [number, number, number];
  /** Text, arrows and the edge of a joint symbol: the page's ink. */
  link: string;
  /** Secondary text (a date, the note, the sources). */
  muted: string;
  /** The outline of the country or sea under the pointer (or last tapped). */
  outline: string;
  /** Hatching over land that a state holds without recognition (Crimea since 2014). */
  occupied: string;
  /** The parties' colours, by role: models name a role, not a colour. */
  parties: Record<ColourRole, string>;
  /** Panels over the globe in exports (title, headings), any CSS colour. */
  panel: string;
  /** The thin frame along each globe's rectangle in an exported frame. */
  frameLine: string;
  /** The edge of a key swatch, any CSS colour. */
  swatchEdge: string;
  /** The schematic inset's panel (any CSS colour) and its edge; `paper` is what a symbol's tint is mixed from. */
  inset: { fill: string; stroke: string; paper: string };
  labels: LabelStyle;
  /**
   * Seas in a party's charge stay water: the ocean, hatched with thin level lines of the party's colour taking this
   * share of the surface (land's stripes are diagonal). Thinner over a dark ocean, where bright lines weigh more.
   */
  seaHatch: number;
  /** Under a disputed sea's hatch, the other party's colour tints the ocean this much (0–1). */
  seaTint: number;
  /** How much colour a faded (not emphasised) area keeps (0–1). */
  fadedStrength: number;
}

/** Width of one period of the sea hatch, in CSS pixels (land's stripes take 12), in every scheme. */
export const SEA_HATCH_PERIOD = 7;

export const THEMES: Record<Scheme, Theme> = { light: LIGHT, dark: DARK };

export const isScheme = (value: string): value is Scheme => (SCHEMES as readonly string[]).includes(value);
export const isThemeChoice = (value: string): value is ThemeChoice => (THEME_CHOICES as readonly string[]).includes(value);

/** The scheme a choice gives: itself, or with `auto` the one the reader's system prefers. */
export const schemeOf = (choice: ThemeChoice, prefers: Scheme): Scheme => (choice === "auto" ? prefers : choice);

/** The theme of a choice (see schemeOf). */
export const themeFor = (choice: ThemeChoice, prefers: Scheme = "light"): Theme => THEMES[schemeOf(choice, prefers)];

/** [r, g, b] in 0–255 of a #rrggbb colour. */
export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Linear mix of two [r, g, b] colours, t = 0 gives a, t = 1 gives b (rounded to integers). */
export function mixRgb(a: readonly number[], b: readonly number[], t: number): [number, number, number] {
  return [Math.round(a[0]! + (b[0]! - a[0]!) * t), Math.round(a[1]! + (b[1]! - a[1]!) * t), Math.round(a[2]! + (b[2]! - a[2]!) * t)];
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (v: number) => Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));

/** How a sea in a party's charge looks from afar: the theme's ocean and the party's hatch lines, averaged in linear light. */
export function seaColour(theme: Theme, hex: string): string {
  const ocean = rgb(theme.ocean);
  const [r, g, b] = rgb(hex).map((c, i) => toSrgb(toLinear(ocean[i]! / 255) * (1 - theme.seaHatch) + toLinear(c / 255) * theme.seaHatch));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Row 0 alpha of a palette entry drawn as a sea hatch (its share of lines); 255 marks land's half-and-half stripes. */
export const seaHatchAlpha = (theme: Theme): number => Math.round(theme.seaHatch * 255);

/** What a key swatch or a stripe can show: a party's colour, unassigned land (or open sea), or the occupation hatch. */
export type SwatchColour = ColourRole | "land" | "occupied";

/** The colour of a swatch over land; over the ocean (`sea`), a party's colour is that of its hatch lines (see seaHatchCss). */
function swatchHex(theme: Theme, c: SwatchColour, sea = false): string {
  if (c === "land") return sea ? theme.ocean : theme.land;
  if (c === "occupied") return theme.occupied;
  return theme.parties[c];
}

/** How a key swatch is painted: a base colour, and stripes over it (land's half-and-half, or a sea's thin hatch lines). */
export interface SwatchPaint {
  base: string;
  stripe?: string;
  /** Share of the swatch the stripes take: 0.5 over land, the theme's seaHatch over a sea. */
  share: number;
}

/** A CSS background for a swatch's paint: diagonal stripes over land, thin level lines over a sea, as on the globe. */
export function swatchCss(p: SwatchPaint): string {
  if (!p.stripe) return p.base;
  const period = p.share === 0.5 ? 8 : 4;
  const split = (period * (1 - p.share)).toFixed(2);
  return `repeating-linear-gradient(${p.share === 0.5 ? 135 : 180}deg, ${p.base} 0 ${split}px, ${p.stripe} ${split}px ${period}px)`;
}

/** The paint of a swatch of `colour` (with `alt` stripes), over land or over a sea, as the globe draws that area. */
export function swatchPaint(theme: Theme, colour: SwatchColour, alt?: SwatchColour, sea = false): SwatchPaint {
  if (!sea || colour === "land" || colour === "occupied") {
    const base = swatchHex(theme, colour, sea);
    const stripe = alt ? swatchHex(theme, alt, sea) : undefined;
    return stripe && stripe !== base ? { base, stripe, share: 0.5 } : { base, share: 0.5 };
  }
  const ocean = rgb(theme.ocean);
  const [r, g, b] = alt && alt !== "land" && alt !== "occupied" ? mixRgb(ocean, rgb(theme.parties[alt]), theme.seaTint) : ocean;
  return { base: `rgb(${r}, ${g}, ${b})`, stripe: theme.parties[colour], share: theme.seaHatch };
}
