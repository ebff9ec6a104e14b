// @vitest-environment jsdom
/**
 * The embedded globe's side of the host protocol, in a page whose parent is another window (an iframe's, standing
 * in for the host page): what it posts to the parent, and when.
 */
import { act, createElement, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useHostMessages } from "../../../src/embed/useHostMessages";
import { DEFAULT_STATE, type ViewState } from "../../../src/state/urlState";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOST = "https://news.example";
const KNOWN = { proposals: ["nato-two-systems", "russia-sectors"], briefings: [{ id: "may-2011", steps: 8 }] };
const EMBEDDED: ViewState = { ...DEFAULT_STATE, embed: true, origins: [HOST], brief: "may-2011", step: 1 };

let host: Window;
let posted: [message: unknown, target: string][];
let root: Root;
let frame: HTMLIFrameElement;
/** The harness's own setView, to change the view as the app's controls would. */
let setView: (v: ViewState) => void;
let onCamera: ReturnType<typeof vi.fn<() => void>>;

function Harness({ initial, ready }: { initial: ViewState; ready: boolean }) {
  const [view, set] = useState(initial);
  setView = set;
  useHostMessages({ view, setView: set, known: KNOWN, onCamera, ready });
  return createElement("output", { "data-view": JSON.stringify(view) });
}

const render = (initial: ViewState, ready: boolean) => act(() => root.render(createElement(Harness, { initial, ready })));
const shownView = () => JSON.parse(document.querySelector("output")!.getAttribute("data-view")!) as ViewState;
/** A message from the host page, as the browser delivers it. */
const fromHost = (data: unknown, origin = HOST, source: Window = host) =>
  act(() => {
    window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
  });

beforeEach(() => {
  frame = document.createElement("iframe");
  document.body.append(frame);
  host = frame.contentWindow!;
  posted = [];
  vi.spyOn(host, "postMessage").mockImplementation(((message: unknown, target: string) => void posted.push([message, target])) as typeof host.postMessage);
  Object.defineProperty(window, "parent", { value: host, configurable: true });
  onCamera = vi.fn<() => void>();
  const el = document.createElement("div");
  document.body.append(el);
  root = createRoot(el);
});

afterEach(() => {
  act(() => root.unmount());
  frame.remove();
  Object.defineProperty(window, "parent", { value: window, configurable: true });
  vi.restoreAllMocks();
});

describe("useHostMessages: ready", () => {
  it("posts nothing until the app says it is ready, then ready with the view, once", () => {
    render(EMBEDDED, false);
    expect(posted).toEqual([]);
    render(EMBEDDED, true);
    expect(posted).toEqual([[{ type: "ready", state: { brief: "may-2011", step: "1" } }, HOST]]);
    render(EMBEDDED, false);
    render(EMBEDDED, true);
    expect(posted).toHaveLength(1);
  });
  it("posts ready with the view as it is when ready comes, not as it was", () => {
    render(EMBEDDED, false);
    act(() => setView({ ...EMBEDDED, step: 4, asOf: "today" }));
    expect(posted).toEqual([]);
    render(EMBEDDED, true);
    expect(posted).toEqual([[{ type: "ready", state: { brief: "may-2011", step: "4", year: "today" } }, HOST]]);
  });
  it("posts nothing when not embedded, or with no origins", () => {
    render({ ...EMBEDDED, embed: false }, true);
    act(() => root.unmount());
    root = createRoot(document.body.appendChild(document.createElement("div")));
    render({ ...EMBEDDED, origins: undefined }, true);
    expect(posted).toEqual([]);
  });
});

describe("useHostMessages: changed", () => {
  it("posts changed after each change of the view once ready has gone, and not for a change the URL does not show", () => {
    render(EMBEDDED, true);
    act(() => setView({ ...EMBEDDED, step: 2 }));
    act(() => setView({ ...EMBEDDED, step: 2, linked: false })); // link is not written outside a comparison
    act(() => setView({ ...EMBEDDED, step: 3 }));
    expect(posted.map(([m]) => m)).toEqual([
      { type: "ready", state: { brief: "may-2011", step: "1" } },
      { type: "changed", state: { brief: "may-2011", step: "2" } },
      { type: "changed", state: { brief: "may-2011", step: "3" } },
    ]);
  });
});

describe("useHostMessages: show commands", () => {
  it("follows a show command from the host, and answers changed", () => {
    render(EMBEDDED, true);
    fromHost({ type: "show", step: 5, year: "today" });
    expect(shownView()).toEqual({ ...EMBEDDED, step: 5, asOf: "today" });
    expect(posted.at(-1)).toEqual([{ type: "changed", state: { brief: "may-2011", step: "5", year: "today" } }, HOST]);
    expect(onCamera).not.toHaveBeenCalled();
    fromHost({ type: "show", at: [30, 50, 2.5] });
    expect(onCamera).toHaveBeenCalledTimes(1);
  });
  it("leaves alone a command from another origin or another window", () => {
    render(EMBEDDED, true);
    fromHost({ type: "show", step: 5 }, "https://evil.example");
    fromHost({ type: "show", step: 5 }, HOST, window);
    expect(shownView()).toEqual(EMBEDDED);
    expect(posted).toHaveLength(1);
  });
  it("warns of a command's problems in the view's language", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render({ ...EMBEDDED, lang: "ru" }, true);
    fromHost({ type: "show", step: 9, zoom: 1 });
    expect(warn.mock.calls).toEqual([
      ['Поле "zoom" команды show не учтено: страница-носитель может задать proposal, compare, mode, brief, step, year, at, theme, каждое в виде текста, числа или списка.'],
      ['Параметр адреса step="9" не учтён: нужен номер шага от 1 до 8.'],
    ]);
    expect(shownView()).toEqual({ ...EMBEDDED, lang: "ru" });
  });
});
