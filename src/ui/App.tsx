import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { describeChanges } from "../data/changes";
import { todayIso } from "../data/dates";
import type { Geography } from "../data/geography";
import { describeModel } from "../model/describe";
import { differenceLegend, legendEntries, type LegendEntry } from "../model/legend";
import { loadModels } from "../model/loadModels";
import { resolveModel, type ResolvedModel } from "../model/resolve";
import type { GlobeApi } from "../scene/GlobeScene";
import { deriveView } from "../state/deriveView";
import { parseUrlState, serialiseUrlState, type CameraAt, type ViewState } from "../state/urlState";
import { BriefingBar } from "./BriefingBar";
import { CompareControls } from "./CompareControls";
import { composeImage, toPng } from "./composeImage";
import { GlobeCanvas, type CanvasView } from "./GlobeCanvas";
import { createHoverStore } from "./hoverStore";
import { IllustrativeNote, ILLUSTRATIVE_NOTE } from "./IllustrativeNote";
import { Legend } from "./Legend";
import { Notices, type Notice } from "./Notices";
import { ProposalCard } from "./ProposalCard";
import { ProposalSwitcher } from "./ProposalSwitcher";
import { SharePanel, type ExportSize } from "./SharePanel";
import { Tooltip } from "./Tooltip";
import { useReducedMotion } from "./useReducedMotion";
import { SourcesPanel, mergeSources } from "./SourcesPanel";
import { TextView, formatDate } from "./TextView";
import { YearToggle } from "./YearToggle";
import { SvgStage } from "./SvgStage";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { svgDocument } from "./svgExport";
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

/** The key to what is on screen: a sentence per difference, or the union of the proposals' keys. */
function legendFor(globes: { resolved: ResolvedModel }[], mode: "full" | "differences", emphasis: Uint8Array | null): LegendEntry[] {
  if (globes.length === 2 && mode === "differences") return differenceLegend(globes[0]!.resolved, globes[1]!.resolved, emphasis);
  const seen = new Map<string, LegendEntry>();
  for (const g of globes) for (const e of legendEntries(g.resolved)) if (!seen.has(e.id)) seen.set(e.id, e);
  const entries = [...seen.values()];
  // "Not assigned" last.
  return [...entries.filter((e) => e.id !== "unassigned"), ...entries.filter((e) => e.id === "unassigned")];
}

/** "Global Security Newswire, 2011-05-03; Interfax, 2011-04-29 …" for what is shown. */
function sourceSummary(globes: { resolved: ResolvedModel }[]): string {
  const seen = new Set<string>();
  for (const g of globes) for (const s of g.resolved.model.sources) seen.add(`${s.publication}, ${s.date}`);
  return `Sources: ${[...seen].join("; ")}. Made with the proposal globe.`;
}

