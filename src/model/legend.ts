import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { ColourRole, SwatchColour } from "../theme";
import { occupiedPlaces } from "./occupation";
import { readingOf } from "./reading";
import { FULL, responsibility, type Emphasis } from "./emphasis";
import type { ResolvedModel, ResolvedRegion } from "./resolve";
import type { Party } from "./schema";

export interface LegendSwatch {
  /** A party's colour, or "land" for unassigned (drawn as the ocean when `sea` is set). */
  colour: ColourRole | "land";
  /** The stripes' colour: the other party's (disputed), unshaded land (a reading), or the occupation hatch. */
  alt?: SwatchColour;
  sea?: boolean;
}

/** One line of a legend: its swatches and its sentence. Shared by the on-screen legend and exported images. */
export interface LegendEntry {
  id: string;
  swatches: LegendSwatch[];
  text: string;
}

/** The key swatch of a region (unassigned land without one), over land or sea. */
export const regionSwatch = (r: ResolvedRegion | undefined, sea = false): LegendSwatch => {
  if (!r) return { colour: "land", sea };
  const reading = readingOf(r);
  return { colour: r.party.colour, alt: reading === "disputed" ? r.alternativeParty!.colour : reading === "reading" ? "land" : undefined, sea };
};

/** The key to one proposal's colours, in a language. */
export function legendEntries(resolved: ResolvedModel, lang: Lang): LegendEntry[] {
  const t = strings(lang).legend;
  const name = (p: Party) => pick(p.name, lang);
  const out: LegendEntry[] = [];
  const seen = new Set<string>();
  const add = (e: LegendEntry) => {
    if (!seen.has(e.id)) out.push(e);
    seen.add(e.id);
  };
  for (const r of resolved.regions) {
    if (!r.countries.length) continue;
    const reading = readingOf(r);
    if (reading === "disputed") {
      add({ id: `disputed-${r.party.id}-${r.alternativeParty!.id}`, swatches: [regionSwatch(r)], text: t.disputed(name(r.party), name(r.alternativeParty!)) });
    } else if (reading === "reading") {
      add({ id: `reading-${r.party.id}`, swatches: [regionSwatch(r)], text: t.reading(name(r.party)) });
    } else {
      add({ id: `party-${r.party.id}`, swatches: [regionSwatch(r)], text: t.responsible(name(r.party)) });
    }
  }
  for (const r of resolved.regions) {
    if (r.seas.length) add({ id: `sea-${r.party.id}`, swatches: [regionSwatch(r, true)], text: t.sea(name(r.party)) });
  }
  const occupied = occupiedPlaces(resolved, lang);
  if (occupied.length) {
    // The hatch is drawn over the colour of the region the occupied land falls in (Ukraine's), as on the globe.
    const piece = resolved.pieceOccupier.findIndex((by) => by !== "");
    const region = resolved.regions[resolved.areaRegion[piece] ?? -1];
    add({ id: "occupied", swatches: [{ colour: region ? region.party.colour : "land", alt: "occupied" }], text: t.occupied(occupied.join("; ")) });
  }
  add({ id: "unassigned", swatches: [{ colour: "land" }], text: t.notAssigned });
  return out;
}

/** The name of the party that made a proposal (its title when the party is unknown), in a language. */
function proposer(resolved: ResolvedModel, lang: Lang): string {
  const p = resolved.model.parties.find((x) => x.id === resolved.model.proposedBy);
  return pick(p?.name ?? resolved.model.title, lang);
}

/** "NATO's proposal" («Предложение: НАТО»), from the party that made it. */
export function proposalName(resolved: ResolvedModel, lang: Lang): string {
  return strings(lang).legend.proposalName(proposer(resolved, lang));
}

/**
 * The key to a differences view, in a language: one sentence per pair of regions that an area moves between, e.g.
 * "Under NATO's proposal: NATO member states: NATO. Under Russia's proposal: NATO members bordering Russia (readings differ): Russia or NATO."
 */
export function differenceLegend(a: ResolvedModel, b: ResolvedModel, emphasis: Emphasis, lang: Lang): LegendEntry[] {
  const t = strings(lang).legend;
  const pairs = new Map<string, LegendEntry>();
  const n = Math.min(a.areaRegion.length, b.areaRegion.length);
  const describe = (r: ResolvedRegion | undefined) => {
    if (!r) return t.diffNotAssigned;
    const reading = readingOf(r);
    if (reading === "disputed") return t.diffDisputed(pick(r.label, lang), pick(r.party.name, lang), pick(r.alternativeParty!.name, lang));
    if (reading === "reading") return t.diffReading(pick(r.label, lang), pick(r.party.name, lang));
    return t.diffRegion(pick(r.label, lang), pick(r.party.name, lang));
  };
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
      swatches: [regionSwatch(ra, sea), regionSwatch(rb, sea)],
      text: t.difference(proposer(a, lang), describe(ra), proposer(b, lang), describe(rb)),
    });
  }
  return [...pairs.values()];
}
