import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { describeChanges } from "../data/changes";
import { todayIso } from "../data/dates";
import type { Geography } from "../data/geography";
import type { ShownModels } from "../model/lastGood";
import { withCredit } from "../model/siteCredit";
import { I18nProvider, i18nFor } from "../i18n/I18nContext";
import { useEmbedHeight } from "../embed/useEmbedHeight";
import { useHostMessages } from "../embed/useHostMessages";
import type { GlobeApi } from "../scene/GlobeScene";
import type { WebGLProblem } from "../screen/notices";
import { screenFor } from "../screen/screenFor";
import { closeBriefing, closeCompare, goToStep, restCamera, selectProposal, showPoint, startCompare } from "../state/viewChanges";
import { serialiseUrlState, type CameraAt, type Known } from "../state/urlState";
import { createHoverStore } from "./hoverStore";
import { Panel } from "./Panel";
import { Stage } from "./Stage";
import { useAppKeys } from "./useAppKeys";
import { exportsFor } from "./exports";
import { useVideoAndHandout } from "./useVideoAndHandout";
import { CREDIT } from "./exportPresets";
import { useInAppSourceLinks } from "./useInAppSourceLinks";
import { useReady, type Drawn } from "./useReady";
import { useWarmScreens } from "./useWarmScreens";
import { useReducedMotion } from "./useReducedMotion";
import { useViewState } from "./useViewState";
import { applyPageScheme } from "./pageScheme";
import { ThemeProvider } from "./ThemeContext";
import { usePrefersScheme } from "./usePrefersScheme";
import { webglAvailable } from "./webgl";

interface Props {
  geography: Geography;
  /** The files of models/ as loaded: validated at build time (main.tsx), or in the page (AppFromFiles). */
  models: ShownModels;
}

/**
 * The page: the view state (from the address, changed by the buttons, the keys and a host page's commands), the
 * screen it gives (screen/screenFor.ts, pure), and the layout of the stage and the panel around it.
 */
