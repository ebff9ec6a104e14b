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
  /** How strongly a sea area takes its party's colour over the ocean (0–1). */
  seaTint: 0.62,
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

/** The colour a sea area takes in a party's charge: the party's colour tinted over the ocean. */
export function seaColour(hex: string): string {
  const [r, g, b] = mixRgb(rgb(THEME.ocean), rgb(hex), THEME.seaTint);
  return `rgb(${r}, ${g}, ${b})`;
}

/** What a key swatch or a stripe can show: a party's colour, unassigned land (or open sea), or the occupation hatch. */
export type SwatchColour = ColourRole | "land" | "occupied";

/** The colour of a swatch, over land or (with `sea`) over the ocean. */
export function swatchHex(c: SwatchColour, sea = false): string {
  if (c === "land") return sea ? THEME.ocean : THEME.land;
  if (c === "occupied") return THEME.occupied;
  return sea ? seaColour(PARTY_COLOURS[c]) : PARTY_COLOURS[c];
}
