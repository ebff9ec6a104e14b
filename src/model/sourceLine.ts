import type { IsoDate } from "../data/dates";
import { formatDate } from "../i18n/format";
import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { Source } from "./schema";

/**
 * "Interfax II, April 29, as reported by Global Security Newswire", in a language. The publication that reported
 * it is the source named by `via`, looked up in `byId` (Izvestia, reported by RIA Novosti); without `byId`, or
 * when `via` is not in it, nothing is said about the reporter. A report in the same publication (a GSN story
 * cited through another GSN article) says nothing more either.
 * "cited" (the default) names each item as the article cites it, and gives the date of a source without a label
 * of its own (a label already names the day); "plain" names the publications only, for a quotation's line that
 * gives the date itself: "Interfax, as reported by Global Security Newswire".
 */
export function sourceLine(s: Source, lang: Lang, byId?: ReadonlyMap<string, Source>, form: "cited" | "plain" = "cited"): string {
  const via = s.via ? byId?.get(s.via) : undefined;
  // Whether the reporter is another publication is decided on the English names, so that every language says the same.
  const reporter = via && via.publication.en !== s.publication.en ? (form === "plain" ? via.publication : (via.label ?? via.publication)) : undefined;
  const reported = reporter ? strings(lang).sources.asReportedBy(pick(reporter, lang)) : "";
  if (form === "plain") return `${pick(s.publication, lang)}${reported}`;
  const date = !s.label && s.date ? `, ${formatDate(s.date, lang)}` : "";
  return `${pick(s.label ?? s.publication, lang)}${date}${reported}`;
}

/**
 * Who said something, where it was reported and when, each once: "Dmitry Rogozin; Interfax, as reported by
 * Global Security Newswire, 29 April 2011". `who` is already in the reader's language (and may hold commas).
 */
export function attributionLine(who: string, source: Source | undefined, date: IsoDate, lang: Lang, byId?: ReadonlyMap<string, Source>): string {
  const where = source ? `${sourceLine(source, lang, byId, "plain")}, ` : "";
  return `${who}; ${where}${formatDate(date, lang)}`;
}
