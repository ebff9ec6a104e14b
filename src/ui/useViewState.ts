import { useCallback, useEffect, useState } from "react";
import { parseUrlState, serialiseUrlState, type Known, type UrlProblem, type ViewState } from "../state/urlState";

/** A change of the view: one of the pure functions of state/viewChanges.ts, with its arguments bound. */
export type ViewChange = (view: ViewState) => ViewState;

/**
 * The view state, read once from the address (its problems kept as data, put into words when shown), and
 * written back to the address whenever it changes, so that a copied link opens the same view.
 */
export function useViewState(known: Known): { view: ViewState; change: (c: ViewChange) => void; urlProblems: readonly UrlProblem[] } {
  const [parsed] = useState(() => parseUrlState(location.search, known));
  const [view, setView] = useState<ViewState>(parsed.state);
  useEffect(() => {
    history.replaceState(history.state, "", serialiseUrlState(view) + location.hash);
  }, [view]);
  const change = useCallback((c: ViewChange) => setView(c), []);
  return { view, change, urlProblems: parsed.problems };
}
