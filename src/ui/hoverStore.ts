/** What is under the pointer in one of the views. */
export interface HoverInfo {
  /** Which view (0 for a single globe; 0 or 1 side by side). */
  view: number;
  /** Palette index of the area under the pointer, or -1 for open ocean. */
  area: number;
  clientX: number;
  clientY: number;
}

type Listener = () => void;

/**
 * What is under the pointer, kept outside React state so that moving the pointer re-renders only the
 * tooltip, not the whole app.
 */
export function createHoverStore() {
  let current: HoverInfo | null = null;
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    set(info: HoverInfo | null) {
      if (
        info === current ||
        (info && current && info.view === current.view && info.area === current.area && info.clientX === current.clientX && info.clientY === current.clientY)
      )
        return;
      current = info;
      for (const l of listeners) l();
    },
    subscribe(l: Listener) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export type HoverStore = ReturnType<typeof createHoverStore>;
