import type { ResolvedModel } from "./resolve";

/** How an area is drawn: hidden (as if unassigned), faded towards the background, or in full colour. */
export const HIDDEN = 0;
export const FADED = 1;
export const FULL = 2;

/** Emphasis per palette entry; null draws everything in full. */
export type Emphasis = Uint8Array | null;

/** Who is responsible for an area in a proposal, as a comparable key ("" when unassigned). */
export function responsibility(resolved: ResolvedModel, area: number): string {
  const r = resolved.areaRegion[area] ?? -1;
  if (r < 0) return "";
  const region = resolved.regions[r]!;
  return region.certainty === "ambiguous" && region.alternativeParty ? `${region.party.id}|${region.alternativeParty.id}` : region.party.id;
}

/** Areas whose responsible party differs between two proposals in full, the others hidden. */
export function differenceEmphasis(a: ResolvedModel, b: ResolvedModel): Uint8Array {
  const n = Math.max(a.areaRegion.length, b.areaRegion.length);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = responsibility(a, i) === responsibility(b, i) ? HIDDEN : FULL;
  return out;
}

/** The areas of the given regions in full, the rest faded; null (everything in full) when no region is named. */
export function regionEmphasis(resolved: ResolvedModel, regionIds: readonly string[]): Emphasis {
  if (!regionIds.length) return null;
  const wanted = new Set(regionIds);
  const out = new Uint8Array(resolved.areaRegion.length);
  resolved.areaRegion.forEach((r, i) => {
    out[i] = r >= 0 && wanted.has(resolved.regions[r]!.id) ? FULL : FADED;
  });
  return out;
}

/** Both at once: the stronger restriction wins per area. */
export function combineEmphasis(a: Emphasis, b: Emphasis): Emphasis {
  if (!a) return b;
  if (!b) return a;
  return a.map((v, i) => Math.min(v, b[i] ?? FULL));
}
