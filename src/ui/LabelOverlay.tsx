import type { GlobeLabel } from "../screen/globeLinkLayout";
import type { LabelElements } from "../scene/labels";
import { Swatch } from "./Swatch";

/** The labels of the globe as HTML over the canvas; the scene positions them (ScreenLabels). */
export function LabelOverlay({ labels, elements }: { labels: readonly GlobeLabel[]; elements: LabelElements }) {
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
          <div className={`globe-label globe-label--${l.kind}`}>
            {l.kind === "party" && <span className="globe-label__dot" />}
            {l.colour && <Swatch colour={l.colour} />}
            {l.text}
          </div>
        </div>
      ))}
    </div>
  );
}
