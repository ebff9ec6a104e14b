import type { ResolvedRegion } from "../model/resolve";
import type { Source } from "../model/schema";
import { Swatch } from "./Swatch";

export interface TooltipContent {
  place: string;
  region: ResolvedRegion | null;
  x: number;
  y: number;
}

export const sourceLine = (s: Source) => `${s.label ?? s.publication}${s.label ? "" : `, ${s.date}`}${s.via ? ", as reported by Global Security Newswire" : ""}`;

/** What is under the pointer: the place, the party responsible in the current proposal, and the source. */
export function Tooltip({ content }: { content: TooltipContent | null }) {
  if (!content) return null;
  const { region } = content;
  return (
    <div className="tooltip" role="status" style={{ left: content.x + 14, top: content.y + 14 }}>
      <strong>{content.place}</strong>
      {region ? (
        <>
          <div className="tooltip__region">{region.label.en}</div>
          <div>
            <Swatch colour={region.party.colour} alt={region.alternativeParty?.colour} />{" "}
            {region.certainty === "ambiguous" && region.alternativeParty
              ? `${region.party.name.en} on one reading, ${region.alternativeParty.name.en} on another`
              : `Responsible: ${region.party.name.en}`}
          </div>
          <div className="tooltip__source">Source: {region.sources.map(sourceLine).join("; ")}</div>
        </>
      ) : (
        <div className="tooltip__region">Not assigned in this proposal</div>
      )}
    </div>
  );
}
