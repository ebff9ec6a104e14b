import type { Geography } from "../data/geography";
import type { ResolvedModel } from "../model/resolve";
import { Diagram } from "./Diagram";
import { RegionList } from "./RegionList";
import type { Model } from "../model/schema";
import { formatDate } from "./TextView";
import { sourceLine } from "./Tooltip";

/** A proposal explained in words: title, summary, schematic diagram and every region. */
export function ProposalCard({ resolved, geography, heading = "h1", compact = false }: { resolved: ResolvedModel; geography: Geography; heading?: "h1" | "h2"; compact?: boolean }) {
  const H = heading;
  return (
    <article className="proposal" data-model={resolved.model.id}>
      <H className="proposal__title">{resolved.model.title.en}</H>
      <p className="proposal__by">
        Proposed by {resolved.model.parties.find((p) => p.id === resolved.model.proposedBy)?.name.en ?? resolved.model.proposedBy}
      </p>
      <p className="summary">{resolved.model.summary.en}</p>
      {resolved.model.keyStatement && <KeyStatementView model={resolved.model} />}
      <Diagram model={resolved.model} />
      <RegionList resolved={resolved} geography={geography} open={!compact} />
    </article>
  );
}

/** The statement that sums up the proposal: a short quotation or a reported position, attributed. */
function KeyStatementView({ model }: { model: Model }) {
  const k = model.keyStatement!;
  const source = model.sources.find((s) => s.id === k.source);
  const where = source ? <a href={`#source-${source.id}`}>{sourceLine(source)}</a> : k.source;
  return (
    <figure className="key-statement">
      <blockquote>{k.quoted ? `“${k.text.en}”` : k.text.en}</blockquote>
      <figcaption>
        {k.quoted ? "" : "Position reported of "}
        {k.speaker}; {where}, {formatDate(k.date)}
      </figcaption>
    </figure>
  );
}
