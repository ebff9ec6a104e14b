import type { Context } from "../model/contextSchema";
import type { Source } from "../model/schema";
import { SourceLinks } from "./SourceLinks";
import { formatDate } from "./TextView";
import { sourceLine } from "./Tooltip";

const SIDE: Record<string, string> = { nato: "NATO", russia: "Russia", "united-states": "United States" };

/** The officials the article names, with their roles in 2011 and what each said, quotations attributed. */
export function PeoplePanel({ context, sources }: { context: Context; sources: ReadonlyMap<string, Source> }) {
  return (
    <ul className="people">
      {context.people.map((p) => (
        <li key={p.id} data-person={p.id}>
          <strong>{p.name}</strong> <span className="people__side">({SIDE[p.side] ?? p.side})</span>
          <div className="people__role">{p.role.en}</div>
          {p.statements.length > 0 && (
            <ul className="people__statements">
              {p.statements.map((s) => {
                const first = sources.get(s.sources[0] ?? "");
                return (
                  <li key={s.id}>
                    {s.summary.en}
                    {s.quote && (
                      <blockquote>
                        “{s.quote.en}”
                        <footer>
                          {p.name}, {first ? sourceLine(first, sources) : ""}, {formatDate(s.date)}
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
  );
}
