import { useCallback, useEffect, useMemo, useState } from "react";
import type { Geography } from "../data/geography";
import { describeModel } from "../model/describe";
import { loadModels, type LoadedModels } from "../model/loadModels";
import { resolveModel } from "../model/resolve";
import { parseUrlState, serialiseUrlState, type ViewState } from "../state/urlState";
import { Diagram } from "./Diagram";
import { GlobeCanvas } from "./GlobeCanvas";
import { IllustrativeNote } from "./IllustrativeNote";
import { Legend } from "./Legend";
import { Notices, type Notice } from "./Notices";
import { ProposalSwitcher } from "./ProposalSwitcher";
import { RegionList } from "./RegionList";
import { Tooltip } from "./Tooltip";
import { createHoverStore } from "./hoverStore";
import { useReducedMotion } from "./useReducedMotion";

interface Props {
  geography: Geography;
  /** Model files as text, keyed by "models/<id>.json". */
  modelFiles: Record<string, string>;
}

function initialState(loaded: LoadedModels): { proposal: string | undefined; at: ViewState["at"]; notices: Notice[] } {
  const ids = loaded.models.map((m) => m.id);
  const fallback = loaded.models[0];
  const url = parseUrlState(location.search, ids, fallback?.title.en ?? "");
  const notices: Notice[] = [
    ...loaded.errors.map((text, i) => ({ id: `model-${i}`, text: `A model file was not loaded. ${text}`, kind: "error" as const })),
    ...url.problems.map((text, i) => ({ id: `url-${i}`, text, kind: "warning" as const })),
  ];
  return { proposal: url.state.proposal ?? fallback?.id, at: url.state.at, notices };
}

export function App({ geography, modelFiles }: Props) {
  const loaded = useMemo(() => loadModels(modelFiles, geography.ref), [modelFiles, geography]);
  const [init] = useState(() => initialState(loaded));
  const [proposal, setProposal] = useState(init.proposal);
  const [notices, setNotices] = useState<Notice[]>(init.notices);
  const [hover] = useState(createHoverStore);
  const reducedMotion = useReducedMotion();

  const resolvedById = useMemo(
    () => new Map(loaded.models.map((m) => [m.id, resolveModel(m, geography.atlas, geography.ref)])),
    [loaded, geography],
  );
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
  }, [select, loaded]);

  const setWebGLProblem = useCallback((text: string | null) => {
    setNotices((list) => [...list.filter((n) => n.id !== "webgl"), ...(text ? [{ id: "webgl", text, kind: "error" as const }] : [])]);
  }, []);
  const dismiss = (id: string) => setNotices((list) => list.filter((n) => n.id !== id));


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
        {resolved && (
          <p className="stage-title" aria-hidden="true">
            {resolved.model.title.en}
          </p>
        )}
        {resolved ? (
          <>
            <GlobeCanvas
              geography={geography}
              resolved={resolved}
              reducedMotion={reducedMotion}
              view={init.at}
              label={describeModel(resolved)}
              onHover={hover.set}
              onProblem={setWebGLProblem}
            />
            <Legend resolved={resolved} />
          </>
        ) : (
          <p className="empty">No valid proposal model could be loaded; see the messages above.</p>
        )}
        <IllustrativeNote />
        {resolved && <Tooltip store={hover} resolved={resolved} geography={geography} />}
      </main>
    </div>
  );
}
