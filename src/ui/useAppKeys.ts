import { useEffect } from "react";

interface Keys {
  /** The briefing step shown (from 0), when a briefing is open. */
  stepIndex: number | undefined;
  stepCount: number;
  goToStep: (index: number) => void;
  /** Proposal ids in switcher order: key 1 is the first. */
  proposals: readonly string[];
  selectProposal: (id: string) => void;
  showShortcuts: () => void;
}

/**
 * The page's keys: briefing steps (→ PageDown Space, ← PageUp Shift+Space, Home, End — what clickers send),
 * 1–9 for the proposals and ? for the list of shortcuts. Keys typed into a field, and keys a focused globe
 * uses itself (it stops them), are left alone.
 */
export function useAppKeys({ stepIndex, stepCount, goToStep, proposals, selectProposal, showShortcuts }: Keys): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (stepIndex !== undefined) {
        const onButton = t?.tagName === "BUTTON" || t?.tagName === "SUMMARY" || t?.tagName === "A";
        const next = e.key === "ArrowRight" || e.key === "PageDown" || (e.key === " " && !e.shiftKey && !onButton);
        const prev = e.key === "ArrowLeft" || e.key === "PageUp" || (e.key === " " && e.shiftKey && !onButton);
        if (next || prev || e.key === "Home" || e.key === "End") {
          e.preventDefault();
          goToStep(next ? stepIndex + 1 : prev ? stepIndex - 1 : e.key === "Home" ? 0 : stepCount - 1);
          return;
        }
      }
      if (e.key === "?") {
        e.preventDefault();
        showShortcuts();
        return;
      }
      const n = Number.parseInt(e.key, 10);
      const id = proposals[n - 1];
      if (n >= 1 && id) selectProposal(id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [stepIndex, stepCount, goToStep, proposals, selectProposal, showShortcuts]);
}
