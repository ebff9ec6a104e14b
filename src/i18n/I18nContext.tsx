import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { IsoDate } from "../data/dates";
import type { Text } from "../data/text";
import { formatDate } from "./format";
import { DEFAULT_LANG, pick, type Lang } from "./lang";
import { strings, type Strings } from "./strings";

/** The interface language: its dictionary, and model texts and dates in it. */
export interface I18n {
  lang: Lang;
  t: Strings;
  /** A model or data text in this language. */
  text: (text: Text) => string;
  /** A date written out in this language. */
  date: (iso: IsoDate) => string;
}

/** A message written when it is shown, so that it follows the interface language (notices). */
export type Message = (i18n: I18n) => string;

/** Everything a component needs to speak a language. */
export function i18nFor(lang: Lang): I18n {
  return { lang, t: strings(lang), text: (text) => pick(text, lang), date: (iso) => formatDate(iso, lang) };
}

export const I18nContext = createContext<I18n>(i18nFor(DEFAULT_LANG));

/** Gives the components below it the interface language. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => i18nFor(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The interface language of the nearest provider: `{ lang, t, text, date }`. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
