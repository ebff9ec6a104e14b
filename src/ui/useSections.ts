import { startTransition, useCallback, useEffect, useState } from "react";
import { whenIdle } from "./whenIdle";

/** Whether the panel's closed sections render their bodies yet, and what asks for them at once. */
export interface SectionsWanted {
  wanted: boolean;
  want: () => void;
}

/**
 * The panel's closed sections render their bodies (and so fetch their chunk) once the page is idle after it is
 * ready, or at once when a reader first reaches for one (`want`: a section's toggle, pointer-down or focus, or a
 * link to a source). Before either, the first view's work has the page to itself.
 */
export function useSections(ready: boolean): SectionsWanted {
  const [wanted, setWanted] = useState(false);
  const want = useCallback(() => setWanted(true), []);
  useEffect(() => {
    if (!ready || wanted) return;
    // Rendered in idle time as interruptible work: a click meanwhile goes first.
    return whenIdle(() => startTransition(() => setWanted(true)));
  }, [ready, wanted]);
  return { wanted, want };
}
