import { strings } from "../i18n/strings";
import type { Lang } from "../i18n/lang";
import type { ResolvedModel } from "../model/resolve";
import { sourceLine } from "../model/sourceLine";

/** "Sources: Global Security Newswire, 3 May 2011; Interfax II, April 29, as reported by …" for the proposals shown. */
export function sourceSummary(models: readonly ResolvedModel[], lang: Lang): string {
  const seen = new Set<string>();
  for (const m of models) {
    const byId = new Map(m.model.sources.map((s) => [s.id, s]));
    for (const s of m.model.sources) seen.add(sourceLine(s, lang, byId));
  }
  return strings(lang).export.sources([...seen]);
}
