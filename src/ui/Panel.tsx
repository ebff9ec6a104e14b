import { useMemo } from "react";
import type { Geography } from "../data/geography";
import { useI18n } from "../i18n/I18nContext";
import type { Screen, Catalogue } from "../screen/types";
import { closeCompare, openBriefing, selectProposal, setAsOf, setLang, setLinked, setMode, setPair, showPoint, startCompare } from "../state/viewChanges";
import type { ViewState } from "../state/viewState";
import { CompareControls } from "./CompareControls";
import { mergeSources } from "../model/mergeSources";
import { LanguageSwitch } from "./LanguageSwitch";
import { LazySection } from "./LazySection";
import { ContentionPanel, PeoplePanel, SharePanel, SourcesPanel, TextView, TimelinePanel, VideoPanel } from "./lazySections";
import { ProposalCard } from "./ProposalCard";
import { ProposalSwitcher } from "./ProposalSwitcher";
import type { ExportSize } from "./SharePanel";
import type { VideoResult } from "../video/renderVideo";
import type { VideoChoice } from "./videos";
import { sharePicture } from "./sharePicture";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { useSections } from "./useSections";
import type { ViewChange } from "./useViewState";
import { YearToggle } from "./YearToggle";

interface Props {
  view: ViewState;
  /** The screen the globe shows now, and the one the cards and tables show (it follows a moment later). */
  screen: Screen;
  panels: Screen;
  /** Whether the first view is drawn and at rest (useReady.ts): the closed sections' bodies load in the idle time after. */
  ready: boolean;
  catalogue: Catalogue;
  geography: Geography;
  /** What today's view adds to each model's own date, in words. */
  changes: string;
  change: (c: ViewChange) => void;
  onStep: (index: number) => void;
  shortcuts: boolean;
  onShortcuts: (open: boolean) => void;
  fullUrl: string;
  onExport?: (size: ExportSize, transparent: boolean) => Promise<void>;
  onExportSvg: () => Promise<void>;
  reducedMotion: boolean;
  /** Renders and downloads a video of the briefing or the view; absent without the 3D view. */
  onVideo?: (choice: VideoChoice) => Promise<VideoResult>;
  /** Prints the briefing's handout; absent outside a briefing. */
  onHandout?: () => Promise<void>;
}

/**
 * The side panel: choices of what to show, then the proposals in words, the context, the text view and sources.
 * The closed sections' bodies come in a chunk of their own (lazySections.ts), fetched after the first view.
 */
