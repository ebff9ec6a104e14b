import { useI18n } from "../i18n/I18nContext";
import type { Source } from "../model/schema";

/** Every publication the app cites, each with an anchor (#source-<id>) that the rest of the app links to. */
export function SourcesPanel({ sources }: { sources: readonly Source[] }) {
  const { t, text, date } = useI18n();
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <>
    <p className="sources__note">{t.sources.translationNote}</p>
    <ul className="sources">
      {sources.map((s) => {
        const via = s.via ? byId.get(s.via) : undefined;
        return (
          <li key={s.id} id={`source-${s.id}`} tabIndex={-1}>
            <strong>{text(s.label ?? s.publication)}</strong>
            {/* A label as the article cites it ("Interfax II, April 29") already names the publication and the day. */}
            {s.label && !s.label.en.startsWith(s.publication.en) ? ` (${text(s.publication)})` : ""}
            {s.label && s.date ? "" : s.date ? `, ${date(s.date)}` : `, ${t.sources.undated}`}
            {s.title && (
              <div className="sources__title">
                <cite>{text(s.title)}</cite>
              </div>
            )}
            {s.description && <div className="sources__description">[{text(s.description)}]</div>}
            {via && (
              <div className="sources__via">
                {t.sources.reportedIn} <a href={`#source-${via.id}`}>{text(via.label ?? via.publication)}</a>
              </div>
            )}
          </li>
        );
      })}
    </ul>
    </>
  );
}
