import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { ColourRole } from "../theme";
import { FULL, responsibility, type Emphasis } from "./emphasis";
import type { ResolvedModel, ResolvedRegion } from "./resolve";
import type { Party } from "./schema";

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
    if (r.certainty === "ambiguous" && r.alternativeParty) {
      add({
        id: `disputed-${r.party.id}-${r.alternativeParty.id}`,
        swatches: [swatchOf(r)],
        text: t.disputed(name(r.party), name(r.alternativeParty)),
      });
    } else if (r.countries.length) {
      add({ id: `party-${r.party.id}`, swatches: [swatchOf(r)], text: t.responsible(name(r.party)) });
    }
  }
  for (const r of resolved.regions) {
    if (r.seas.length) add({ id: `sea-${r.party.id}`, swatches: [swatchOf(r, true)], text: t.sea(name(r.party)) });
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
 * "Under NATO's proposal: NATO member states: NATO. Under Russia's proposal: NATO members bordering Russia (disputed): Russia or NATO."
 */
export function differenceLegend(a: ResolvedModel, b: ResolvedModel, emphasis: Emphasis, lang: Lang): LegendEntry[] {
  const t = strings(lang).legend;
  const pairs = new Map<string, LegendEntry>();
  const n = Math.min(a.areaRegion.length, b.areaRegion.length);
  const describe = (r: ResolvedRegion | undefined) =>
    !r
      ? t.diffNotAssigned
      : r.certainty === "ambiguous" && r.alternativeParty
        ? t.diffDisputed(pick(r.label, lang), pick(r.party.name, lang), pick(r.alternativeParty.name, lang))
        : t.diffRegion(pick(r.label, lang), pick(r.party.name, lang));
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
      text: t.difference(proposer(a, lang), describe(ra), proposer(b, lang), describe(rb)),
    });
  }
  return [...pairs.values()];
}
