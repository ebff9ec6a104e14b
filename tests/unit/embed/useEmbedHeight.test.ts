// @vitest-environment jsdom
/**
 * The embed's height messages, in a page whose parent is another window (an iframe's, standing in for the host
 * page). jsdom lays nothing out, so the stage's boxes are given by hand and the resize observer is driven by the test.
 */
import { act, createElement, useRef } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useEmbedHeight } from "../../../src/embed/useEmbedHeight";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: Window;
let posted: [message: unknown, target: string][];
let root: Root;
let frame: HTMLIFrameElement;
/** The observers' callbacks, to run as a layout change would. */
let observed: (() => void)[];
/** The boxes of the stage's parts: its top is 0; the globe's height and the dock's foot, in CSS pixels. */
let layout: { width: number; globe: number; dockFoot: number };

class FakeResizeObserver {
  constructor(private readonly callback: () => void) {}
  observe() {
    observed.push(this.callback);
  }
  disconnect() {
    observed = observed.filter((c) => c !== this.callback);
  }
}

function Harness({ embed, pymChild, views }: { embed: boolean; pymChild?: string; views: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEmbedHeight({ root: ref, embed, pymChild, views, layoutKey: "k" });
  return createElement(
    "div",
    { ref, className: "app app--embed" },
    createElement("main", { className: "stage" }, createElement("header", { className: "embed-bar" }), createElement("div", { className: "globe" }), createElement("div", { className: "stage__dock" })),
  );
}

const render = (props: { embed: boolean; pymChild?: string; views?: number }) => act(() => root.render(createElement(Harness, { views: 1, ...props })));
/** A change of layout, as the observer reports it. */
const relayout = (changes: Partial<typeof layout>) => {
  Object.assign(layout, changes);
  for (const callback of [...observed]) callback();
};
const fromHost = (data: unknown) => act(() => void window.dispatchEvent(new MessageEvent("message", { data, source: host })));

beforeEach(() => {
  frame = document.createElement("iframe");
  document.body.append(frame);
  host = frame.contentWindow!;
  posted = [];
  observed = [];
  layout = { width: 360, globe: 200, dockFoot: 300 };
  vi.spyOn(host, "postMessage").mockImplementation(((message: unknown, target: string) => void posted.push([message, target])) as typeof host.postMessage);
  Object.defineProperty(window, "parent", { value: host, configurable: true });
  vi.stubGlobal("ResizeObserver", FakeResizeObserver);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(() => layout.width);
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
    const height = this.classList.contains("globe") ? layout.globe : 0;
    const bottom = this.classList.contains("stage__dock") ? layout.dockFoot : height;
    return { top: 0, bottom, height, width: layout.width, left: 0, right: layout.width, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
  });
  root = createRoot(document.body.appendChild(document.createElement("div")));
});

afterEach(() => {
  act(() => root.unmount());
  frame.remove();
  Object.defineProperty(window, "parent", { value: window, configurable: true });
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("useEmbedHeight", () => {
  it("posts the height in the three forms, to any origin, when the page first lays out", () => {
    render({ embed: true, pymChild: "globe" });
    relayout({});
    // Around the globe: 300 − 200 = 100 px; one globe 360 px wide: 331 px.
    expect(posted).toEqual([
      [{ type: "resize", height: 431 }, "*"],
      [{ sentinel: "amp", type: "embed-size", height: 431 }, "*"],
      ["pymxPYMxglobexPYMxheightxPYMx431", "*"],
    ]);
  });
  it("posts again only when the height changes", () => {
    render({ embed: true });
    relayout({});
    // The frame took the height: the globe grew and the dock moved down with it; nothing new to say.
    relayout({ globe: 331, dockFoot: 431 });
    expect(posted.filter(([m]) => (m as { type?: string }).type === "resize")).toEqual([[{ type: "resize", height: 431 }, "*"]]);
    // A legend of one more row.
    relayout({ dockFoot: 451 });
    expect(posted.at(-2)).toEqual([{ type: "resize", height: 451 }, "*"]);
    expect(posted).toHaveLength(4);
  });
  it("posts nothing when not embedded, or not in a frame", () => {
    render({ embed: false });
    relayout({});
    expect(posted).toEqual([]);
    act(() => root.unmount());
    Object.defineProperty(window, "parent", { value: window, configurable: true });
    root = createRoot(document.body.appendChild(document.createElement("div")));
    render({ embed: true });
    relayout({});
    expect(posted).toEqual([]);
    expect(observed).toEqual([]);
  });
  it("answers a Pym parent's width message with the height, once per width, and no other message", () => {
    render({ embed: true, pymChild: "globe" });
    relayout({});
    posted = [];
    fromHost("pymxPYMxglobexPYMxwidthxPYMx360");
    fromHost("pymxPYMxglobexPYMxwidthxPYMx360");
    fromHost("pymxPYMxotherxPYMxwidthxPYMx500");
    fromHost({ type: "show", step: 2 });
    expect(posted).toEqual([["pymxPYMxglobexPYMxheightxPYMx431", "*"]]);
  });
});
