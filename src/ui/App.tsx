import { sourceLine } from "../model/sourceLine";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { describeChanges } from "../data/changes";
import { todayIso } from "../data/dates";
import type { Geography } from "../data/geography";
import { formatDate } from "../i18n/format";
import { I18nProvider, i18nFor, type Message } from "../i18n/I18nContext";
import { LANGS, type Lang } from "../i18n/lang";
import { describeModel } from "../model/describe";
import { differenceLegend, legendEntries, type LegendEntry } from "../model/legend";
import { resolveModel, type ResolvedModel } from "../model/resolve";
import type { GlobeApi } from "../scene/GlobeScene";
import { deriveView } from "../state/deriveView";
import { parseUrlState, serialiseUrlState, type CameraAt, type Known, type ViewState } from "../state/urlState";
import { useHostMessages } from "../embed/useHostMessages";
import { BriefingBar } from "./BriefingBar";
import { CompareControls } from "./CompareControls";
import { composeImage, toPng } from "./composeImage";
import { GlobeCanvas, type CanvasView } from "./GlobeCanvas";
import { createHoverStore } from "./hoverStore";
import { IllustrativeNote } from "./IllustrativeNote";
import { LanguageSwitch } from "./LanguageSwitch";
import { Legend } from "./Legend";
import { Notices, type Notice } from "./Notices";
import { ProposalCard } from "./ProposalCard";
import { ProposalSwitcher } from "./ProposalSwitcher";
import { SharePanel, type ExportSize } from "./SharePanel";
import { downloadBlob } from "./download";
import { useAppKeys } from "./useAppKeys";
import { useInAppSourceLinks } from "./useInAppSourceLinks";
import { Tooltip } from "./Tooltip";
import { useReducedMotion } from "./useReducedMotion";
import { useShownModels } from "./useShownModels";
import { modelNotices } from "./modelNotices";
import { SourcesPanel, mergeSources } from "./SourcesPanel";
import { TextView } from "./TextView";
import { YearToggle } from "./YearToggle";
import { SvgStage } from "./SvgStage";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { webglAvailable } from "./webgl";
import { ContentionPanel } from "./ContentionPanel";
import { PeoplePanel } from "./PeoplePanel";
import { TimelinePanel } from "./TimelinePanel";

