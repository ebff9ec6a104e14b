import { PARTY_COLOURS, THEME, seaColour, type ColourRole } from "../theme";

/** A small colour key: one party's colour, or stripes of two for a disputed reading. */
export function Swatch({ colour, alt, sea }: { colour: ColourRole | "land"; alt?: ColourRole; sea?: boolean }) {
  const tone = (c: ColourRole) => (sea ? seaColour(PARTY_COLOURS[c]) : PARTY_COLOURS[c]);
  const a = colour === "land" ? (sea ? THEME.ocean : THEME.land) : tone(colour);
  const b = alt ? tone(alt) : a;
  const background = alt ? `repeating-linear-gradient(135deg, ${a} 0 4px, ${b} 4px 8px)` : a;
  return <span className={`swatch${sea ? " swatch--sea" : ""}`} style={{ background }} aria-hidden="true" />;
}
