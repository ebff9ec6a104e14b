import type { IsoDate } from "../data/dates";
import { LOCALES, type Lang } from "./lang";
import { strings } from "./strings";

const at = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

/** A date written out: "3 May 2011", «3 мая 2011 г.». */
// Building a date formatter is slow (it loads locale data): each one is made once and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (lang: Lang, kind: "date" | "dayMonth") => {
  const key = `${lang}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === "date" ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: lang === "ru" ? "long" : "short", timeZone: "UTC" };
    formatters.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], options)));
  }
  return f;
};

export function formatDate(iso: IsoDate, lang: Lang): string {
  return formatter(lang, "date").format(at(iso));
}

/** A day and month: "3 May", «3 мая». */
export function formatDayMonth(iso: IsoDate, lang: Lang): string {
  return formatter(lang, "dayMonth").format(at(iso));
}

/** A timeline date: "3 May 2011", a span "2 May – 5 May 2011", or "around 26 May – 27 May 2011". */
export function formatSpan(date: IsoDate, endDate: IsoDate | undefined, approximate: boolean, lang: Lang): string {
  // Within one month the day is enough on the left: "2–5 May 2011" («2–5 мая 2011 г.»).
  const sameMonth = endDate !== undefined && endDate.slice(0, 7) === date.slice(0, 7);
  const text =
    endDate && endDate !== date
      ? sameMonth
        ? `${Number(date.slice(8, 10))}–${formatDate(endDate, lang)}`
        : `${formatDayMonth(date, lang)} – ${formatDate(endDate, lang)}`
      : formatDate(date, lang);
  return approximate ? strings(lang).timeline.around(text) : text;
}

/** "A", "A and B", "A, B and C" (in Russian «A, B и C»). */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${strings(lang).words.and} ${items[items.length - 1]}`;
}
