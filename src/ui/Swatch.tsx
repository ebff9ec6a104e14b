import { swatchCss, swatchPaint, type SwatchColour } from "../theme";

/** A small colour key: one colour, or stripes of two (a disputed reading, a reading, an occupied area), or a sea's hatch. */
export function Swatch({ colour, alt, sea }: { colour: SwatchColour; alt?: SwatchColour; sea?: boolean }) {
  return <span className={`swatch${sea ? " swatch--sea" : ""}`} style={{ background: swatchCss(swatchPaint(colour, alt, sea)) }} aria-hidden="true" />;
}
