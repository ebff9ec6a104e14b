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
  /** Id of the land part (data/: a group's area) that this piece is, when the atlas split it off for one. */
  part?: string;
  /** Palette indices of the land pieces that share a land border with this one in Natural Earth. */
  neighbours?: readonly number[];
}

/** The land pieces in palette order. */
export interface PieceList {
  pieces: readonly PieceInfo[];
}

/** The country a piece belongs to on a date, after the dated border corrections. */
export function countryAt(piece: PieceInfo, ref: Reference, date: IsoDate): string {
  if (!piece.correction) return piece.country;
  const c = ref.corrections.find((x) => x.id === piece.correction);
  return c && (c.until === undefined || date < c.until) ? c.to : piece.country;
}

/** Who holds a piece on a date without that being recognised (data/border-corrections.json), if anyone. */
export function occupationAt(piece: PieceInfo, ref: Reference, date: IsoDate): { by: string; from: IsoDate; correction: string } | undefined {
  if (!piece.correction) return undefined;
  const c = ref.corrections.find((x) => x.id === piece.correction);
  return c?.occupied && c.occupied.from <= date ? { by: c.occupied.by, from: c.occupied.from, correction: c.id } : undefined;
}

/**
 * Who a piece's land is drawn as belonging to on a date, for its borders: its country, and for land held by
 * another state without recognition the holder too ("UKR/RUS"), so that the line of control is drawn.
 */
export function borderOwnerAt(piece: PieceInfo, ref: Reference, date: IsoDate): string {
  const occupied = occupationAt(piece, ref, date);
  return occupied ? `${countryAt(piece, ref, date)}/${occupied.by}` : countryAt(piece, ref, date);
}

/**
 * Countries that share a land border with any of `countries` on a date (pieces' neighbours, after corrections):
 * `owner` gives each piece's country on that date (countryAt), worked out once by the caller.
 */
export function borderingAt(list: PieceList, countries: ReadonlySet<string>, owner: readonly string[]): Set<string> {
  const out = new Set<string>();
  list.pieces.forEach((p, i) => {
    if (!countries.has(owner[i]!)) return;
    for (const n of p.neighbours ?? []) if (!countries.has(owner[n]!)) out.add(owner[n]!);
  });
  return out;
}
