import { useEffect } from "react";

/** Links to sources (#source-<id>) stay inside the app: they open the Sources section and bring the entry into view. */
export function useInAppSourceLinks(reducedMotion: boolean): void {
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as HTMLElement | null)?.closest?.("a[href^='#source-']");
      if (!a) return;
      e.preventDefault();
      const target = document.getElementById(a.getAttribute("href")!.slice(1));
      const section = document.querySelector<HTMLDetailsElement>('details[data-section="sources"]');
      if (section) section.open = true;
      target?.scrollIntoView({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
      target?.focus({ preventScroll: true });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [reducedMotion]);
}
