import { useEffect, useRef, type RefObject } from "react";
import { embedHeight } from "./embedHeight";
import { heightToSend, type SentHeight } from "./heightToSend";
import { pymHeight, readPymWidth, sizeMessages } from "./sizeMessages";

interface Options {
  /** The embed's own element (`.app--embed`), holding the stage. */
  root: RefObject<HTMLElement | null>;
  /** `embed=1`: only an embed tells its host its height. */
  embed: boolean;
  /** The frame's Pym.js id (`childId`), when a Pym parent made the frame. */
  pymChild?: string;
  /** How many globes are shown. */
  views: number;
  /** Changes whenever the elements of the stage may have been replaced (another view, notices, renderer). */
  layoutKey: string;
}

/**
 * Tells the host page the height the embed needs (embedHeight.ts), as the globe's `resize` event, AMP's
 * `embed-size` and, in a frame Pym.js made, Pym's `height` message: when the page first lays out, and after that
 * only when the height changes, whatever changed it (the frame's width, the title, the legend, a notice). Only
 * with `embed=1` in a frame; posted to `window.parent` for any origin, as these messages hold nothing but a
 * number. A Pym parent's `width` message is answered with the height, as Pym's own child does.
 */
export function useEmbedHeight({ root, embed, pymChild, views, layoutKey }: Options): void {
  const framed = embed && typeof window !== "undefined" && window.parent !== window;
  const sent = useRef<SentHeight[]>([]);

  useEffect(() => {
    const el = root.current;
    if (!framed || !el || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const stage = el.querySelector(".stage");
      const dock = el.querySelector(".stage__dock");
      if (!stage || !dock) return;
      const globe = el.querySelector(".globe")?.getBoundingClientRect().height ?? 0;
      // The stage is a column: what is not the globes runs from its top to the dock's foot, less the globes.
      const around = dock.getBoundingClientRect().bottom - stage.getBoundingClientRect().top - globe;
      const width = el.clientWidth;
      const height = heightToSend(sent.current, width, embedHeight({ width, views, around }));
      if (height === undefined) return;
      sent.current = [...sent.current.slice(-2), { width, height }];
      for (const message of sizeMessages(height, pymChild)) window.parent.postMessage(message, "*");
    };
    // A change of any part's size is observed once per frame at most; the globe takes up what the others leave.
    const observer = new ResizeObserver(measure);
    for (const part of [el, ...el.querySelectorAll(".stage > *")]) observer.observe(part);
    return () => observer.disconnect();
  }, [root, framed, pymChild, views, layoutKey]);

  // Pym's parent sends the frame's width when its own window is resized; its child answers with the height.
  useEffect(() => {
    if (!framed || pymChild === undefined) return;
    let answered: number | undefined;
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent) return;
      const width = readPymWidth(e.data, pymChild);
      const last = sent.current.at(-1);
      if (width === null || width === answered || !last) return;
      answered = width;
      window.parent.postMessage(pymHeight(pymChild, last.height), "*");
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [framed, pymChild]);
}