export function Panel({ view, screen, panels, ready, catalogue, geography, changes, change, onStep, shortcuts, onShortcuts, fullUrl, onExport, onExportSvg, reducedMotion, onVideo, onHandout }: Props) {
  const { t, text } = useI18n();
  const ids = useMemo(() => ({ proposals: catalogue.models.map((m) => m.id), briefings: catalogue.briefings.map((b) => ({ id: b.id, steps: b.steps.length })) }), [catalogue]);
  const picture = sharePicture(fullUrl, view.lang, ids);
  const { models, briefings, contexts } = catalogue;
  const context = contexts[0];
  const briefing = screen.briefing;
  const shownId = screen.globes[0]?.resolved.model.id;
  const allSources = useMemo(() => mergeSources(...contexts.map((c) => c.sources), ...models.map((m) => m.sources), ...briefings.map((b) => b.sources)), [catalogue]); // eslint-disable-line react-hooks/exhaustive-deps
  const sourceById = useMemo(() => new Map(allSources.map((s) => [s.id, s])), [allSources]);
  // Panels that do not depend on what is shown are made once (they still follow the language).
  const timelinePanel = useMemo(() => context && <TimelinePanel context={context} sources={sourceById} />, [context, sourceById]);
  const peoplePanel = useMemo(() => context && <PeoplePanel context={context} sources={sourceById} />, [context, sourceById]);
  const sourcesPanel = useMemo(() => <SourcesPanel sources={allSources} />, [allSources]);
  const compact = panels.comparison || !!panels.briefing;
  const { wanted, want } = useSections(ready);
  const lazy = { wanted, onWant: want };
  return (
    <aside className="panel">
      <header>
        <LanguageSwitch lang={view.lang} onChange={(l) => change((v) => setLang(v, l))} />
        <p className="kicker">{t.app.kicker}</p>
        <ProposalSwitcher models={models} current={!screen.comparison && !briefing ? (shownId ?? "") : ""} onSelect={(id) => change((v) => selectProposal(v, id))} />
        <div className="modes">
          {!screen.comparison || briefing ? (
            <button
              type="button"
              className="button"
              data-action="compare"
              onClick={() => change((v) => startCompare(v, models.map((m) => m.id), shownId ?? models[0]?.id ?? ""))}
              disabled={models.length < 2}
            >
              {t.app.compare}
            </button>
          ) : null}
          {briefings.map((b) => (
            <button key={b.id} type="button" className="button" data-action="brief" data-briefing={b.id} aria-pressed={view.brief === b.id} onClick={() => change((v) => openBriefing(v, b.id))}>
              {t.app.briefing(text(b.title))}
            </button>
          ))}
        </div>
        <YearToggle asOf={view.asOf} explanation={changes} onChange={(asOf) => change((v) => setAsOf(v, asOf))} />
      </header>
      {screen.kind === "comparison" && view.compare && (
        <CompareControls
          models={models}
          pair={view.compare}
          mode={view.mode}
          linked={view.linked}
          onPair={(pair) => change((v) => setPair(v, pair))}
          onMode={(mode) => change((v) => setMode(v, mode))}
          onLinked={(l) => change((v) => setLinked(v, l))}
          onClose={() => change(closeCompare)}
        />
      )}
      {briefing && (
        <ol className="steps" aria-label={t.app.steps}>
          {briefing.steps.map((s, i) => (
            <li key={s.id}>
              <button type="button" className="steps__button" aria-current={i === screen.stepIndex ? "step" : undefined} onClick={() => onStep(i)}>
                {text(s.title)}
              </button>
            </li>
          ))}
        </ol>
      )}
      {panels.globes.map((g) => (
        <ProposalCard key={g.resolved.model.id} resolved={g.resolved} geography={geography} heading={compact ? "h2" : "h1"} compact={compact} />
      ))}
      {screen.details.notes.length > 0 && (
        <ul className="panel-notes" data-notes>
          {screen.details.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {context && (
        <>
          <LazySection name="contention" summary={t.sections.contention} {...lazy}>
            <ContentionPanel context={context} sources={sourceById} active={view.point} onShow={(id) => change((v) => showPoint(v, id))} />
          </LazySection>
          <LazySection name="timeline" summary={t.sections.timeline} {...lazy}>
            {timelinePanel}
          </LazySection>
          <LazySection name="people" summary={t.sections.people} {...lazy}>
            {peoplePanel}
          </LazySection>
        </>
      )}
      <LazySection name="text-view" summary={t.sections.textView} {...lazy}>
        {panels.globes.map((g) => (
          <TextView key={g.resolved.model.id} resolved={g.resolved} geography={geography} />
        ))}
      </LazySection>
      <LazySection name="sources" summary={t.sections.sources} {...lazy}>
        {sourcesPanel}
      </LazySection>
      <button type="button" className="button button--quiet" data-action="shortcuts" onClick={() => onShortcuts(true)}>
        {t.app.shortcuts}
      </button>
      <ShortcutsDialog open={shortcuts} onClose={() => onShortcuts(false)} />
      <LazySection name="share" className="share" summary={t.share.summary} {...lazy}>
        <SharePanel url={fullUrl} title={screen.title} pictureUrl={picture ?? undefined} onExport={onExport} onExportSvg={onExportSvg} />
      </LazySection>
      <LazySection name="video" summary={t.video.summary} {...lazy}>
        <VideoPanel briefing={!!screen.briefing} stepCount={screen.briefing?.steps.length ?? 0} reducedMotion={reducedMotion} onVideo={onVideo} onHandout={onHandout} />
      </LazySection>
    </aside>
  );
}
