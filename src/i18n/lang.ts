import type { Text } from "../data/text";

/** The languages of the interface. Every model text carries both (see src/data/text.ts). */
export const LANGS = ["en", "ru"] as const;
export type Lang = (typeof LANGS)[number];

/** The language shown when the URL names none. */
export const DEFAULT_LANG: Lang = "en";

/** True for a language the app has a dictionary for. */
export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/** Each language's name in that language (the language switch shows these, never translated). */
export const LANG_NAMES: Record<Lang, string> = { en: "English", ru: "Русский" };

/** The locale used to format dates and lists in each language. */
export const LOCALES: Record<Lang, string> = { en: "en-GB", ru: "ru-RU" };

/** A model or data text in a language. */
export const pick = (text: Text, lang: Lang): string => text[lang];
