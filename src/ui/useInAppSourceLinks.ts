import { useEffect } from "react";

const SOURCES = 'details[data-section="sources"]';

/**
 * Links to sources (#source-<id>) stay inside the app: they open the Sources section and bring the entry into view.
 * Opening the section asks for its body (LazySection's toggle); an entry not there yet is brought into view as soon
 * as the body shows it (a source link clicked before the sections' chunk has arrived).
 */
export function useInAppSourceLinks(reducedMotion: boolean): void {
  useEffect(() => {
    let waiting: (() => void) | undefined;
    const onClick = (e: MouseEvent) => {
      const a = (e.target as HTMLElement | null)?.closest?.("a[href^='#source-']");
      if (!a) return;
      e.preventDefault();
      waiting?.();
      const id = a.getAttribute("href")!.slice(1);
      const section = document.querySelector<HTMLDetailsElement>(SOURCES);
      if (section) section.open = true;
      const show = (target: HTMLElement) => {
        target.scrollIntoView({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
        target.focus({ preventScroll: true });
      };
      const target = document.getElementById(id);
      if (target) show(target);
      else if (section) waiting = whenShown(section, id, show);
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      waiting?.();
    };
  }, [reducedMotion]);
}

/**
 * Calls `found` with the element of `id` once `section` shows it; gives up once the section's list is there
 * without it (a link to a source the app does not list). Returns what stops the wait.
 */
function whenShown(section: HTMLElement, id: string, found: (target: HTMLElement) => void): () => void {
  const observer = new MutationObserver(() => {
    const target = document.getElementById(id);
    if (target) found(target);
    if (target || section.querySelector(".sources")) observer.disconnect();
  });
  observer.observe(section, { childList: true, subtree: true });
  return () => observer.disconnect();
}
