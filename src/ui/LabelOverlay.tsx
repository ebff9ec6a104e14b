import type { CSSProperties } from "react";
import type { GlobeLabel } from "../screen/globeLabels";
import type { LabelElements } from "../scene/labels";
import type { LabelStyle } from "../theme";
import { Swatch } from "./Swatch";
import { useTheme } from "./ThemeContext";

/** The type of a kind of name, from the one style the exports also use. */
function typeOf(style: LabelStyle, kind: GlobeLabel["kind"]): CSSProperties {
  const s = style[kind];
  return { fontSize: s.size, fontWeight: s.weight, fontStyle: s.italic ? "italic" : "normal", color: s.colour, letterSpacing: `${s.letterSpacing}em` };
}

/** The names of the globe as HTML over the canvas, all hidden until the scene places them (see scene/labelLayer). */
export function LabelOverlay({ labels, elements }: { labels: readonly GlobeLabel[]; elements: LabelElements }) {
  const style = useTheme().labels;
  return (
    <div className="label-overlay" aria-hidden="true">
      {labels.map((l) => (
        <div
          key={l.id}
          className="label-anchor"
          data-label={l.id}
          style={{ visibility: "hidden" }}
          ref={(el) => {
            if (el) elements.set(l.id, el);
            else elements.delete(l.id);
          }}
        >
          <div className={`globe-label globe-label--${l.kind}`} style={typeOf(style, l.kind)}>
            {l.colour && <Swatch colour={l.colour} />}
            {l.text}
          </div>
        </div>
      ))}
    </div>
  );
}
