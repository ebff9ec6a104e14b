import { formatDate } from "../i18n/format";
import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { Source } from "./schema";

/** The article every source without a known reporter is cited through. */
const ARTICLE_PUBLICATION = "Global Security Newswire";

/**
 * "Interfax II, April 29, as reported by Global Security Newswire", in a language. The reporting publication is
 * looked up in `byId` when given (Izvestia, reported by RIA Novosti); a report in the same publication says nothing more.
 * With `dated`, a source without a label of its own (which already names its day) is followed by its date.
 */
export function sourceLine(s: Source, lang: Lang, byId?: ReadonlyMap<string, Source>, dated = true): string {
  const via = s.via ? byId?.get(s.via) : undefined;
  // Which publication reported it is decided on the English names, so that every language says the same.
  const reporter = via ? (via.label ?? via.publication) : undefined;
  const reporterEn = reporter?.en ?? (s.via ? ARTICLE_PUBLICATION : undefined);
  const reported =
    reporterEn && !reporterEn.startsWith(s.publication.en) && s.publication.en !== ARTICLE_PUBLICATION
      ? strings(lang).sources.asReportedBy(reporter ? pick(reporter, lang) : ARTICLE_PUBLICATION)
      : "";
  const date = dated && !s.label && s.date ? `, ${formatDate(s.date, lang)}` : "";
  return `${pick(s.label ?? s.publication, lang)}${date}${reported}`;
}
