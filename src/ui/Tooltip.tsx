import { useSyncExternalStore } from "react";
import type { Geography } from "../data/geography";
import { countryName } from "../data/reference";
import type { ResolvedModel, ResolvedRegion } from "../model/resolve";
import type { HoverStore } from "./hoverStore";
import type { Source } from "../model/schema";
import { Swatch } from "./Swatch";

export interface TooltipContent {
  place: string;
  region: ResolvedRegion | null;
  x: number;
  y: number;
}

/**
 * "Interfax II, April 29, as reported by Global Security Newswire". The reporting publication is looked up
 * in `byId` when given (Izvestia, reported by RIA Novosti); a report in the same publication says nothing more.
 */
export function sourceLine(s: Source, byId?: ReadonlyMap<string, Source>): string {
  const via = s.via ? byId?.get(s.via) : undefined;
  const reporter = via ? (via.label ?? via.publication) : s.via ? "Global Security Newswire" : undefined;
  const reported = reporter && !reporter.startsWith(s.publication) && s.publication !== "Global Security Newswire" ? `, as reported by ${reporter}` : "";
  return `${s.label ?? s.publication}${s.label ? "" : `, ${s.date}`}${reported}`;
}

/** The tooltip's content for what is under the pointer, or null over open ocean. */
export function tooltipContent(store: HoverStore, views: readonly ResolvedModel[], geography: Geography): TooltipContent | null {
  const hover = store.get();
  if (!hover || hover.area < 0) return null;
  const resolved = views[hover.view];
  if (!resolved) return null;
  const r = resolved.areaRegion[hover.area] ?? -1;
  const isSea = hover.area >= geography.landCount;
  const place = isSea
    ? (geography.ref.seas[hover.area - geography.landCount]?.name.en ?? "")
    : countryName(geography.ref, resolved.pieceCountry[hover.area] ?? "", resolved.date);
  return { place, region: r >= 0 ? resolved.regions[r]! : null, x: hover.clientX, y: hover.clientY };
}

/** What is under the pointer: the place, the party responsible in the current proposal, and the source. */
export function Tooltip({ store, views, geography }: { store: HoverStore; views: readonly ResolvedModel[]; geography: Geography }) {
  useSyncExternalStore(store.subscribe, store.get);
  const content = tooltipContent(store, views, geography);
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
          <div className="tooltip__source">Source: {region.sources.map((s) => sourceLine(s)).join("; ")}</div>
        </>
      ) : (
        <div className="tooltip__region">Not assigned in this proposal</div>
      )}
    </div>
  );
}
