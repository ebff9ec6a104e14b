/** What `whenIdle` needs of the page: the idle callback where the browser has one, a timer everywhere. */
export interface IdleHost {
  requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

/** How long a busy page may hold back the idle work (ms); also the wait where no idle callback exists. */
export const IDLE_TIMEOUT_MS = 2000;
/** The wait before the work where the browser has no idle callback (Safari): soon, but after the first frames. */
export const NO_IDLE_DELAY_MS = 200;

/**
 * Runs `work` once the page is idle (at the latest after IDLE_TIMEOUT_MS of a busy page), or after a short timer
 * where the browser has no idle callback. Returns what cancels it.
 */
export function whenIdle(work: () => void, host: IdleHost = window): () => void {
  if (typeof host.requestIdleCallback === "function") {
    const handle = host.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => host.cancelIdleCallback?.(handle);
  }
  const handle = host.setTimeout(work, NO_IDLE_DELAY_MS);
  return () => host.clearTimeout(handle);
}
