/** Bytes on the wire of a page load, by kind (CDP Network events). */
import type { CDPSession } from "playwright-core";
import type { Kind } from "./page";

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

/** Records every response's URL and type and its bytes on the wire (CDP Network events). */
export function watchNetwork(cdp: CDPSession) {
  const responses = new Map<string, { url: string; mime: string; type: string }>();
  const finished = new Map<string, number>();
  cdp.on("Network.responseReceived", (e) => responses.set(e.requestId, { url: e.response.url, mime: e.response.mimeType, type: e.type }));
  cdp.on("Network.loadingFinished", (e) => finished.set(e.requestId, e.encodedDataLength));
  return (kind: Kind): { bytes: Bytes; requests: Transfer[] } => {
    const requests: Transfer[] = [];
    const b: Bytes = { js: 0, data: 0, fonts: 0, other: 0, jsData: 0, total: 0, geography: null };
    for (const [id, size] of finished) {
      const r = responses.get(id);
      if (!r || r.url.startsWith("data:") || r.url.startsWith("blob:")) continue;
      const path = new URL(r.url).pathname.toLowerCase();
      const k =
        r.type === "Script" || /javascript|wasm/.test(r.mime) || /\.(m?js|wasm)$/.test(path)
          ? "js"
          : r.type === "Font" || /\.(woff2?|ttf|otf)$/.test(path)
            ? "fonts"
            : r.type === "Fetch" || r.type === "XHR" || /\.(json|bin)$/.test(path)
              ? "data"
              : "other";
      b[k] += size;
      b.total += size;
      requests.push({ url: r.url, kind: k, bytes: size });
      const geography = kind === "ours" ? /geography|globe-geometry/.test(path) || path.endsWith(".bin") : /countries-\d+m/.test(path);
      if (geography) b.geography = (b.geography ?? 0) + size;
    }
    b.jsData = b.js + b.data;
    return { bytes: b, requests };
  };
}
