import type { IsoDate } from "./dates";
import type { Reference } from "./reference";

/**
 * A piece of land drawn as one palette entry: a whole country feature of Natural Earth, or the part of
 * one that a dated border correction moves (Crimea). Pieces never change; which country a piece belongs
 * to depends on the date (countryAt), so a change of date changes colours and borders, not the land mesh.
 */
export interface PieceInfo {
  /** Palette index of the piece. */
  index: number;
  /** Stable key: the country code, or code/correction for a split-off part. */
  key: string;
  /** Country the piece belongs to in Natural Earth (today's de facto borders). */
  country: string;
  /** Id of the border correction that may move this piece to another country. */
  correction?: string;
}

/** The land pieces in palette order. */
export interface PieceList {
  pieces: readonly PieceInfo[];
}

/** The country a piece belongs to on a date, after the dated border corrections. */
export function countryAt(piece: PieceInfo, ref: Reference, date: IsoDate): string {
  if (!piece.correction) return piece.country;
  const c = ref.corrections.find((x) => x.id === piece.correction);
  return c && date < c.until ? c.to : piece.country;
}
