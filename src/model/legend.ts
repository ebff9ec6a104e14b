import type { ColourRole } from "../theme";
import { FULL, responsibility, type Emphasis } from "./emphasis";
import type { ResolvedModel, ResolvedRegion } from "./resolve";

export interface LegendSwatch {
  /** A party's colour, or "land" for unassigned (drawn as the ocean when `sea` is set). */
  colour: ColourRole | "land";
  alt?: ColourRole;
  sea?: boolean;
}

/** One line of a legend: its swatches and its sentence. Shared by the on-screen legend and exported images. */
export interface LegendEntry {
  id: string;
  swatches: LegendSwatch[];
  text: string;
}

const swatchOf = (r: ResolvedRegion | undefined, sea = false): LegendSwatch =>
  r ? { colour: r.party.colour, alt: r.certainty === "ambiguous" ? r.alternativeParty?.colour : undefined, sea } : { colour: "land", sea };

/** The key to one proposal's colours. */
export function legendEntries(resolved: ResolvedModel): LegendEntry[] {
  const out: LegendEntry[] = [];
  const seen = new Set<string>();
  const add = (e: LegendEntry) => {
    if (!seen.has(e.id)) out.push(e);
    seen.add(e.id);
  };
  for (const r of resolved.regions) {
    if (r.certainty === "ambiguous" && r.alternativeParty) {
      add({
        id: `disputed-${r.party.id}-${r.alternativeParty.id}`,
        swatches: [swatchOf(r)],
        text: `Disputed: ${r.party.name.en} on one reading, ${r.alternativeParty.name.en} on another`,
      });
    } else if (r.countries.length) {
      add({ id: `party-${r.party.id}`, swatches: [swatchOf(r)], text: `${r.party.name.en} responsible` });
    }
  }
  for (const r of resolved.regions) {
    if (r.seas.length) add({ id: `sea-${r.party.id}`, swatches: [swatchOf(r, true)], text: `Sea area in ${r.party.name.en}'s charge` });
  }
  add({ id: "unassigned", swatches: [{ colour: "land" }], text: "Not assigned in this proposal" });
  return out;
}

/** "NATO's proposal", from the party that made it. */
export function proposalName(resolved: ResolvedModel): string {
  const p = resolved.model.parties.find((x) => x.id === resolved.model.proposedBy);
  return `${p?.name.en ?? resolved.model.title.en}'s proposal`;
}

/**
 * The key to a differences view: one sentence per pair of regions that an area moves between, e.g.
 * "Under NATO's proposal: NATO member states (NATO). Under Russia's proposal: NATO members bordering Russia (disputed)."
 */
export function differenceLegend(a: ResolvedModel, b: ResolvedModel, emphasis: Emphasis): LegendEntry[] {
  const pairs = new Map<string, LegendEntry>();
  const n = Math.min(a.areaRegion.length, b.areaRegion.length);
  const describe = (r: ResolvedRegion | undefined) =>
    !r
      ? "not assigned"
      : r.certainty === "ambiguous" && r.alternativeParty
        ? `${r.label.en}: ${r.party.name.en} or ${r.alternativeParty.name.en}`
        : `${r.label.en}: ${r.party.name.en}`;
  for (let i = 0; i < n; i++) {
    if (emphasis && emphasis[i] !== FULL) continue;
    if (responsibility(a, i) === responsibility(b, i)) continue;
    const ra = a.regions[a.areaRegion[i]!];
    const rb = b.regions[b.areaRegion[i]!];
    const key = `${ra?.id ?? "-"}/${rb?.id ?? "-"}`;
    if (pairs.has(key)) continue;
    const sea = i >= a.pieceCountry.length;
    pairs.set(key, {
      id: `diff-${key}`,
      swatches: [swatchOf(ra, sea), swatchOf(rb, sea)],
      text: `Under ${proposalName(a)}: ${describe(ra)}. Under ${proposalName(b)}: ${describe(rb)}.`,
    });
  }
  return [...pairs.values()];
}
