/** Colour roles a model can give its parties. */
export const COLOUR_ROLES = ["blue", "orange", "purple", "green"] as const;
export type ColourRole = (typeof COLOUR_ROLES)[number];

/**
 * The app's palette. Party colours are taken from the Okabe–Ito set (distinguishable with the common
 * forms of colour blindness); models name a role, not a colour.
 */
export const PARTY_COLOURS: Record<ColourRole, string> = {
  blue: "#2a78c2",
  orange: "#e69f00",
  purple: "#b7659a",
  green: "#009e73",
};

export const THEME = {
  background: "#eef1f4",
  ocean: "#b9c9d6",
  land: "#e4e0d6",
  border: "#4a525c",
  coast: "#8a98a6",
  atmosphere: "#ffffff",
  link: "#1d2630",
  /** The outline of the country or sea under the pointer (or last tapped). */
  outline: "#1d2630",
  /** Hatching over land that a state holds without recognition (Crimea since 2014). */
  occupied: "#6b6f76",
  /**
   * Seas in a party's charge stay water: the ocean, hatched with thin level lines of the party's colour taking this
   * share of the surface (land's stripes are diagonal).
   */
  seaHatch: 0.3,
  /** Width of one period of the sea hatch, in CSS pixels (land's stripes take 12). */
  seaHatchPeriod: 7,
  /** Under a disputed sea's hatch, the other party's colour tints the ocean this much (0–1). */
  seaTint: 0.27,
  /** How much colour a faded (not emphasised) area keeps (0–1). */
  fadedStrength: 0.3,
} as const;

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

/** How a sea in a party's charge looks from afar: the ocean and the party's hatch lines, averaged in linear light. */
export function seaColour(hex: string): string {
  const ocean = rgb(THEME.ocean);
  const [r, g, b] = rgb(hex).map((c, i) => toSrgb(toLinear(ocean[i]! / 255) * (1 - THEME.seaHatch) + toLinear(c / 255) * THEME.seaHatch));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Row 0 alpha of a palette entry drawn as a sea hatch (its share of lines); 255 marks land's half-and-half stripes. */
export const SEA_HATCH_ALPHA = Math.round(THEME.seaHatch * 255);

/** What a key swatch or a stripe can show: a party's colour, unassigned land (or open sea), or the occupation hatch. */
export type SwatchColour = ColourRole | "land" | "occupied";

/** The colour of a swatch over land; over the ocean (`sea`), a party's colour is that of its hatch lines (see seaHatchCss). */
function swatchHex(c: SwatchColour, sea = false): string {
  if (c === "land") return sea ? THEME.ocean : THEME.land;
  if (c === "occupied") return THEME.occupied;
  return PARTY_COLOURS[c];
}

/** A CSS background for a swatch's paint: diagonal stripes over land, thin level lines over a sea, as on the globe. */
export function swatchCss(p: SwatchPaint): string {
  if (!p.stripe) return p.base;
  const period = p.share === 0.5 ? 8 : 4;
  const split = (period * (1 - p.share)).toFixed(2);
  return `repeating-linear-gradient(${p.share === 0.5 ? 135 : 180}deg, ${p.base} 0 ${split}px, ${p.stripe} ${split}px ${period}px)`;
}

/** How the globe writes names, on screen and in exports alike (sizes in CSS pixels, scaled with an exported image). */
export const LABEL_STYLE = {
  country: { size: 12, weight: 600, italic: false, colour: "#26303a", letterSpacing: 0.02 },
  sea: { size: 12.5, weight: 400, italic: true, colour: "#3d6480", letterSpacing: 0.04 },
  party: { size: 12.5, weight: 600, italic: false, colour: "#1d2630", letterSpacing: 0 },
  /** The light outline around every letter, so that names read over any colour. */
  halo: "rgba(255, 255, 255, 0.9)",
  haloWidth: 2.5,
} as const;

/** How a key swatch is painted: a base colour, and stripes over it (land's half-and-half, or a sea's thin hatch lines). */
export interface SwatchPaint {
  base: string;
  stripe?: string;
  /** Share of the swatch the stripes take: 0.5 over land, THEME.seaHatch over a sea. */
  share: number;
}

/** The paint of a swatch of `colour` (with `alt` stripes), over land or over a sea, as the globe draws that area. */
export function swatchPaint(colour: SwatchColour, alt?: SwatchColour, sea = false): SwatchPaint {
  if (!sea || colour === "land" || colour === "occupied") {
    const base = swatchHex(colour, sea);
    const stripe = alt ? swatchHex(alt, sea) : undefined;
    return stripe && stripe !== base ? { base, stripe, share: 0.5 } : { base, share: 0.5 };
  }
  const [r, g, b] = alt && alt !== "land" && alt !== "occupied" ? mixRgb(rgb(THEME.ocean), rgb(PARTY_COLOURS[alt]), THEME.seaTint) : rgb(THEME.ocean);
  return { base: `rgb(${r}, ${g}, ${b})`, stripe: PARTY_COLOURS[colour], share: THEME.seaHatch };
}
