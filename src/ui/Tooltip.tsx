import { useSyncExternalStore } from "react";
import type { Geography } from "../data/geography";
import { countryName, seaName } from "../data/reference";
import { useI18n } from "../i18n/I18nContext";
import { type Lang } from "../i18n/lang";
import type { ResolvedModel, ResolvedRegion } from "../model/resolve";
import type { Source } from "../model/schema";
import type { HoverStore } from "./hoverStore";
import { regionSwatch } from "../model/legend";
import { occupationOfPiece } from "../model/occupation";
import { readingOf } from "../model/reading";
import { sourceLine } from "../model/sourceLine";
import { Swatch } from "./Swatch";


export interface TooltipContent {
  place: string;
  /** For land held by another state without recognition (Crimea): what it is. */
  occupied?: string;
  region: ResolvedRegion | null;
  /** The sources of the model shown, by id: where the region's sources were reported (see sourceLine). */
  sources: ReadonlyMap<string, Source>;
  x: number;
  y: number;
}

/** The tooltip's content for what is under the pointer, in a language, or null over open ocean. */
export function tooltipContent(store: HoverStore, views: readonly ResolvedModel[], geography: Geography, lang: Lang): TooltipContent | null {
  const hover = store.get();
  if (!hover || hover.area < 0) return null;
  const resolved = views[hover.view];
  if (!resolved) return null;
  const r = resolved.areaRegion[hover.area] ?? -1;
  const isSea = hover.area >= geography.landCount;
  const sea = geography.ref.seas[hover.area - geography.landCount];
  const country = isSea ? "" : countryName(geography.ref, resolved.pieceCountry[hover.area] ?? "", resolved.date, lang);
  const occupation = isSea ? undefined : occupationOfPiece(resolved, hover.area, lang);
  const place = isSea ? (sea ? seaName(geography.ref, sea.id, lang) : "") : occupation ? `${occupation.place} (${country})` : country;
  const sources = new Map(resolved.model.sources.map((s) => [s.id, s]));
  return { place, occupied: occupation?.note, region: r >= 0 ? resolved.regions[r]! : null, sources, x: hover.clientX, y: hover.clientY };
}

/** What is under the pointer: the place, the party responsible in the current proposal, and the source. */
export function Tooltip({ store, views, geography }: { store: HoverStore; views: readonly ResolvedModel[]; geography: Geography }) {
  const { lang, t, text } = useI18n();
  useSyncExternalStore(store.subscribe, store.get);
  const content = tooltipContent(store, views, geography, lang);
  if (!content) return null;
  const { region } = content;
  const reading = region ? readingOf(region) : "stated";
  const swatch = region ? regionSwatch(region) : { colour: "land" as const };
  return (
    <div className="tooltip" role="status" style={{ left: content.x + 14, top: content.y + 14 }}>
      <strong>{content.place}</strong>
      {content.occupied && <div className="tooltip__occupied">{content.occupied}</div>}
      {region ? (
        <>
          <div className="tooltip__region">{text(region.label)}</div>
          <div>
            <Swatch colour={swatch.colour} alt={swatch.alt} />{" "}
            {reading === "disputed"
              ? t.tooltip.readings(text(region.party.name), text(region.alternativeParty!.name))
              : reading === "reading"
                ? t.tooltip.reading(text(region.party.name))
                : t.tooltip.responsible(text(region.party.name))}
          </div>
          <div className="tooltip__source">
            {t.sources.source} {region.sources.map((s) => sourceLine(s, lang, content.sources)).join("; ")}
          </div>
        </>
      ) : (
        <div className="tooltip__region">{t.tooltip.notAssigned}</div>
      )}
    </div>
  );
}
