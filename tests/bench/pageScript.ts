import { FIRST_PAINT_TIMING } from "../../src/publish/pictureFiles";

/**
 * What the bench adds to every page before it loads (plain JavaScript, run as an init script), kept in
 * window.__bench:
 * - frames: the timestamp of every animation frame (rAF to rAF), and draws: the WebGL draw calls made
 *   between the previous frame's callback and this one (the page's own drawing in the previous frame);
 * - marks: startTime of each performance.mark("globe:coloured"), and afterMark: performance.now() in the
 *   first animation frame after each of them;
 * - clicks: the time of each click (the event's timestamp, when the browser received it);
 * - longTasks: every long task (start, duration);
 * - painted: every Element Timing entry (an element with an elementtiming attribute, painted: its name, renderTime
 *   and loadTime), and pictureShown: whether the first paint's picture (FIRST_PAINT_TIMING) was in the document
 *   when it had been parsed (the first paint's script adds it there, before the app's scripts run).
 * Setting recordFrames to false stops the frame record (the leak check, which counts the page's heap).
 * The bench's frame callback is the first one each frame: it is registered before the page's scripts run.
 */
export const PAGE_SCRIPT = String.raw`(() => {
  const b = { frames: [], draws: [], drawCount: 0, recordFrames: true, marks: [], afterMark: [], clicks: [], longTasks: [], painted: [], pictureShown: false };
  Object.defineProperty(window, "__bench", { value: b });
  for (const ctor of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype;
    for (const name of ["drawElements", "drawArrays", "drawElementsInstanced", "drawArraysInstanced", "drawRangeElements", "multiDrawElementsWEBGL", "multiDrawArraysWEBGL"]) {
      const original = proto[name];
      if (typeof original !== "function") continue;
      proto[name] = function (...args) {
        b.drawCount++;
        return original.apply(this, args);
      };
    }
  }
  const onFrame = (t) => {
    if (b.recordFrames) {
      b.frames.push(t);
      b.draws.push(b.drawCount);
    }
    b.drawCount = 0;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  const mark = performance.mark.bind(performance);
  performance.mark = function (name, options) {
    const entry = mark(name, options);
    if (name === "globe:coloured") {
      b.marks.push(entry ? entry.startTime : performance.now());
      requestAnimationFrame(() => b.afterMark.push(performance.now()));
    }
    return entry;
  };
  addEventListener("click", (e) => b.clicks.push(e.timeStamp > 0 && e.timeStamp <= performance.now() ? e.timeStamp : performance.now()), true);
  // Helpers for the bench's switches, so that its calls into the page have the same source every time.
  b.switchTarget = (selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, proposal: el.dataset.proposal ?? null, marks: b.marks.length, clicks: b.clicks.length };
  };
  // Resolves true once the click has arrived, the frame after the next mark has run (when marks is a
  // number), the proposal's button is pressed and the ready flag is up (when asked); false on timeout.
  b.switched = (w) =>
    new Promise((resolve) => {
      const end = performance.now() + w.timeoutMs;
      const check = () => {
        const done =
          b.clicks.length > w.clicks &&
          (w.marks === null || b.afterMark.length > w.marks) &&
          (w.proposal === null || document.querySelector('button[data-proposal="' + CSS.escape(w.proposal) + '"]')?.getAttribute("aria-pressed") === "true") &&
          (!w.ready || document.documentElement.dataset.globeReady === "true");
        if (done) resolve(true);
        else if (performance.now() > end) resolve(false);
        else setTimeout(check, 10);
      };
      check();
    });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.painted.push({ identifier: e.identifier, renderTime: e.renderTime, loadTime: e.loadTime });
    }).observe({ type: "element", buffered: true });
  } catch {}
  document.addEventListener("DOMContentLoaded", () => {
    b.pictureShown = document.querySelector('[elementtiming="' + ${JSON.stringify(FIRST_PAINT_TIMING)} + '"]') !== null;
  }, { once: true });
})();`;

/** What __bench.switchTarget returns: the centre of the switch button, its proposal, and the counts so far. */
export interface SwitchTarget {
  x: number;
  y: number;
  proposal: string | null;
  marks: number;
  clicks: number;
}

/** What __bench.switched waits for (see the script). */
export interface SwitchWait {
  clicks: number;
  marks: number | null;
  proposal: string | null;
  ready: boolean;
  timeoutMs: number;
}

/** The shape of window.__bench, for reading it back. */
export interface PageRecord {
  frames: number[];
  draws: number[];
  marks: number[];
  afterMark: number[];
  clicks: number[];
  longTasks: { start: number; duration: number }[];
  painted: PaintedElement[];
  pictureShown: boolean;
}

/** An Element Timing entry: renderTime is 0 where the browser may not tell it (a picture from another origin). */
export interface PaintedElement {
  identifier: string;
  renderTime: number;
  loadTime: number;
}
