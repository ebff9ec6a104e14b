/** What the embedded page can tell of the page that hosts it. */
export interface HostClues {
  /** The origin of the last allowed command received, when one was. */
  commandOrigin?: string;
  /** `location.ancestorOrigins[0]` (Chromium, WebKit): the host page's origin, given by the browser. */
  ancestorOrigin?: string;
  /** `document.referrer`: the host page's address or origin, when the host's referrer policy sends one. */
  referrer?: string;
}

/** The origin of an address; undefined when it has none. */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The target origins the globe's events are posted to: the host page's origin when it is allowed, none when it
 * is known and not allowed. When the host's origin cannot be told, every allowed origin: `postMessage` delivers
 * to the host only if its origin is the one given, so nothing ever reaches a page that is not allowed.
 */
export function eventTargets(allowed: readonly string[], clues: HostClues): string[] {
  const host = clues.commandOrigin ?? clues.ancestorOrigin ?? originOf(clues.referrer);
  if (host !== undefined) return allowed.includes(host) ? [host] : [];
  return [...allowed];
}
