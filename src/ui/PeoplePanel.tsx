import { useI18n } from "../i18n/I18nContext";
import type { Context } from "../model/contextSchema";
import type { Source } from "../model/schema";
import { SourceLinks } from "./SourceLinks";
import { attributionLine } from "../model/sourceLine";

/** The officials the article names, with their roles in 2011 and what each said, quotations attributed. */
export function PeoplePanel({ context, sources }: { context: Context; sources: ReadonlyMap<string, Source> }) {
  const { lang, t, text } = useI18n();
  return (
    <>
    {lang === "ru" && <p className="people__note">{t.sources.translationNote}</p>}
    <ul className="people">
      {context.people.map((p) => (
        <li key={p.id} data-person={p.id}>
          <strong>{text(p.name)}</strong> <span className="people__side">({t.people.side[p.side]})</span>
          <div className="people__role">{text(p.role)}</div>
          {p.statements.length > 0 && (
            <ul className="people__statements">
              {p.statements.map((s) => {
                const first = sources.get(s.sources[0] ?? "");
                return (
                  <li key={s.id}>
                    {text(s.summary)}
                    {s.quote && (
                      <blockquote>
                        {t.words.quote(text(s.quote))}
                        <footer>
                          {attributionLine(text(p.name), first, s.date, lang, sources)}
                        </footer>
                      </blockquote>
                    )}
                    <div className="people__source">
                      <SourceLinks ids={s.sources} sources={sources} />
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ul>
    </>
  );
}
