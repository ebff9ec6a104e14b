import { pick, type Lang } from "../i18n/lang";
import type { ResolvedModel } from "./resolve";

/** The names of the parts shown as occupied on the model's date, in a language (for the legend). */
export function occupiedPlaces(resolved: ResolvedModel, lang: Lang): string[] {
  return resolved.occupations.map((o) => pick(o.name, lang));
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