export function App({ geography, models: loaded }: Props) {
  const known = useMemo<Known>(
    () => ({
      proposals: loaded.models.map((m) => m.id),
      briefings: loaded.briefings.map((b) => ({ id: b.id, steps: b.steps.length })),
      points: loaded.contexts.flatMap((c) => c.contention.map((p) => p.id)),
    }),
    [loaded],
  );
  const { view, change, urlProblems } = useViewState(known);
  const lang = view.lang;
  const { t } = useMemo(() => i18nFor(lang), [lang]);
  const [renderer, setRenderer] = useState<"webgl" | "svg">(() => (webglAvailable() ? "webgl" : "svg"));
  const [webgl, setWebGL] = useState<WebGLProblem | undefined>(undefined);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  // Messages about the files follow the files: a new set of problems is shown even where an old one was dismissed.
  const [noticed, setNoticed] = useState(loaded);
  if (noticed !== loaded) {
    setNoticed(loaded);
    setDismissed((d) => new Set([...d].filter((id) => !id.startsWith("model-"))));
  }
  const today = useMemo(todayIso, []);
  const status = useMemo(() => ({ files: loaded, urlProblems, renderer, webgl, dismissed }), [loaded, urlProblems, renderer, webgl, dismissed]);
  // The credit given when building takes the place of the site file's (model/siteCredit.ts).
  const catalogue = useMemo(() => ({ ...loaded, site: withCredit(loaded.site, CREDIT) }), [loaded]);
  // `auto` follows the system's scheme as it changes.
  const prefers = usePrefersScheme();
  const screen = useMemo(() => screenFor(view, catalogue, geography, lang, today, status, prefers), [view, catalogue, geography, lang, today, status, prefers]);
  // The globe changes at once; the panel's cards and tables follow in the next moment, as interruptible work.
  const panels = useDeferredValue(screen);
  const modelDate = loaded.models[0]?.date ?? today;
  const changes = useMemo(() => describeChanges(geography.ref, modelDate, today, lang), [geography, modelDate, today, lang]);

  // The page's language and title follow the interface, its colours the screen's.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.app.documentTitle;
  }, [lang, t]);
  const scheme = screen.theme.scheme;
  useLayoutEffect(() => applyPageScheme(scheme), [scheme]);

  const [hover] = useState(createHoverStore);
  const api = useRef<GlobeApi | null>(null);
  const [shortcuts, setShortcuts] = useState(false);
  const reducedMotion = useReducedMotion();
  const stepCount = screen.briefing?.steps.length ?? 0;
  const toStep = useCallback((i: number) => change((v) => goToStep(v, i, stepCount)), [change, stepCount]);
  const proposalIds = useMemo(() => loaded.models.map((m) => m.id), [loaded]);
  const pickProposal = useCallback((id: string) => change((v) => selectProposal(v, id)), [change]);
  const openShortcuts = useCallback(() => setShortcuts(true), []);
  useAppKeys({ stepIndex: screen.stepIndex, stepCount, goToStep: toStep, proposals: proposalIds, selectProposal: pickProposal, showShortcuts: openShortcuts });
  useInAppSourceLinks(reducedMotion);

  // A host page's command that sets the camera flies it there, even when the view stays the same.
  const [cameraRequests, setCameraRequests] = useState(0);
  const target = useMemo(() => (cameraRequests ? { ...screen.camera, key: `${screen.camera.key}#${cameraRequests}` } : screen.camera), [screen.camera, cameraRequests]);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const ready = useReady(screen, panels, drawn, target.key);
  useWarmScreens(ready, view, catalogue, geography, lang, today, status, prefers);
  useHostMessages({ view, setView: (next) => change(typeof next === "function" ? next : () => next), known, onCamera: () => setCameraRequests((n) => n + 1), ready });
  const embedRoot = useRef<HTMLDivElement>(null);
  useEmbedHeight({
    root: embedRoot,
    embed: view.embed,
    pymChild: view.pymChild,
    views: screen.globes.length,
    layoutKey: `${screen.key}|${screen.notices.length}|${renderer}`,
  });

  // The first view's camera, where the reader left it, goes into the address.
  const onCameraRest = useCallback((i: number, at: CameraAt) => i === 0 && change((v) => restCamera(v, at)), [change]);
  const onWebGLProblem = useCallback((p: WebGLProblem | null) => setWebGL(p ?? undefined), []);
  const fullUrl = `${location.origin}${location.pathname}${serialiseUrlState({ ...view, embed: false, origins: undefined, pymChild: undefined })}`;
  const { exportImage, exportSvg } = exportsFor(screen, geography, api, lang);
  const { onVideo, onHandout, handout } = useVideoAndHandout({ screen, view, catalogue, geography, lang, today, status, prefers, api, reducedMotion, webgl: renderer === "webgl" });
  const shownId = screen.globes[0]?.resolved.model.id;

  const stage = (
    <Stage
      screen={screen}
      geography={geography}
      embed={view.embed}
      fullUrl={fullUrl}
      renderer={renderer}
      linked={view.linked}
      target={target}
      reducedMotion={reducedMotion}
      hover={hover}
      api={api}
      onCameraRest={onCameraRest}
      onDrawn={setDrawn}
      onWebGLProblem={onWebGLProblem}
      onRendererFailed={() => setRenderer("svg")}
      onDismiss={(id) => setDismissed((d) => new Set([...d, id]))}
      onStep={toStep}
      onCloseBriefing={() => change((v) => closeBriefing(v, shownId))}
      onStopPoint={() => change((v) => showPoint(v, undefined))}
      models={loaded.models}
      onSelect={pickProposal}
      onCompare={() => change((v) => (v.compare && !v.brief ? closeCompare(v) : startCompare(v, proposalIds, shownId)))}
    />
  );
  return (
    <ThemeProvider value={screen.theme}>
      <I18nProvider lang={lang}>
        {view.embed ? (
          <div className="app app--embed" ref={embedRoot}>
            {stage}
          </div>
        ) : (
          <div className={`app${screen.briefing ? " app--briefing" : ""}`}>
            <Panel
              view={view}
              screen={screen}
              panels={panels}
              ready={ready}
              catalogue={loaded}
              geography={geography}
              changes={changes}
              change={change}
              onStep={toStep}
              shortcuts={shortcuts}
              onShortcuts={setShortcuts}
              fullUrl={fullUrl}
              onExport={renderer === "webgl" ? exportImage : undefined}
              onExportSvg={exportSvg}
              reducedMotion={reducedMotion}
              onVideo={onVideo}
              onHandout={onHandout}
            />
            {handout}
            {stage}
          </div>
        )}
      </I18nProvider>
    </ThemeProvider>
  );
}
