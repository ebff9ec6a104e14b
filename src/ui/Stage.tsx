import { useI18n } from "../i18n/I18nContext";
import type { Model } from "../model/schema";
import type { Screen } from "../screen/types";
import { BriefingBar } from "./BriefingBar";
import { GlobeCanvas, type GlobeCanvasProps } from "./GlobeCanvas";
import { IllustrativeNote } from "./IllustrativeNote";
import { Legend } from "./Legend";
import { Notices } from "./Notices";
import { PhoneBar } from "./PhoneBar";
import { SvgStage } from "./SvgStage";
import { Tooltip } from "./Tooltip";

/** What the stage passes on to the globe canvas, as the canvas names it. */
type CanvasProps = Pick<GlobeCanvasProps, "geography" | "linked" | "target" | "reducedMotion" | "hover" | "api" | "onCameraRest" | "onDrawn">;

interface Props extends CanvasProps {
  screen: Screen;
  embed: boolean;
  /** The address of this view outside the embed. */
  fullUrl: string;
  renderer: "webgl" | "svg";
  onWebGLProblem: GlobeCanvasProps["onProblem"];
  onRendererFailed: () => void;
  onDismiss: (id: string) => void;
  onStep: (index: number) => void;
  onCloseBriefing: () => void;
  onStopPoint: () => void;
  /** The proposals and what their buttons do, for the bar above the globe on a phone (not in an embed). */
  models?: readonly Model[];
  onSelect?: (id: string) => void;
  onCompare?: () => void;
}

/** The globes and what lies over them: title, notices, legend, the illustrative note, a step's card, the tooltip. */
export function Stage(p: Props) {
  const { t, text } = useI18n();
  const { screen } = p;
  const shown = screen.globes.length > 0;
  return (
    <main className={`stage${screen.comparison ? " stage--many" : ""}${screen.briefing ? " stage--briefing" : ""}`}>
      <Notices notices={screen.notices} onDismiss={p.onDismiss} />
      {!p.embed && p.models && p.onSelect && <PhoneBar screen={screen} models={p.models} onSelect={p.onSelect} onCompare={p.onCompare} />}
      {p.embed && (
        <header className="embed-bar" data-keep-out>
          {shown && <h1 className="embed-title">{screen.title}</h1>}
          <a className="full-view" href={p.fullUrl} target="_blank" rel="noopener">
            <span className="full-view__long">{t.app.openFullView}</span>
            <span className="full-view__short">{t.app.fullViewShort}</span>
          </a>
        </header>
      )}
      {shown ? (
        <>
          {p.embed ? null : (
            <p className="stage-title" aria-hidden="true" data-keep-out>
              {screen.title}
            </p>
          )}
          {p.renderer === "svg" ? (
            <SvgStage
              geography={p.geography}
              globes={screen.globes}
              screenKey={screen.key}
              target={p.target}
              hover={p.hover}
              onDrawn={p.onDrawn}
              cooperative={p.embed}
              theme={screen.theme}
            />
          ) : (
            <GlobeCanvas
              geography={p.geography}
              globes={screen.globes}
              screenKey={screen.key}
              linked={p.linked}
              target={p.target}
              reducedMotion={p.reducedMotion}
              hover={p.hover}
              api={p.api}
              onCameraRest={p.onCameraRest}
              onDrawn={p.onDrawn}
              onProblem={p.onWebGLProblem}
              onFail={p.onRendererFailed}
              cooperative={p.embed}
              theme={screen.theme}
            />
          )}
          {screen.point && !p.embed && (
            <div className="point-chip" role="status" data-keep-out>
              {t.app.showing(text(screen.point.title))}
              <button type="button" className="point-chip__close" onClick={p.onStopPoint} aria-label={t.app.stopShowing}>
                ×
              </button>
            </div>
          )}
        </>
      ) : (
        <p className="empty">{t.app.noModel}</p>
      )}
      {/* The step's card, the legend and the note: over the globe's foot on a wide screen, below the globes elsewhere. */}
      <div className="stage__dock">
        {shown && screen.briefing && screen.stepIndex !== undefined && !p.embed && (
          <BriefingBar briefing={screen.briefing} index={screen.stepIndex} onStep={p.onStep} onClose={p.onCloseBriefing} />
        )}
        {shown && <Legend entries={screen.legend} heading={screen.legendHeading} />}
        <IllustrativeNote details={screen.details} />
      </div>
      <p className="visually-hidden" aria-live="polite" data-live>
        {screen.announcement}
      </p>
      <Tooltip store={p.hover} views={screen.globes.map((g) => g.resolved)} geography={p.geography} />
    </main>
  );
}
