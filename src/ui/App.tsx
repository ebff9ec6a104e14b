import { useCallback, useEffect, useMemo, useState } from "react";
import { loadGeography } from "../data/geography";
import { bundledModelFiles } from "../model/bundledModels";
import { describeModel } from "../model/describe";
import { loadModels } from "../model/loadModels";
import { resolveModel } from "../model/resolve";
import type { HoverInfo } from "../scene/Globe";
import { parseUrlState, serialiseUrlState, type ViewState } from "../state/urlState";
import { Diagram } from "./Diagram";
import { GlobeCanvas } from "./GlobeCanvas";
import { IllustrativeNote } from "./IllustrativeNote";
import { Legend } from "./Legend";
import { Notices, type Notice } from "./Notices";
import { ProposalSwitcher } from "./ProposalSwitcher";
import { RegionList } from "./RegionList";
import { Tooltip, type TooltipContent } from "./Tooltip";
import { useReducedMotion } from "./useReducedMotion";

const geography = loadGeography();
const loaded = loadModels(bundledModelFiles, geography.ref);

function initialState(): { proposal: string | undefined; at: ViewState["at"]; notices: Notice[] } {
  const ids = loaded.models.map((m) => m.id);
  const fallback = loaded.models[0];
  const url = parseUrlState(location.search, ids, fallback?.title.en ?? "");
  const notices: Notice[] = [
    ...loaded.errors.map((text, i) => ({ id: `model-${i}`, text: `A model file was not loaded. ${text}`, kind: "error" as const })),
    ...url.problems.map((text, i) => ({ id: `url-${i}`, text, kind: "warning" as const })),
  ];
  return { proposal: url.state.proposal ?? fallback?.id, at: url.state.at, notices };
}

export function App() {
  const [init] = useState(initialState);
  const [proposal, setProposal] = useState(init.proposal);
  const [notices, setNotices] = useState<Notice[]>(init.notices);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const reducedMotion = useReducedMotion();

  const resolvedById = useMemo(() => new Map(loaded.models.map((m) => [m.id, resolveModel(m, geography.atlas, geography.ref)])), []);
  const resolved = proposal ? resolvedById.get(proposal) : undefined;

  const select = useCallback((id: string) => {
    setProposal(id);
    history.replaceState(history.state, "", serialiseUrlState({ proposal: id, at: init.at }) + location.hash);
  }, [init.at]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      const n = Number.parseInt(e.key, 10);
      const m = loaded.models[n - 1];
      if (n >= 1 && m) select(m.id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [select]);

  const setWebGLProblem = useCallback((text: string | null) => {
    setNotices((list) => [...list.filter((n) => n.id !== "webgl"), ...(text ? [{ id: "webgl", text, kind: "error" as const }] : [])]);
  }, []);
  const dismiss = (id: string) => setNotices((list) => list.filter((n) => n.id !== id));

  const tooltip: TooltipContent | null = useMemo(() => {
    if (!hover || hover.area < 0 || !resolved) return null;
    const r = resolved.areaRegion[hover.area] ?? -1;
    const isSea = hover.area >= geography.landCount;
    const place = isSea
      ? (geography.ref.seas[hover.area - geography.landCount]?.name.en ?? "")
      : (geography.ref.countries.get(resolved.pieceCountry[hover.area] ?? "")?.en ?? "");
    return { place, region: r >= 0 ? resolved.regions[r]! : null, x: hover.clientX, y: hover.clientY };
  }, [hover, resolved]);

  return (
    <div className="app">
      <aside className="panel">
        <header>
          <p className="kicker">Missile defence in Europe: two proposals, May 2011</p>
          <ProposalSwitcher models={loaded.models} current={proposal ?? ""} onSelect={select} />
        </header>
        {resolved && (
          <article className="proposal" aria-live="polite">
            <h1>{resolved.model.title.en}</h1>
            <p className="summary">{resolved.model.summary.en}</p>
            <Diagram model={resolved.model} />
            <RegionList resolved={resolved} geography={geography} />
          </article>
        )}
      </aside>
      <main className="stage">
        <Notices notices={notices} onDismiss={dismiss} />
        {resolved ? (
          <>
            <GlobeCanvas
              geography={geography}
              resolved={resolved}
              reducedMotion={reducedMotion}
              view={init.at}
              label={describeModel(resolved)}
              onHover={setHover}
              onProblem={setWebGLProblem}
            />
            <Legend resolved={resolved} />
          </>
        ) : (
          <p className="empty">No valid proposal model could be loaded; see the messages above.</p>
        )}
        <IllustrativeNote />
        <Tooltip content={tooltip} />
      </main>
    </div>
  );
}
