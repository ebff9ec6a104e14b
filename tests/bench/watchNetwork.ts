/** Bytes on the wire of a page load, by kind, and the JavaScript that had arrived by a given moment (CDP Network events). */
import type { CDPSession } from "playwright-core";
import type { Kind } from "./page";
import { median } from "./stats";

export interface Bytes {
  js: number;
  data: number;
  fonts: number;
  other: number;
  jsData: number;
  total: number;
  /** Geometry of the countries shipped as its own file; null when it is bundled in the JavaScript. */
  geography: number | null;
}

/** One response: its URL, kind (js, data, fonts, other) and bytes on the wire. */
export interface Transfer {
  url: string;
  kind: string;
  bytes: number;
}

/** The JavaScript whose response had finished by a moment: its bytes on the wire (gzip), and per frame. */
export interface ScriptsBefore {
  bytes: number;
  count: number;
  /** Per frame that loaded scripts (the address of its document, or its CDP frame id): bytes and files. */
  frames: { frame: string; bytes: number; count: number }[];
  requests: { url: string; frame: string; bytes: number; cdpType: string; finishedEpochMs: number }[];
}

interface Response {
  url: string;
  mime: string;
  type: string;
  frameId: string;
}

/** The kind a response counts as: js (CDP type Script, a JavaScript MIME type or a .js file), fonts, data or other. */
function kindOf(r: Response): "js" | "fonts" | "data" | "other" {
  const path = new URL(r.url).pathname.toLowerCase();
  return r.type === "Script" || /javascript|wasm/.test(r.mime) || /\.(m?js|wasm)$/.test(path)
    ? "js"
    : r.type === "Font" || /\.(woff2?|ttf|otf)$/.test(path)
      ? "fonts"
      : r.type === "Fetch" || r.type === "XHR" || /\.(json|bin)$/.test(path)
        ? "data"
        : "other";
}

/**
 * Records every response's URL, type, frame and bytes on the wire (Network.loadingFinished's encodedDataLength:
 * the gzip body and headers as received) and when it finished.
 *
 * A same-origin iframe (the story's globe) runs in its parent's renderer and belongs to the same CDP target, so
 * the page's session receives its requests too, each with the iframe's frame id: a page's JavaScript is its own
 * and its iframes' together. (An iframe of another site would be a target of its own; the bench loads none.) The
 * per-frame split in ScriptsBefore.frames shows that the story's figure does hold both frames' scripts.
 *
 * CDP's timestamps are the browser's monotonic clock in seconds; performance.mark's times are milliseconds from
 * the frame's performance.timeOrigin (Unix time). Each Network.requestWillBeSent also carries the Unix time it
 * was sent (wallTime): the median of wallTime − timestamp over the load turns a CDP timestamp into Unix time, to
 * be compared with timeOrigin + mark (both clocks are the system's; they agree to about a millisecond).
 */
export function watchNetwork(cdp: CDPSession) {
  const responses = new Map<string, Response>();
  const finished = new Map<string, { bytes: number; tickMs: number }>();
  const offsets: number[] = [];
  /** The address of each frame's document (its first Document request). */
  const frameUrls = new Map<string, string>();
  cdp.on("Network.requestWillBeSent", (e) => {
    offsets.push(e.wallTime * 1000 - e.timestamp * 1000);
    if (e.type === "Document" && e.frameId && !frameUrls.has(e.frameId)) frameUrls.set(e.frameId, e.request.url);
  });
  cdp.on("Network.responseReceived", (e) => responses.set(e.requestId, { url: e.response.url, mime: e.response.mimeType, type: e.type, frameId: e.frameId ?? "" }));
  cdp.on("Network.loadingFinished", (e) => finished.set(e.requestId, { bytes: e.encodedDataLength, tickMs: e.timestamp * 1000 }));
  const counted = (r: Response | undefined): r is Response => !!r && !r.url.startsWith("data:") && !r.url.startsWith("blob:");

  return {
    /** Every response so far, by kind (`kind` says which files are the geography). */
    summary(kind: Kind): { bytes: Bytes; requests: Transfer[] } {
      const requests: Transfer[] = [];
      const b: Bytes = { js: 0, data: 0, fonts: 0, other: 0, jsData: 0, total: 0, geography: null };
      for (const [id, { bytes: size }] of finished) {
        const r = responses.get(id);
        if (!counted(r)) continue;
        const path = new URL(r.url).pathname.toLowerCase();
        const k = kindOf(r);
        b[k] += size;
        b.total += size;
        requests.push({ url: r.url, kind: k, bytes: size });
        const geography = kind === "ours" ? /geography|globe-geometry/.test(path) || path.endsWith(".bin") : /countries-\d+m/.test(path);
        if (geography) b.geography = (b.geography ?? 0) + size;
      }
      b.jsData = b.js + b.data;
      return { bytes: b, requests };
    },

    /** The JavaScript responses (of every frame) that had finished by `epochMs` (Unix time, ms); null before any request. */
    scriptsBefore(epochMs: number): ScriptsBefore | null {
      const offset = median(offsets);
      if (offset === null) return null;
      const out: ScriptsBefore = { bytes: 0, count: 0, frames: [], requests: [] };
      const frames = new Map<string, { frame: string; bytes: number; count: number }>();
      for (const [id, f] of finished) {
        const r = responses.get(id);
        if (!counted(r) || kindOf(r) !== "js") continue;
        const at = f.tickMs + offset;
        if (at > epochMs) continue;
        const frame = frameUrls.get(r.frameId) ?? r.frameId;
        out.bytes += f.bytes;
        out.count++;
        out.requests.push({ url: r.url, frame, bytes: f.bytes, cdpType: r.type, finishedEpochMs: at });
        const entry = frames.get(frame) ?? frames.set(frame, { frame, bytes: 0, count: 0 }).get(frame)!;
        entry.bytes += f.bytes;
        entry.count++;
      }
      out.frames = [...frames.values()];
      return out;
    },
  };
}
