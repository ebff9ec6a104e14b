import { pick, type Lang } from "../i18n/lang";
import type { ResolvedModel } from "./resolve";

/** What the parts shown as occupied on the model's date are, one short line each, in a language (for the legend). */
export function occupiedPlaces(resolved: ResolvedModel, lang: Lang): string[] {
  return resolved.occupations.map((o) => pick(o.label, lang));
}

/** The occupied parts of a country on the model's date, one short line each (for the region list after the country). */
export function occupiedPartsOf(resolved: ResolvedModel, country: string, lang: Lang): string[] {
  return resolved.occupations.filter((o) => o.country === country).map((o) => pick(o.label, lang));
}

/**
 * What the tooltip and the text view say of an occupied land piece, in a language, e.g. "Crimea" and
 * "Ukrainian territory occupied and annexed by Russia in 2014, …"; undefined for a piece nobody occupies.
 */
export function occupationOfPiece(resolved: ResolvedModel, piece: number, lang: Lang): { place: string; note: string } | undefined {
  if (!resolved.pieceOccupier[piece]) return undefined;
  const o = resolved.occupations.find((x) => x.country === resolved.pieceCountry[piece] && x.by === resolved.pieceOccupier[piece]);
  return o ? { place: pick(o.name, lang), note: pick(o.note, lang) } : undefined;
}
