import type { Source } from "../model/schema";
import { sourceLine } from "./Tooltip";

/** Links to entries of the Sources section (inside the app), separated by semicolons. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, Source> }) {
  return (
    <span className="source-links">
      Source:{" "}
      {ids.map((id, i) => {
        const s = sources.get(id);
        return (
          <span key={id}>
            {i > 0 && "; "}
            <a href={`#source-${id}`}>{s ? sourceLine(s, sources) : id}</a>
          </span>
        );
      })}
    </span>
  );
}