interface Props {
  geography: Geography;
  /** Model and briefing files as text, keyed by "models/<id>.json". */
  modelFiles: Record<string, string>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The key to what is on screen, in a language: a sentence per difference, or the union of the proposals' keys. */
function legendFor(globes: { resolved: ResolvedModel }[], mode: "full" | "differences", emphasis: Uint8Array | null, lang: Lang): LegendEntry[] {
  if (globes.length === 2 && mode === "differences") return differenceLegend(globes[0]!.resolved, globes[1]!.resolved, emphasis, lang);
  const seen = new Map<string, LegendEntry>();
  for (const g of globes) for (const e of legendEntries(g.resolved, lang)) if (!seen.has(e.id)) seen.set(e.id, e);
  const entries = [...seen.values()];
  // "Not assigned" last.
  return [...entries.filter((e) => e.id !== "unassigned"), ...entries.filter((e) => e.id === "unassigned")];
}

/** "Sources: Global Security Newswire, 3 May 2011; Interfax II, April 29, as reported by … " for what is shown, in a language. */
function sourceSummary(globes: { resolved: ResolvedModel }[], lang: Lang): string {
  const seen = new Set<string>();
  for (const g of globes) {
    const byId = new Map(g.resolved.model.sources.map((s) => [s.id, s]));
    for (const s of g.resolved.model.sources) seen.add(sourceLine(s, lang, byId));
  }
  return i18nFor(lang).t.export.sources([...seen]);
}

export function App({ geography, modelFiles }: Props) {
  // The files' last valid versions stay on screen while an edit is invalid (npm start reloads edited files).
  const loaded = useShownModels(modelFiles, geography.ref);
  const fallback = loaded.models[0]?.id;
  const known = useMemo<Known>(
    () => ({
      proposals: loaded.models.map((m) => m.id),
      briefings: loaded.briefings.map((b) => ({ id: b.id, steps: b.steps.length })),
      points: loaded.contexts.flatMap((c) => c.contention.map((p) => p.id)),
    }),
    [loaded],
  );
  const [init] = useState(() => {
    const search = location.search;
    const url = parseUrlState(search, known);
    // The same problems in every language, so that the messages follow a switch of language.
    const problems = Object.fromEntries(LANGS.map((l) => [l, parseUrlState(search, known, l).problems])) as Record<Lang, string[]>;
    const notices: Notice[] = [
      ...modelNotices(loaded),
      ...url.problems.map((_, i) => ({ id: `url-${i}`, text: (({ lang }) => problems[lang][i] ?? "") as Message, kind: "warning" as const })),
    ];
    return { state: { ...url.state, proposal: url.state.proposal ?? fallback }, notices };
  });
  const [view, setView] = useState<ViewState>(init.state);
  const [notices, setNotices] = useState<Notice[]>(init.notices);
  // When the model files change while the app runs, their messages follow.
  const noticedModels = useRef(loaded);
  useEffect(() => {
    if (noticedModels.current === loaded) return;
    noticedModels.current = loaded;
    setNotices((list) => [...modelNotices(loaded), ...list.filter((n) => !n.id.startsWith("model-"))]);
  }, [loaded]);
  const [hover] = useState(createHoverStore);
  const api = useRef<GlobeApi | null>(null);
  const [shortcuts, setShortcuts] = useState(false);
  const [renderer, setRenderer] = useState<"webgl" | "svg">(() => (webglAvailable() ? "webgl" : "svg"));
  useEffect(() => {
    if (renderer === "svg")
      setNotices((list) =>
        list.some((n) => n.id === "svg")
          ? list
          : [...list, { id: "svg", kind: "warning", text: ({ t }) => t.notices.svgFallback }],
      );
  }, [renderer]);
  const reducedMotion = useReducedMotion();
  const lang = view.lang;
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const { t, text } = i18n;

  // The page's language and title follow the interface.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.app.documentTitle;
  }, [lang, t]);

  const today = useMemo(todayIso, []);
  const resolvedById = useMemo(
    () => new Map(loaded.models.map((m) => [m.id, resolveModel(m, geography.atlas, geography.ref, view.year === "today" ? today : m.date)])),
    [loaded, geography, view.year, today],
  );
  const modelDate = loaded.models[0]?.date ?? today;
  const changes = useMemo(() => describeChanges(geography.ref, modelDate, today, lang), [geography, modelDate, today, lang]);
  const allSources = useMemo(
    () => mergeSources(...loaded.contexts.map((c) => c.sources), ...loaded.models.map((m) => m.sources), ...loaded.briefings.map((b) => b.sources)),
    [loaded],
  );
  const sourceById = useMemo(() => new Map(allSources.map((s) => [s.id, s])), [allSources]);
  const points = useMemo(() => loaded.contexts.flatMap((c) => c.contention), [loaded]);
  const derived = useMemo(() => deriveView(view, resolvedById, loaded.briefings, fallback, points), [view, resolvedById, loaded, fallback, points]);
  const context = loaded.contexts[0];

  // The URL always describes the view, so a copied link opens it again.
  useEffect(() => {
    history.replaceState(history.state, "", serialiseUrlState(view) + location.hash);
  }, [view]);

  const shownProposal = derived?.globes[0]?.resolved.model.id ?? fallback;
  const selectProposal = useCallback(
    (id: string) => setView((v) => ({ ...v, proposal: id, compare: undefined, brief: undefined, step: undefined, point: undefined })),
    [],
  );
  const showPoint = (id: string | undefined) => setView((v) => ({ ...v, point: id, brief: undefined, step: undefined }));
  const startCompare = () => {
    const ids = loaded.models.map((m) => m.id);
    const first = shownProposal ?? ids[0]!;
    const second = ids.find((id) => id !== first);
    if (second) setView((v) => ({ ...v, compare: [first, second], brief: undefined, step: undefined, point: undefined }));
  };
  const briefing = derived?.briefing;
  const stepCount = briefing?.steps.length ?? 0;
  const goToStep = useCallback((i: number) => setView((v) => ({ ...v, step: Math.min(Math.max(1, i + 1), stepCount || 1) })), [stepCount]);
  const closeBriefing = () => setView((v) => ({ ...v, brief: undefined, step: undefined, proposal: shownProposal, compare: undefined }));

  const proposalIds = useMemo(() => loaded.models.map((m) => m.id), [loaded]);
  const openShortcuts = useCallback(() => setShortcuts(true), []);
  useAppKeys({ stepIndex: derived?.stepIndex, stepCount, goToStep, proposals: proposalIds, selectProposal, showShortcuts: openShortcuts });

  useInAppSourceLinks(reducedMotion);

  const setWebGLProblem = useCallback((message: Message | null) => {
    setNotices((list) => [...list.filter((n) => n.id !== "webgl"), ...(message ? [{ id: "webgl", text: message, kind: "error" as const }] : [])]);
  }, []);
  const dismiss = (id: string) => setNotices((list) => list.filter((n) => n.id !== id));
  // A host page's command that sets the camera flies it there, even when the view stays the same.
  const [cameraRequests, setCameraRequests] = useState(0);
  const requestCamera = useCallback(() => setCameraRequests((n) => n + 1), []);
  useHostMessages({ view, setView, known, onCamera: requestCamera });

  const linked = view.linked;
  const onCameraRest = useCallback(
    (i: number, at: CameraAt) => {
      if (i !== 0 && linked) return;
      if (i !== 0) return;
      setView((v) => ({ ...v, at: { lon: round2(at.lon), lat: round2(at.lat), distance: round2(at.distance) } }));
    },
    [linked],
  );

  const globes = derived?.globes ?? [];
  // The globe changes at once; the panel's cards and tables for what is shown follow in the next moment, as
  // interruptible work, so a click is not held up by re-rendering them.
  const panelGlobes = useDeferredValue(globes);
  // Panels that do not depend on what is shown are made once (they still follow the language).
  const timelinePanel = useMemo(() => context && <TimelinePanel context={context} sources={sourceById} />, [context, sourceById]);
  const peoplePanel = useMemo(() => context && <PeoplePanel context={context} sources={sourceById} />, [context, sourceById]);
  const sourcesPanel = useMemo(() => <SourcesPanel sources={allSources} />, [allSources]);
  const canvasViews: CanvasView[] = useMemo(
    () =>
      globes.map((g) => ({
        resolved: g.resolved,
        emphasis: g.emphasis,
        description: describeModel(g.resolved, lang),
        title: globes.length === 2 ? text(g.resolved.model.title) : undefined,
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [derived, lang],
  );
  const legend = useMemo(() => legendFor(globes, derived?.mode ?? "full", globes[0]?.emphasis ?? null, lang), [derived, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const viewTitles = globes.map((g) => text(g.resolved.model.title));
  const title = derived?.step
    ? text(derived.step.title)
    : derived?.point
      ? text(derived.point.title)
    : globes.length === 2
      ? `${viewTitles[0]} | ${viewTitles[1]}`
      : (viewTitles[0] ?? "");
  const announcement = derived
    ? [
        derived.step && derived.stepIndex !== undefined
          ? t.announce.step(derived.stepIndex + 1, derived.briefing?.steps.length ?? 0, text(derived.step.title))
          : derived.point
            ? t.announce.point(text(derived.point.title))
            : globes.length === 2
            ? t.announce.sideBySide(viewTitles[0]!, viewTitles[1]!, derived.mode === "differences")
            : `${viewTitles[0]}.`,
        view.year === "today" ? t.announce.asOfToday : t.announce.asOf(formatDate(globes[0]?.resolved.date ?? modelDate, lang)),
      ].join(" ")
    : "";
  const fullUrl = `${location.origin}${location.pathname}${serialiseUrlState({ ...view, embed: false, origins: undefined })}`;

  const fileStem = view.brief ? `${view.brief}-step-${view.step}` : globes.map((g) => g.resolved.model.id).join("-vs-");
  const exportImage = async (size: ExportSize, transparent: boolean) => {
    const a = api.current;
    if (!a) throw new Error(t.export.notReady);
    const rendered = a.render(size === "4k" ? { width: 3840 } : { scale: size === "2x" ? 2 : 1 }, transparent);
    const canvas = await composeImage(rendered, {
      title,
      viewTitles,
      legend,
      note: t.note.illustrative,
      source: sourceSummary(globes, lang),
    });
    downloadBlob(await toPng(canvas), `${fileStem}-${rendered.width}px.png`);
  };

  // The SVG document (and the server renderer it uses) loads only when asked for.
  const exportSvg = async () => {
    const { svgDocument } = await import("./svgExport");
    const markup = svgDocument({
      geography,
      globes,
      at: api.current?.camera(0) ?? derived?.camera.at ?? { lon: 20, lat: 50, distance: 2.7 },
      title,
      viewTitles,
      legend,
      note: t.note.illustrative,
      source: sourceSummary(globes, lang),
    });
    downloadBlob(new Blob([markup], { type: "image/svg+xml" }), `${fileStem}.svg`);
  };

  const stage = (
    <main className="stage">
      <Notices notices={notices} onDismiss={dismiss} />
      {derived ? (
        <>
          {view.embed ? (
            <h1 className="embed-title">{title}</h1>
          ) : (
            <p className="stage-title" aria-hidden="true">
              {title}
            </p>
          )}
          {renderer === "svg" ? (
            <SvgStage geography={geography} globes={globes} at={derived.camera.at} descriptions={canvasViews.map((v) => v.description)} hover={hover} />
          ) : (
          <GlobeCanvas
            geography={geography}
            views={canvasViews}
            linked={view.linked}
            target={cameraRequests ? { ...derived.camera, key: `${derived.camera.key}#${cameraRequests}` } : derived.camera}
            reducedMotion={reducedMotion}
            hover={hover}
            api={api}
            onCameraRest={onCameraRest}
            onProblem={setWebGLProblem}
            onFail={() => setRenderer("svg")}
          />
          )}
          {derived.point && !view.embed && (
            <div className="point-chip" role="status">
              {t.app.showing(text(derived.point.title))}
              <button type="button" className="point-chip__close" onClick={() => showPoint(undefined)} aria-label={t.app.stopShowing}>
                ×
              </button>
            </div>
          )}
          {briefing && derived.stepIndex !== undefined && !view.embed && (
            <BriefingBar briefing={briefing} index={derived.stepIndex} onStep={goToStep} onClose={closeBriefing} />
          )}
          <Legend entries={legend} heading={derived.mode === "differences" && globes.length === 2 ? t.app.differencesHeading : undefined} />
        </>
      ) : (
        <p className="empty">{t.app.noModel}</p>
      )}
      <IllustrativeNote />
      <p className="visually-hidden" aria-live="polite" data-live>
        {announcement}
      </p>
      {view.embed && (
        <a className="full-view" href={fullUrl} target="_blank" rel="noopener">
          {t.app.openFullView}
        </a>
      )}
      <Tooltip store={hover} views={globes.map((g) => g.resolved)} geography={geography} />
    </main>
  );

  if (view.embed)
    return (
      <I18nProvider lang={lang}>
        <div className="app app--embed">{stage}</div>
      </I18nProvider>
    );

  return (
    <I18nProvider lang={lang}>
      <div className={`app${briefing ? " app--briefing" : ""}`}>
        <aside className="panel">
          <header>
            <LanguageSwitch lang={lang} onChange={(l) => setView((v) => ({ ...v, lang: l }))} />
            <p className="kicker">{t.app.kicker}</p>
            <ProposalSwitcher models={loaded.models} current={globes.length === 1 && !briefing ? (shownProposal ?? "") : ""} onSelect={selectProposal} />
            <div className="modes">
              {globes.length !== 2 || briefing ? (
                <button type="button" className="button" data-action="compare" onClick={startCompare} disabled={loaded.models.length < 2}>
                  {t.app.compare}
                </button>
              ) : null}
              {loaded.briefings.map((b) => (
                <button
                  key={b.id}
                  type="button"
                  className="button"
                  data-action="brief"
                  data-briefing={b.id}
                  aria-pressed={view.brief === b.id}
                  onClick={() => setView((v) => ({ ...v, brief: b.id, step: 1 }))}
                >
                  {t.app.briefing(text(b.title))}
                </button>
              ))}
            </div>
            <YearToggle year={view.year} explanation={changes} onChange={(year) => setView((v) => ({ ...v, year }))} />
          </header>
          {globes.length === 2 && !briefing && view.compare && (
            <CompareControls
              models={loaded.models}
              pair={view.compare}
              mode={view.mode}
              linked={view.linked}
              onPair={(pair) => setView((v) => ({ ...v, compare: pair }))}
              onMode={(mode) => setView((v) => ({ ...v, mode }))}
              onLinked={(l) => setView((v) => ({ ...v, linked: l }))}
              onClose={() => setView((v) => ({ ...v, compare: undefined, proposal: v.compare?.[0] ?? v.proposal }))}
            />
          )}
          {briefing && (
            <ol className="steps" aria-label={t.app.steps}>
              {briefing.steps.map((s, i) => (
                <li key={s.id}>
                  <button type="button" className="steps__button" aria-current={i === derived?.stepIndex ? "step" : undefined} onClick={() => goToStep(i)}>
                    {text(s.title)}
                  </button>
                </li>
              ))}
            </ol>
          )}
          {panelGlobes.map((g) => (
            <ProposalCard key={g.resolved.model.id} resolved={g.resolved} geography={geography} heading={panelGlobes.length === 2 || briefing ? "h2" : "h1"} compact={panelGlobes.length === 2 || !!briefing} />
          ))}
          {context && (
            <>
              <details className="section" data-section="contention">
                <summary>{t.sections.contention}</summary>
                <ContentionPanel context={context} sources={sourceById} active={view.point} onShow={showPoint} />
              </details>
              <details className="section" data-section="timeline">
                <summary>{t.sections.timeline}</summary>
                {timelinePanel}
              </details>
              <details className="section" data-section="people">
                <summary>{t.sections.people}</summary>
                {peoplePanel}
              </details>
            </>
          )}
          <details className="section" data-section="text-view">
            <summary>{t.sections.textView}</summary>
            {panelGlobes.map((g) => (
              <TextView key={g.resolved.model.id} resolved={g.resolved} geography={geography} />
            ))}
          </details>
          <details className="section" data-section="sources">
            <summary>{t.sections.sources}</summary>
            {sourcesPanel}
          </details>
          <button type="button" className="button button--quiet" data-action="shortcuts" onClick={() => setShortcuts(true)}>
            {t.app.shortcuts}
          </button>
          <ShortcutsDialog open={shortcuts} onClose={() => setShortcuts(false)} />
          <SharePanel url={fullUrl} title={title} onExport={renderer === "webgl" ? exportImage : undefined} onExportSvg={exportSvg} />
        </aside>
        {stage}
      </div>
    </I18nProvider>
  );
}
