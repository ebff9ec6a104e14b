import { useEffect } from "react";
import type { IsoDate } from "../data/dates";
import type { Geography } from "../data/geography";
import type { Lang } from "../i18n/lang";
import type { ScreenStatus } from "../screen/notices";
import { screenFor } from "../screen/screenFor";
import type { Catalogue } from "../screen/types";
import { selectProposal } from "../state/viewChanges";
import type { ViewState } from "../state/viewState";
import type { Scheme } from "../theme";

/**
 * Once the page is ready, in idle time, works out the screen a click on each other proposal would show: resolutions,
 * palettes, names and insets are memoised (screen/resolveCache.ts, globeLabels, schematicInset), so the switch finds
 * them made and only draws.
 */
export function useWarmScreens(
  ready: boolean,
  view: ViewState,
  catalogue: Catalogue,
  geography: Geography,
  lang: Lang,
  today: IsoDate,
  status: ScreenStatus,
  prefers: Scheme = "light",
): void {
  useEffect(() => {
    if (!ready) return;
    const idle = typeof requestIdleCallback === "function" ? requestIdleCallback : (f: () => void) => window.setTimeout(f, 200);
    const cancel = typeof cancelIdleCallback === "function" ? cancelIdleCallback : window.clearTimeout;
    const handle = idle(() => {
      for (const m of catalogue.models) screenFor(selectProposal(view, m.id), catalogue, geography, lang, today, status, prefers);
    });
    return () => cancel(handle);
  }, [ready, view, catalogue, geography, lang, today, status, prefers]);
}
