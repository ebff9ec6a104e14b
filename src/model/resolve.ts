import { countryAt, type PieceList } from "../data/pieces";
import type { IsoDate } from "../data/dates";
import { membersAt, withTerritories } from "../data/membership";
import type { Reference } from "../data/reference";
import type { Model, Party, Source, Text } from "./schema";

export interface ResolvedRegion {
  id: string;
  label: Text;
  party: Party;
  certainty: "clear" | "ambiguous";
  alternativeParty?: Party;
  note: Text;
  sources: Source[];
  /** Country codes shaded for this region on the date, sorted. */
  countries: string[];
  seas: string[];
}

/** A model tied to a date and to the geography: which region each palette entry (land piece or sea) falls in. */
export interface ResolvedModel {
  model: Model;
  date: IsoDate;
  regions: ResolvedRegion[];
  /** For each palette entry (atlas pieces first, then seas in data order): index into regions, or -1. */
  areaRegion: Int16Array;
  /** Country code of each atlas piece on the date. */
  pieceCountry: string[];
}

/** Number of palette entries: one per land piece, then one per sea. */
export const areaCount = (atlas: PieceList, ref: Reference) => atlas.pieces.length + ref.seas.length;

/**
 * Resolves a validated model for a date (the model's own date unless given): group membership, dated
 * border corrections and territories. A country listed by code in a region belongs to that region;
 * otherwise it belongs to the first region whose groups include it on the date.
 */
export function resolveModel(model: Model, atlas: PieceList, ref: Reference, date: IsoDate = model.date): ResolvedModel {
  const parties = new Map(model.parties.map((p) => [p.id, p]));
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  const regionOfCountry = new Map<string, number>();
  model.regions.forEach((r, i) => {
    for (const c of withTerritories(ref, new Set(r.countries))) if (!regionOfCountry.has(c)) regionOfCountry.set(c, i);
  });
  model.regions.forEach((r, i) => {
    for (const g of r.groups) {
      for (const c of withTerritories(ref, membersAt(ref, g, date))) if (!regionOfCountry.has(c)) regionOfCountry.set(c, i);
    }
  });
  const regionOfSea = new Map<string, number>();
  model.regions.forEach((r, i) => r.seas.forEach((s) => regionOfSea.set(s, i)));

  const pieceCountry = atlas.pieces.map((p) => countryAt(p, ref, date));
  const areaRegion = new Int16Array(areaCount(atlas, ref)).fill(-1);
  const shaded = model.regions.map(() => new Set<string>());
  pieceCountry.forEach((code, i) => {
    const r = regionOfCountry.get(code);
    if (r === undefined) return;
    areaRegion[i] = r;
    shaded[r]!.add(code);
  });
  ref.seas.forEach((s, i) => {
    const r = regionOfSea.get(s.id);
    if (r !== undefined) areaRegion[atlas.pieces.length + i] = r;
  });

  const regions = model.regions.map((r, i): ResolvedRegion => {
    const party = parties.get(r.party);
    if (!party) throw new Error(`${model.id}: region ${r.id}: unknown party "${r.party}"`);
    const alternativeParty = r.alternativeParty ? parties.get(r.alternativeParty) : undefined;
    return {
      id: r.id,
      label: r.label,
      party,
      certainty: r.certainty,
      alternativeParty,
      note: r.note,
      sources: r.sources.map((s) => sources.get(s)).filter((s): s is Source => !!s),
      countries: [...shaded[i]!].sort(),
      seas: r.seas,
    };
  });
  return { model, date, regions, areaRegion, pieceCountry };
}
