import { useMemo } from "react";
import type { InsetLayout, SchematicInset as Inset } from "../screen/schematicInset";
import { insetSvgContent } from "./insetSvg";
import { useTheme } from "./ThemeContext";

/**
 * The proposal's schematic in the top-right corner of its globe's frame: in screen space, never at a place. Both
 * drawings are in the page and the stylesheet shows the one that suits the frame (the full one from 480 × 360 CSS
 * pixels, see INSET_FULL_FRAME), never wider than 30% of the frame or higher than 25% of it. The globe's place
 * labels keep clear of it (`data-keep-out`).
 */
export function SchematicInset({ inset }: { inset: Inset | null }) {
  if (!inset) return null;
  return (
    <div className="schematic-inset" role="img" aria-label={inset.description} data-keep-out="">
      <Drawing layout={inset.full} variant="full" />
      <Drawing layout={inset.compact} variant="compact" />
    </div>
  );
}

function Drawing({ layout, variant }: { layout: InsetLayout; variant: "full" | "compact" }) {
  const theme = useTheme();
  const content = useMemo(() => insetSvgContent(layout, theme), [layout, theme]);
  return (
    <svg
      className={`schematic-inset__drawing schematic-inset__drawing--${variant}`}
      aria-hidden="true"
      width={layout.width}
      height={Math.round(layout.height * 10) / 10}
      viewBox={`0 0 ${layout.width} ${Math.round(layout.height * 10) / 10}`}
      dangerouslySetInnerHTML={{ __html: content }}
    />
  );
}
