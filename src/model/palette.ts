import { LIGHT, mixRgb, rgb, seaHatchAlpha, type Theme } from "../theme";
import { FADED, HIDDEN, type Emphasis } from "./emphasis";
import type { ResolvedModel } from "./resolve";
export { paletteWidth } from "../data/geography";

/**
 * RGBA palette, two rows of `width` texels: row 0 is each area's colour, row 1 its second colour, which the
 * shader draws as stripes over the first: the other party's colour for a disputed reading, unshaded land (or
 * sea) for the app's reading of a source, the occupation hatch for land held without recognition (Crimea).
 * Entries < landCount are land pieces; the rest are seas: the ocean (row 0, its alpha SEA_HATCH_ALPHA) hatched with
 * thin lines of the party's colour (row 1), over a tint of the other party's colour for a disputed sea. With an emphasis, hidden
 * areas are drawn as unassigned and faded ones mostly in the background colour. The colours are the theme's (the
 * light one unless told). Writes into `out` when given.
 */
export function buildPalette(
  resolved: ResolvedModel,
  landCount: number,
  width: number,
  out: Uint8Array = new Uint8Array(width * 2 * 4),
  emphasis: Emphasis = null,
  theme: Theme = LIGHT,
): Uint8Array {
  const land = rgb(theme.land);
  const occupied = rgb(theme.occupied);
  const ocean = rgb(theme.ocean);
  const t = theme.seaTint;
  const party = theme.parties;
  const n = resolved.areaRegion.length;
  for (let i = 0; i < width; i++) {
    const isSea = i >= landCount;
    const level = emphasis ? (emphasis[i] ?? HIDDEN) : 2;
    const r = i < n && level !== HIDDEN ? resolved.areaRegion[i]! : -1;
    let a = isSea ? ocean : land;
    let b = a;
    let alpha = 255;
    if (r >= 0) {
      const region = resolved.regions[r]!;
      a = rgb(party[region.party.colour]);
      b = region.certainty === "clear" ? a : region.alternativeParty ? rgb(party[region.alternativeParty.colour]) : isSea ? ocean : land;
      if (isSea) {
        // Lines of the party's colour over the ocean, or over the other reading's tint.
        const base = region.certainty === "clear" || !region.alternativeParty ? ocean : mixRgb(ocean, b, t);
        b = a;
        a = base;
        alpha = seaHatchAlpha(theme);
      }
      if (level === FADED) {
        a = mixRgb(isSea ? ocean : land, a, theme.fadedStrength);
        b = mixRgb(isSea ? ocean : land, b, theme.fadedStrength);
      }
    }
    if (!isSea && i < n && resolved.pieceOccupier[i]) b = occupied;
    out.set([a[0], a[1], a[2], alpha], i * 4);
    out.set([b[0], b[1], b[2], 255], (width + i) * 4);
  }
  return out;
}
