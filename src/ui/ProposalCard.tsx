import type { Geography } from "../data/geography";
import type { ResolvedModel } from "../model/resolve";
import { Diagram } from "./Diagram";
import { RegionList } from "./RegionList";

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
      <Diagram model={resolved.model} />
      <RegionList resolved={resolved} geography={geography} open={!compact} />
    </article>
  );
}