export function App({ geography, modelFiles }: Props) {
  const loaded = useMemo(() => loadModels(modelFiles, geography.ref), [modelFiles, geography]);
  const fallback = loaded.models[0]?.id;
  const [init] = useState(() => {
    const url = parseUrlState(location.search, {
      proposals: loaded.models.map((m) => m.id),
      briefings: loaded.briefings.map((b) => ({ id: b.id, steps: b.steps.length })),
      points: loaded.contexts.flatMap((c) => c.contention.map((p) => p.id)),
    });
    const notices: Notice[] = [
      ...loaded.errors.map((text, i) => ({ id: `model-${i}`, text: `A file in models/ was not loaded. ${text}`, kind: "error" as const })),
      ...url.problems.map((text, i) => ({ id: `url-${i}`, text, kind: "warning" as const })),
    ];
    return { state: { ...url.state, proposal: url.state.proposal ?? fallback }, notices };
  });
  const [view, setView] = useState<ViewState>(init.state);
  const [notices, setNotices] = useState<Notice[]>(init.notices);
  const [hover] = useState(createHoverStore);
  const api = useRef<GlobeApi | null>(null);
  const [shortcuts, setShortcuts] = useState(false);
  const [renderer, setRenderer] = useState<"webgl" | "svg">(() => (webglAvailable() ? "webgl" : "svg"));
  useEffect(() => {
    if (renderer === "svg")
      setNotices((list) =>
        list.some((n) => n.id === "svg")
          ? list
          : [...list, { id: "svg", kind: "warning", text: "This browser cannot draw the 3D globe (WebGL is unavailable), so a flat drawing of it is shown. Drag it or use the arrow keys to turn it." }],
      );
  }, [renderer]);
  const reducedMotion = useReducedMotion();

  const today = useMemo(todayIso, []);
  const resolvedById = useMemo(
    () => new Map(loaded.models.map((m) => [m.id, resolveModel(m, geography.atlas, geography.ref, view.year === "today" ? today : m.date)])),
    [loaded, geography, view.year, today],
  );
  const modelDate = loaded.models[0]?.date ?? today;
  const changes = useMemo(() => describeChanges(geography.ref, modelDate, today), [geography, modelDate, today]);
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (derived?.stepIndex !== undefined) {
        const i = derived.stepIndex;
        const onButton = t?.tagName === "BUTTON" || t?.tagName === "SUMMARY" || t?.tagName === "A";
        const next = e.key === "ArrowRight" || e.key === "PageDown" || (e.key === " " && !e.shiftKey && !onButton);
        const prev = e.key === "ArrowLeft" || e.key === "PageUp" || (e.key === " " && e.shiftKey && !onButton);
        if (next || prev || e.key === "Home" || e.key === "End") {
          e.preventDefault();
          goToStep(next ? i + 1 : prev ? i - 1 : e.key === "Home" ? 0 : stepCount - 1);
          return;
        }
      }
      if (e.key === "?") {
        e.preventDefault();
        setShortcuts(true);
        return;
      }
      const n = Number.parseInt(e.key, 10);
      const m = loaded.models[n - 1];
      if (n >= 1 && m) selectProposal(m.id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [derived, goToStep, stepCount, loaded, selectProposal]);

  // Links to sources stay inside the app: open the Sources section and bring the entry into view.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as HTMLElement | null)?.closest?.("a[href^='#source-']");
      if (!a) return;
      e.preventDefault();
      const target = document.getElementById(a.getAttribute("href")!.slice(1));
      const section = document.querySelector<HTMLDetailsElement>('details[data-section="sources"]');
      if (section) section.open = true;
      target?.scrollIntoView({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
      target?.focus({ preventScroll: true });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [reducedMotion]);

  const setWebGLProblem = useCallback((text: string | null) => {
    setNotices((list) => [...list.filter((n) => n.id !== "webgl"), ...(text ? [{ id: "webgl", text, kind: "error" as const }] : [])]);
  }, []);
  const dismiss = (id: string) => setNotices((list) => list.filter((n) => n.id !== id));
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
  const canvasViews: CanvasView[] = useMemo(
    () =>
      globes.map((g) => ({
        resolved: g.resolved,
        emphasis: g.emphasis,
        description: describeModel(g.resolved),
        title: globes.length === 2 ? g.resolved.model.title.en : undefined,
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [derived],
  );
  const legend = useMemo(() => legendFor(globes, derived?.mode ?? "full", globes[0]?.emphasis ?? null), [derived]); // eslint-disable-line react-hooks/exhaustive-deps
  const title = derived?.step
    ? `${derived.step.title.en}`
    : derived?.point
      ? derived.point.title.en
    : globes.length === 2
      ? `${globes[0]!.resolved.model.title.en} | ${globes[1]!.resolved.model.title.en}`
      : (globes[0]?.resolved.model.title.en ?? "");
  const announcement = derived
    ? [
        derived.step && derived.stepIndex !== undefined
          ? `Step ${derived.stepIndex + 1} of ${derived.briefing?.steps.length}: ${derived.step.title.en}.`
          : derived.point
            ? `Showing on the globe: ${derived.point.title.en}.`
            : globes.length === 2
            ? `Side by side: ${globes.map((g) => g.resolved.model.title.en).join(" and ")}${derived.mode === "differences" ? ", differences only" : ""}.`
            : `${globes[0]?.resolved.model.title.en}.`,
        `Borders and membership as of ${view.year === "today" ? "today" : formatDate(globes[0]?.resolved.date ?? modelDate)}.`,
      ].join(" ")
    : "";
  const fullUrl = `${location.origin}${location.pathname}${serialiseUrlState({ ...view, embed: false })}`;

  const exportImage = async (size: ExportSize, transparent: boolean) => {
    const a = api.current;
    if (!a) throw new Error("the globe is not ready");
    const rendered = a.render(size === "4k" ? { width: 3840 } : { scale: size === "2x" ? 2 : 1 }, transparent);
    const canvas = await composeImage(rendered, {
      title,
      viewTitles: globes.map((g) => g.resolved.model.title.en),
      legend,
      note: ILLUSTRATIVE_NOTE,
      source: sourceSummary(globes),
    });
    const blob = await toPng(canvas);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `${view.brief ? `${view.brief}-step-${view.step}` : globes.map((g) => g.resolved.model.id).join("-vs-")}-${rendered.width}px.png`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const exportSvg = () => {
    const text = svgDocument({
      geography,
      globes,
      at: api.current?.camera(0) ?? derived?.camera.at ?? { lon: 20, lat: 50, distance: 2.7 },
      title,
      legend,
      note: ILLUSTRATIVE_NOTE,
      source: sourceSummary(globes),
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    link.download = `${globes.map((g) => g.resolved.model.id).join("-vs-")}.svg`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
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
            target={derived.camera}
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
              Showing: {derived.point.title.en}
              <button type="button" className="point-chip__close" onClick={() => showPoint(undefined)} aria-label="Stop showing this point">
                ×
              </button>
            </div>
          )}
          {briefing && derived.stepIndex !== undefined && !view.embed && (
            <BriefingBar briefing={briefing} index={derived.stepIndex} onStep={goToStep} onClose={closeBriefing} />
          )}
          <Legend entries={legend} heading={derived.mode === "differences" && globes.length === 2 ? "Where the proposals differ" : undefined} />
        </>
      ) : (
        <p className="empty">No valid proposal model could be loaded; see the messages above.</p>
      )}
      <IllustrativeNote />
      <p className="visually-hidden" aria-live="polite" data-live>
        {announcement}
      </p>
      {view.embed && (
        <a className="full-view" href={fullUrl} target="_blank" rel="noopener">
          Open the full view ↗
        </a>
      )}
      <Tooltip store={hover} views={globes.map((g) => g.resolved)} geography={geography} />
    </main>
  );

  if (view.embed) return <div className="app app--embed">{stage}</div>;

  return (
    <div className={`app${briefing ? " app--briefing" : ""}`}>
      <aside className="panel">
        <header>
          <p className="kicker">Missile defence in Europe: two proposals, May 2011</p>
          <ProposalSwitcher models={loaded.models} current={globes.length === 1 && !briefing ? (shownProposal ?? "") : ""} onSelect={selectProposal} />
          <div className="modes">
            {globes.length !== 2 || briefing ? (
              <button type="button" className="button" data-action="compare" onClick={startCompare} disabled={loaded.models.length < 2}>
                Compare side by side
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
                Briefing: {b.title.en}
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
          <ol className="steps" aria-label="Steps of the briefing">
            {briefing.steps.map((s, i) => (
              <li key={s.id}>
                <button type="button" className="steps__button" aria-current={i === derived?.stepIndex ? "step" : undefined} onClick={() => goToStep(i)}>
                  {s.title.en}
                </button>
              </li>
            ))}
          </ol>
        )}
        {globes.map((g) => (
          <ProposalCard key={g.resolved.model.id} resolved={g.resolved} geography={geography} heading={globes.length === 2 || briefing ? "h2" : "h1"} compact={globes.length === 2 || !!briefing} />
        ))}
        {context && (
          <>
            <details className="section" data-section="contention">
              <summary>Points of contention</summary>
              <ContentionPanel context={context} sources={sourceById} active={view.point} onShow={showPoint} />
            </details>
            <details className="section" data-section="timeline">
              <summary>Timeline</summary>
              <TimelinePanel context={context} sources={sourceById} />
            </details>
            <details className="section" data-section="people">
              <summary>People</summary>
              <PeoplePanel context={context} sources={sourceById} />
            </details>
          </>
        )}
        <details className="section" data-section="text-view">
          <summary>Text view</summary>
          {globes.map((g) => (
            <TextView key={g.resolved.model.id} resolved={g.resolved} geography={geography} />
          ))}
        </details>
        <details className="section" data-section="sources">
          <summary>Sources</summary>
          <SourcesPanel sources={allSources} />
        </details>
        <button type="button" className="button button--quiet" data-action="shortcuts" onClick={() => setShortcuts(true)}>
          Keyboard shortcuts (?)
        </button>
        <ShortcutsDialog open={shortcuts} onClose={() => setShortcuts(false)} />
        <SharePanel url={fullUrl} title={title} onExport={renderer === "webgl" ? exportImage : undefined} onExportSvg={exportSvg} />
      </aside>
      {stage}
    </div>
  );
}
