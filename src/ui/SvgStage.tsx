import { lazy, Suspense, useEffect } from "react";
import type { Geography } from "../data/geography";
import { useI18n } from "../i18n/I18nContext";
import type { Emphasis } from "../model/emphasis";
import type { ResolvedModel } from "../model/resolve";
import { setGlobeReadyAfterPaint } from "../scene/readyFlag";
import type { CameraAt } from "../state/urlState";
import type { HoverStore } from "./hoverStore";

// The flat globe and its full-detail shapes load only where WebGL is missing.
const SvgGlobe = lazy(() => import("./SvgGlobe").then((m) => ({ default: m.SvgGlobe })));

interface Props {
  geography: Geography;
  globes: { resolved: ResolvedModel; emphasis: Emphasis }[];
  at: CameraAt;
  descriptions: string[];
  hover: HoverStore;
}

/** One or two SVG globes where WebGL is missing; the rest of the app is unchanged. */
export function SvgStage({ geography, globes, at, descriptions, hover }: Props) {
  return (
    <Suspense fallback={<div className="globe globe--svg" aria-busy="true" />}>
      <SvgGlobes geography={geography} globes={globes} at={at} descriptions={descriptions} hover={hover} />
    </Suspense>
  );
}

function SvgGlobes({ geography, globes, at, descriptions, hover }: Props) {
  const { text } = useI18n();
  useEffect(() => setGlobeReadyAfterPaint());
  return (
    <div className={`globe globe--svg globe--${globes.length === 2 ? "two" : "one"}`}>
      <div className="globe__frames">
        {globes.map((g, i) => (
          <div key={i} className="globe__frame globe__frame--svg">
            {globes.length === 2 && <h2 className="globe__frame-title">{text(g.resolved.model.title)}</h2>}
            <SvgGlobe geography={geography} resolved={g.resolved} emphasis={g.emphasis} at={at} index={i} description={descriptions[i] ?? ""} hover={hover} />
          </div>
        ))}
      </div>
    </div>
  );
}
