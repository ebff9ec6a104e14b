import { lazy, Suspense, useEffect, useState, type CSSProperties } from "react";
import { FrameHeading } from "./FrameHeading";
import type { Geography } from "../data/geography";
import { windowSubject } from "../screen/framing";
import type { CameraTarget, ScreenGlobe } from "../screen/types";
import type { Theme } from "../theme";
import { GestureHint } from "./GestureHint";
import type { HoverStore } from "./hoverStore";
import { SchematicInset } from "./SchematicInset";
import { useCooperativeGestures } from "./useCooperativeGestures";
import type { Drawn } from "./useReady";

// The flat globe and its full-detail shapes load only where WebGL is missing.
const SvgGlobe = lazy(() => import("./SvgGlobe").then((m) => ({ default: m.SvgGlobe })));

interface Props {
  geography: Geography;
  globes: readonly ScreenGlobe[];
  screenKey: string;
  target: CameraTarget;
  hover: HoverStore;
  onDrawn: (drawn: Drawn) => void;
  /** Cooperative gestures, for an embedded globe: one finger scrolls the page, two turn the globe (see gestures.ts). */
  cooperative?: boolean;
  theme: Theme;
}

/** The SVG globes where WebGL is missing, from the same screen as the 3D view; the rest of the app is unchanged. */
export function SvgStage(props: Props) {
  return (
    <Suspense fallback={<div className="globe globe--svg" aria-busy="true" />}>
      <SvgGlobes {...props} />
    </Suspense>
  );
}

function SvgGlobes({ geography, globes, screenKey, target, hover, onDrawn, cooperative = false, theme }: Props) {
  // The SVG globe does not zoom: the wheel is always the page's, and only a finger moving alone gets a hint.
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const hints = useCooperativeGestures(container, { cooperative, zoomable: false });
  // Drawn once the browser has painted what React committed.
  useEffect(() => {
    const frame = requestAnimationFrame(() => onDrawn({ key: screenKey, camera: target.key }));
    return () => cancelAnimationFrame(frame);
  }, [screenKey, target.key, onDrawn]);
  return (
    <div
      ref={setContainer}
      className={`globe globe--svg globe--${globes.length > 1 ? "many" : "one"}${cooperative ? " globe--cooperative" : ""}`}
      style={{ "--views": globes.length } as CSSProperties}
    >
      <div className="globe__frames">
        {globes.map((g, i) => (
          <div key={i} className="globe__frame globe__frame--svg">
            {g.heading && <FrameHeading heading={g.heading} />}
            <SvgGlobe
              geography={geography}
              palette={g.palette}
              borderOwners={g.borderOwners}
              at={target.at}
              subject={target.subject ?? windowSubject(target.at)}
              targetKey={target.key}
              index={i}
              description={g.description}
              hover={hover}
              labels={g.labels}
              cooperative={cooperative}
              theme={theme}
            />
            <SchematicInset inset={g.inset} />
          </div>
        ))}
      </div>
      {cooperative && <GestureHint hints={hints} />}
    </div>
  );
}
