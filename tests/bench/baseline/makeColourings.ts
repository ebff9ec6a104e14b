/**
 * Writes the baseline page's colourings (tests/bench/.baseline-public/colourings.json): for each Natural
 * Earth country of world-atlas's countries-50m.json (feature properties.name), its land colour in each of
 * the two proposals, worked out by the app's own code (models/, the reference data, resolveModel and the
 * party colours). Countries no region takes keep the app's neutral land colour.
 * Run: npx tsx tests/bench/baseline/makeColourings.ts [out.json]
 */
import "../../../src/zodConfig";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { GeometryCollection, Topology } from "topojson-specification";
import topology from "world-atlas/countries-50m.json";
import { buildAtlas } from "../../../src/data/atlas";
import { readReference } from "../../../src/data/readReference";
import { loadModels } from "../../../src/model/loadModels";
import { resolveModel } from "../../../src/model/resolve";
import { LIGHT } from "../../../src/theme";

// The baseline is drawn in the light theme, as the app is measured in it.
const THEME = LIGHT;
const PARTY_COLOURS = LIGHT.parties;

/** The proposals the bench switches between, in the order the baseline's button cycles through them. */
export const PROPOSALS = ["nato-two-systems", "russia-sectors"] as const;

export interface Colourings {
  /** Proposal ids, in order. */
  proposals: string[];
  /** Colour of land no region takes. */
  land: string;
  /** Natural Earth name → colour in each proposal (same order as proposals). */
  colours: Record<string, string[]>;
}

export function makeColourings(): Colourings {
  const ref = readReference();
  const topo = topology as unknown as Topology;
  const atlas = buildAtlas(topo, ref);
  const files = Object.fromEntries(PROPOSALS.map((id) => [`models/${id}.json`, readFileSync(`models/${id}.json`, "utf8")]));
  const loaded = loadModels(files, ref);
  if (loaded.errors.length) throw new Error(loaded.errors.join("\n"));

  const codeOfName = new Map([...ref.countries.values()].map((c) => [c.atlasName, c.code]));
  const colours: Record<string, string[]> = {};
  for (const g of (topo.objects.countries as GeometryCollection).geometries) {
    const name = (g.properties as { name?: string } | undefined)?.name;
    if (name) colours[name] = [];
  }
  for (const id of PROPOSALS) {
    const model = loaded.models.find((m) => m.id === id);
    if (!model) throw new Error(`models/${id}.json did not load`);
    const resolved = resolveModel(model, atlas, ref);
    // The colour of a country is that of its main piece (the one keyed by its code; split-off parts such as
    // Crimea are drawn with the country Natural Earth puts them in, as the baseline has no such parts).
    const colourOfCode = new Map<string, string>();
    for (const piece of atlas.pieces) {
      if (piece.key !== piece.country) continue;
      const r = resolved.areaRegion[piece.index] ?? -1;
      colourOfCode.set(piece.country, r >= 0 ? PARTY_COLOURS[resolved.regions[r]!.party.colour] : THEME.land);
    }
    for (const name of Object.keys(colours)) colours[name]!.push(colourOfCode.get(codeOfName.get(name) ?? "") ?? THEME.land);
  }
  return { proposals: [...PROPOSALS], land: THEME.land, colours };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? "tests/bench/.baseline-public/colourings.json";
  const c = makeColourings();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(c));
  const coloured = PROPOSALS.map((_, i) => Object.values(c.colours).filter((v) => v[i] !== c.land).length);
  console.log(`${out}: ${Object.keys(c.colours).length} countries; coloured: ${PROPOSALS.map((p, i) => `${p} ${coloured[i]}`).join(", ")}`);
}
