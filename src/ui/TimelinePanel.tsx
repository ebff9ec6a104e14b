import { useI18n } from "../i18n/I18nContext";
import { formatSpan } from "../i18n/format";
import type { Context } from "../model/contextSchema";
import type { Source } from "../model/schema";
import { SourceLinks } from "./SourceLinks";

/** The dated events of the article, in order; each opens to its details, the people involved and its sources. */
export function TimelinePanel({ context, sources }: { context: Context; sources: ReadonlyMap<string, Source> }) {
  const { lang, t, text } = useI18n();
  const people = new Map(context.people.map((p) => [p.id, text(p.name)]));
  return (
    <ol className="timeline">
      {context.events.map((e) => (
        <li key={e.id} data-event={e.id}>
          <details>
            <summary>
              <time dateTime={e.date}>{formatSpan(e.date, e.endDate, e.approximate, lang)}</time> {text(e.title)}
            </summary>
            <p>{text(e.description)}</p>
            {e.people.length > 0 && (
              <p className="timeline__people">
                {t.timeline.with} {e.people.map((id) => people.get(id) ?? id).join(", ")}
              </p>
            )}
            <p className="timeline__source">
              <SourceLinks ids={e.sources} sources={sources} />
            </p>
          </details>
        </li>
      ))}
    </ol>
  );
}
