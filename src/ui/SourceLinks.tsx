import { useI18n } from "../i18n/I18nContext";
import type { Source } from "../model/schema";
import { sourceLine } from "../model/sourceLine";

/** Links to entries of the Sources section (inside the app), separated by semicolons. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, Source> }) {
  const { lang, t } = useI18n();
  return (
    <span className="source-links">
      {t.sources.source}{" "}
      {ids.map((id, i) => {
        const s = sources.get(id);
        return (
          <span key={id}>
            {i > 0 && "; "}
            <a href={`#source-${id}`}>{s ? sourceLine(s, lang, sources) : id}</a>
          </span>
        );
      })}
    </span>
  );
}
