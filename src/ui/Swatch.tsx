import { swatchCss, swatchPaint, type SwatchColour } from "../theme";
import { useTheme } from "./ThemeContext";

/** A small colour key: one colour, or stripes of two (a disputed reading, a reading, an occupied area), or a sea's hatch. */
export function Swatch({ colour, alt, sea }: { colour: SwatchColour; alt?: SwatchColour; sea?: boolean }) {
  const theme = useTheme();
  return <span className={`swatch${sea ? " swatch--sea" : ""}`} style={{ background: swatchCss(swatchPaint(theme, colour, alt, sea)) }} aria-hidden="true" />;
}
