import { useSyncExternalStore } from "react";
import type { Geography } from "../data/geography";
import { countryName, seaName } from "../data/reference";
import { useI18n } from "../i18n/I18nContext";
import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
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

/** The article every source without a known reporter is cited through. */
const ARTICLE_PUBLICATION = "Global Security Newswire";

/**
 * "Interfax II, April 29, as reported by Global Security Newswire", in a language. The reporting publication is
 * looked up in `byId` when given (Izvestia, reported by RIA Novosti); a report in the same publication says nothing more.
 */
export function sourceLine(s: Source, lang: Lang, byId?: ReadonlyMap<string, Source>): string {
  const via = s.via ? byId?.get(s.via) : undefined;
  // Which publication reported it is decided on the English names, so that every language says the same.
  const reporter = via ? (via.label ?? via.publication) : undefined;
  const reporterEn = reporter?.en ?? (s.via ? ARTICLE_PUBLICATION : undefined);
  const reported =
    reporterEn && !reporterEn.startsWith(s.publication.en) && s.publication.en !== ARTICLE_PUBLICATION
      ? strings(lang).sources.asReportedBy(reporter ? pick(reporter, lang) : ARTICLE_PUBLICATION)
      : "";
  return `${pick(s.label ?? s.publication, lang)}${s.label ? "" : `, ${s.date}`}${reported}`;
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
  const place = isSea
    ? (sea ? seaName(geography.ref, sea.id, lang) : "")
    : countryName(geography.ref, resolved.pieceCountry[hover.area] ?? "", resolved.date, lang);
  return { place, region: r >= 0 ? resolved.regions[r]! : null, x: hover.clientX, y: hover.clientY };
}

/** What is under the pointer: the place, the party responsible in the current proposal, and the source. */
export function Tooltip({ store, views, geography }: { store: HoverStore; views: readonly ResolvedModel[]; geography: Geography }) {
  const { lang, t, text } = useI18n();
  useSyncExternalStore(store.subscribe, store.get);
  const content = tooltipContent(store, views, geography, lang);
  if (!content) return null;
  const { region } = content;
  return (
    <div className="tooltip" role="status" style={{ left: content.x + 14, top: content.y + 14 }}>
      <strong>{content.place}</strong>
      {region ? (
        <>
          <div className="tooltip__region">{text(region.label)}</div>
          <div>
            <Swatch colour={region.party.colour} alt={region.alternativeParty?.colour} />{" "}
            {region.certainty === "ambiguous" && region.alternativeParty
              ? t.tooltip.readings(text(region.party.name), text(region.alternativeParty.name))
              : t.tooltip.responsible(text(region.party.name))}
          </div>
          <div className="tooltip__source">
            {t.sources.source} {region.sources.map((s) => sourceLine(s, lang)).join("; ")}
          </div>
        </>
      ) : (
        <div className="tooltip__region">{t.tooltip.notAssigned}</div>
      )}
    </div>
  );
}
