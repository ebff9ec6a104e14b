import { borderingAt, countryAt, occupationAt, type PieceList } from "../data/pieces";
import type { IsoDate } from "../data/dates";
import { membersAt, withTerritories } from "../data/membership";
import { partsOutside, type Reference } from "../data/reference";
import type { Model, Party, Region, Source, Text } from "./schema";

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
  /** For each atlas piece: the country that holds it without recognition on the date (Crimea), or "". */
  pieceOccupier: string[];
  /** The occupied parts on the date (data/border-corrections.json), once each. */
  occupations: Occupation[];
}

/** A part of a country held by another state without recognition, on the model's date. */
export interface Occupation {
  id: string;
  name: Text;
  /** The country it belongs to, and the one that holds it. */
  country: string;
  by: string;
  from: IsoDate;
  /** A short line for the legend and region lists, e.g. "Crimea, Ukrainian territory occupied by Russia since 2014". */
  label: Text;
  note: Text;
}

/** Number of palette entries: one per land piece, then one per sea. */
export const areaCount = (atlas: PieceList, ref: Reference) => atlas.pieces.length + ref.seas.length;

/**
 * The countries a region takes on a date, before other regions have taken theirs: the countries it lists, the
 * members of its groups, kept to the members of its `within` groups and to neighbours of its `bordering`
 * countries. `viaGroup` says which group brought a country in (its own area may leave parts out).
 */
function regionCountries(r: Region, atlas: PieceList, ref: Reference, date: IsoDate, pieceCountry: readonly string[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const c of r.countries) out.set(c, null);
  for (const g of r.groups) for (const c of membersAt(ref, g, date)) if (!out.has(c)) out.set(c, g);
  const keep = (test: (c: string) => boolean) => [...out.keys()].forEach((c) => test(c) || out.delete(c));
  for (const g of r.within) {
    const members = membersAt(ref, g, date);
    keep((c) => members.has(c));
  }
  if (r.bordering.length) {
    const neighbours = borderingAt(atlas, new Set(r.bordering), pieceCountry);
    keep((c) => neighbours.has(c));
  }
  // Territories are shaded with their sovereign (data/territories.json), brought in the same way.
  const states = new Set(out.keys());
  for (const t of withTerritories(ref, states)) if (!out.has(t)) out.set(t, out.get(ref.territories.get(t)!) ?? null);
  return out;
}

/**
 * Resolves a validated model for a date (the model's own date unless given): group membership, dated
 * border corrections, neighbours and territories. A country belongs to the first region (in the model's
 * order, countries listed by code before those taken from groups) that takes it on the date. A part of a
 * member's land outside its group's own area (data/: NATO's treaty area) is not shaded through that group.
 */
export function resolveModel(model: Model, atlas: PieceList, ref: Reference, date: IsoDate = model.date): ResolvedModel {
  const parties = new Map(model.parties.map((p) => [p.id, p]));
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  // Each piece's country on the date, worked out once: regions' neighbours, borders, picking and the text view read it.
  const pieceCountry = atlas.pieces.map((p) => countryAt(p, ref, date));
  const taken = model.regions.map((r) => regionCountries(r, atlas, ref, date, pieceCountry));
  const regionOfCountry = new Map<string, { region: number; group: string | null }>();
  for (const listed of [true, false]) {
    taken.forEach((countries, i) => {
      for (const [c, group] of countries) if ((group === null) === listed && !regionOfCountry.has(c)) regionOfCountry.set(c, { region: i, group });
    });
  }
  const regionOfSea = new Map<string, number>();
  model.regions.forEach((r, i) => r.seas.forEach((s) => regionOfSea.set(s, i)));
  const outside = new Map([...ref.groups.keys()].map((g) => [g, partsOutside(ref, g)]));

  const pieceOccupier = atlas.pieces.map((p) => occupationAt(p, ref, date)?.by ?? "");
  const occupations: Occupation[] = [];
  for (const c of ref.corrections) {
    if (!c.occupied || !(c.occupied.from <= date) || !atlas.pieces.some((p, i) => p.correction === c.id && pieceOccupier[i])) continue;
    occupations.push({ id: c.id, name: c.name ?? { en: c.id, ru: c.id }, country: c.to, by: c.occupied.by, from: c.occupied.from, label: c.occupied.label, note: c.occupied.note });
  }
  const areaRegion = new Int16Array(areaCount(atlas, ref)).fill(-1);
  const shaded = model.regions.map(() => new Set<string>());
  pieceCountry.forEach((code, i) => {
    const hit = regionOfCountry.get(code);
    if (!hit) return;
    const part = atlas.pieces[i]!.part;
    if (hit.group && part && outside.get(hit.group)?.has(part)) return;
    areaRegion[i] = hit.region;
    shaded[hit.region]!.add(code);
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
  return { model, date, regions, areaRegion, pieceCountry, pieceOccupier, occupations };
}
