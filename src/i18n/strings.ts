import { en, type Strings } from "./en";
import type { Lang } from "./lang";
import { ru } from "./ru";

export type { Strings };

/** Every dictionary, by language. */
export const DICTIONARIES: Record<Lang, Strings> = { en, ru };

/** The interface strings of a language. */
export const strings = (lang: Lang): Strings => DICTIONARIES[lang];
