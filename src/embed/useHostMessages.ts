import { useEffect, useRef, type Dispatch, type SetStateAction } from "react";
import type { Known, ViewState } from "../state/viewState";
import { applyShow, describeShowProblem } from "./applyShow";
import { eventTargets } from "./eventTargets";
import { readShowCommand, viewParams, type GlobeEvent } from "./protocol";

interface Options {
  view: ViewState;
  setView: Dispatch<SetStateAction<ViewState>>;
  known: Known;
  /** A command set the camera: fly there. */
  onCamera: () => void;
  /** The app's ready signal: true once the view is fully drawn and the panels agree with it. */
  ready: boolean;
}

/**
 * The embedded globe's side of the host protocol (src/embed/protocol.ts), active only with `embed=1`, an
 * `origins` list and a parent page: follows `show` commands that the parent posts from an allowed origin (any
 * other message is left alone, unanswered), posts `ready` the first time `ready` is true, and `changed` after each
 * change of the view after that, whatever made it. A command's problems are warned of in the console, in the
 * view's language.
 */
export function useHostMessages({ view, setView, known, onCamera, ready }: Options): void {
  const origins = view.embed && typeof window !== "undefined" && window.parent !== window ? view.origins : undefined;
  const originList = origins?.join(",") ?? "";
  const current = useRef(view);
  current.current = view;
  const commandOrigin = useRef<string | undefined>(undefined);
  /** The view last reported to the host, in URL form; undefined until `ready` is posted. */
  const reported = useRef<string | undefined>(undefined);
  const latest = useRef({ setView, known, onCamera });
  latest.current = { setView, known, onCamera };

  const post = (event: GlobeEvent) => {
    if (!origins) return;
    const targets = eventTargets(origins, {
      commandOrigin: commandOrigin.current,
      ancestorOrigin: location.ancestorOrigins?.[0],
      referrer: document.referrer,
    });
    for (const target of targets) window.parent.postMessage(event, target);
  };
  const postRef = useRef(post);
  postRef.current = post;

  // Commands from the parent page, from the allowed origins only.
  useEffect(() => {
    if (!originList) return;
    const allowed = originList.split(",");
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent || !allowed.includes(e.origin)) return;
      const command = readShowCommand(e.data);
      if (!command) return;
      commandOrigin.current = e.origin;
      const { setView, known, onCamera } = latest.current;
      const result = applyShow(current.current, command, known);
      for (const problem of result.problems) console.warn(describeShowProblem(problem, current.current.lang));
      current.current = result.state;
      setView(result.state);
      if (result.camera) onCamera();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [originList]);

  // `ready` the first time the app says it is ready.
  useEffect(() => {
    if (!originList || !ready || reported.current !== undefined) return;
    const state = viewParams(current.current);
    reported.current = JSON.stringify(state);
    postRef.current({ type: "ready", state });
  }, [originList, ready]);

  // `changed` after each change of the view, once `ready` has gone.
  useEffect(() => {
    if (reported.current === undefined) return;
    const state = viewParams(view);
    const text = JSON.stringify(state);
    if (text === reported.current) return;
    reported.current = text;
    postRef.current({ type: "changed", state });
  }, [view]);
}
