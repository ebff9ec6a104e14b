import type { Lang } from "../i18n/lang";
import type { Emphasis } from "../model/emphasis";
import { differenceLegend, legendEntries, type LegendEntry } from "../model/legend";
import type { ResolvedModel } from "../model/resolve";

/**
 * The key to what is on screen, in a language: for two proposals compared by their differences, a sentence per
 * difference; otherwise the union of the proposals' keys, "not assigned" last.
 */
export function legendFor(globes: readonly { resolved: ResolvedModel; emphasis: Emphasis }[], mode: "full" | "differences", lang: Lang): LegendEntry[] {
  if (globes.length === 2 && mode === "differences") return differenceLegend(globes[0]!.resolved, globes[1]!.resolved, globes[0]!.emphasis, lang);
  const seen = new Map<string, LegendEntry>();
  for (const g of globes) for (const e of legendEntries(g.resolved, lang)) if (!seen.has(e.id)) seen.set(e.id, e);
  const entries = [...seen.values()];
  return [...entries.filter((e) => e.id !== "unassigned"), ...entries.filter((e) => e.id === "unassigned")];
}
