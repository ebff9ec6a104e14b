import { swatchHex, type SwatchColour } from "../theme";

/** A small colour key: one colour, or stripes of two (a disputed reading, a reading, an occupied area). */
export function Swatch({ colour, alt, sea }: { colour: SwatchColour; alt?: SwatchColour; sea?: boolean }) {
  const a = swatchHex(colour, sea);
  const b = alt ? swatchHex(alt, sea) : a;
  const background = alt ? `repeating-linear-gradient(135deg, ${a} 0 4px, ${b} 4px 8px)` : a;
  return <span className={`swatch${sea ? " swatch--sea" : ""}`} style={{ background }} aria-hidden="true" />;
}
