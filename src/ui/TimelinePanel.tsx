import type { Context } from "../model/contextSchema";
import type { Source } from "../model/schema";
import { SourceLinks } from "./SourceLinks";
import { formatDate } from "./TextView";

const short = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "2–5 May 2011", "around 26–27 May 2011", "3 May 2011". */
export function formatSpan(date: string, endDate?: string, approximate = false): string {
  const text = endDate && endDate !== date ? `${short(date)} – ${formatDate(endDate)}` : formatDate(date);
  return approximate ? `around ${text}` : text;
}

/** The dated events of the article, in order; each opens to its details, the people involved and its sources. */
export function TimelinePanel({ context, sources }: { context: Context; sources: ReadonlyMap<string, Source> }) {
  const people = new Map(context.people.map((p) => [p.id, p]));
  return (
    <ol className="timeline">
      {context.events.map((e) => (
        <li key={e.id} data-event={e.id}>
          <details>
            <summary>
              <time dateTime={e.date}>{formatSpan(e.date, e.endDate, e.approximate)}</time> {e.title.en}
            </summary>
            <p>{e.description.en}</p>
            {e.people.length > 0 && (
              <p className="timeline__people">
                With: {e.people.map((id) => people.get(id)?.name ?? id).join(", ")}
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
