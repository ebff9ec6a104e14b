import { useEffect, useRef, type Dispatch, type SetStateAction } from "react";
import type { Known, ViewState } from "../state/urlState";
import { applyShow } from "./applyShow";
import { eventTargets } from "./eventTargets";
import { readShowCommand, viewParams, type GlobeEvent } from "./protocol";

interface Options {
  view: ViewState;
  setView: Dispatch<SetStateAction<ViewState>>;
  known: Known;
  /** A command set the camera: fly there. */
  onCamera: () => void;
}

const isReady = () => document.documentElement.dataset.globeReady === "true";

/**
 * The embedded globe's side of the host protocol (src/embed/protocol.ts), active only with `embed=1`, an
 * `origins` list and a parent page: follows `show` commands that the parent posts from an allowed origin (any
 * other message is left alone, unanswered), posts `ready` once the first view is drawn, and `changed` after each
 * change of the view, whatever made it.
 */
export function useHostMessages({ view, setView, known, onCamera }: Options): void {
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
      const result = applyShow(current.current, command, known, current.current.lang);
      for (const problem of result.problems) console.warn(problem);
      current.current = result.state;
      setView(result.state);
      if (result.camera) onCamera();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [originList]);

  // `ready` once the first view has been drawn.
  useEffect(() => {
    if (!originList || reported.current !== undefined) return;
    const announce = () => {
      if (!isReady() || reported.current !== undefined) return;
      observer.disconnect();
      const state = viewParams(current.current);
      reported.current = JSON.stringify(state);
      postRef.current({ type: "ready", state });
    };
    const observer = new MutationObserver(announce);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-globe-ready"] });
    announce();
    return () => observer.disconnect();
  }, [originList]);

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
