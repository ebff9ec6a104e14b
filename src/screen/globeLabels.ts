import type { Geography } from "../data/geography";
import { countryName } from "../data/reference";
import { areaCentroid } from "../geo/areaCentroid";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import type { Vec3 } from "../geo/units";
import { pick, type Lang } from "../i18n/lang";
import { FULL, type Emphasis } from "../model/emphasis";
import type { ResolvedModel } from "../model/resolve";
import type { ColourRole } from "../theme";

/** A name the globe may write: a party on its own land, a country, or a sea. Where and whether it shows is settled when it is drawn (see labelPlacement). */
export interface GlobeLabel {
  id: string;
  kind: "party" | "country" | "sea";
  text: string;
  /** A party's colour role, for its swatch. */
  colour?: ColourRole;
  /** Points the name may be written at, on the globe (scene units), with the clear radius around each (radians). */
  anchors: readonly { at: Vec3; clearance: number }[];
  /**
   * Angular radius (radians) of a circle as large as the area: small countries are named only when the camera comes
   * close, and a sea too small to hold its name yields to the shaded countries (see chooseLabels). 0 for parties.
   */
  size: number;
  /** Importance, lower first: 0 parties, 1 the model's seas, 2 the countries in full colour, 3 other shaded countries, 4 their neighbours and other seas, 5 the rest. */
  rank: number;
}

/** Radius the labels' points are lifted to, just above the land and its lines. */
const LABEL_RADIUS = 1.006;

const DEG = Math.PI / 180;

/**
 * The names a globe may write, most important first (by rank, then larger areas first): one per party with land of
 * its own in the model, on that land near the model's framing; every sea area; every country, in `lang` and as named
 * on the model's date. Worked out once per resolved model, emphasis and language.
 */
export function globeLabels(resolved: ResolvedModel, emphasis: Emphasis, geography: Geography, lang: Lang): readonly GlobeLabel[] {
  let byKey = cache.get(resolved);
  if (!byKey) cache.set(resolved, (byKey = new Map()));
  let byLang = byKey.get(emphasis);
  if (!byLang) byKey.set(emphasis, (byLang = new Map()));
  let labels = byLang.get(lang);
  if (!labels) byLang.set(lang, (labels = computeLabels(resolved, emphasis, geography, lang)));
  return labels;
}

const cache = new WeakMap<ResolvedModel, Map<Emphasis, Map<Lang, readonly GlobeLabel[]>>>();
const pieceAreas = new WeakMap<Geography, Float64Array>();

/** Each palette entry's area in steradians, summed from the drawn triangles (once per geography). */
function areasOf(geography: Geography): Float64Array {
  const known = pieceAreas.get(geography);
  if (known) return known;
  const out = new Float64Array(geography.paletteWidth);
  for (const fill of [geography.land, geography.seas]) {
    const { positions: p, indices, area } = fill;
    for (let t = 0; t < indices.length; t += 3) {
      const a = indices[t]! * 3, b = indices[t + 1]! * 3, c = indices[t + 2]! * 3;
      const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!;
      const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!;
      const r2 = p[a]! * p[a]! + p[a + 1]! * p[a + 1]! + p[a + 2]! * p[a + 2]!;
      out[area[indices[t]!]!]! += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2 / r2;
    }
  }
  pieceAreas.set(geography, out);
  return out;
}

function computeLabels(resolved: ResolvedModel, emphasis: Emphasis, geography: Geography, lang: Lang): GlobeLabel[] {
  const { ref, landCount } = geography;
  const areas = areasOf(geography);
  const region = (i: number) => resolved.areaRegion[i] ?? -1;
  const full = (i: number) => region(i) >= 0 && (!emphasis || emphasis[i] === FULL);
  const out: GlobeLabel[] = [];

  const parties = partyLabels(resolved, geography, lang);
  out.push(...parties);

  // Countries, from their pieces on the model's date.
  const countries = new Map<string, { pieces: number[]; area: number }>();
  resolved.pieceCountry.forEach((code, i) => {
    const c = countries.get(code) ?? { pieces: [], area: 0 };
    c.pieces.push(i);
    c.area += areas[i]!;
    countries.set(code, c);
  });
  const shaded = new Set<string>();
  const inFull = new Set<string>();
  for (const [code, c] of countries) {
    if (c.pieces.some((i) => region(i) >= 0)) shaded.add(code);
    if (c.pieces.some(full)) inFull.add(code);
  }
  const neighbours = new Set<string>();
  for (const p of geography.atlas.pieces) {
    const code = resolved.pieceCountry[p.index]!;
    if (!shaded.has(code)) continue;
    for (const n of p.neighbours ?? []) neighbours.add(resolved.pieceCountry[n]!);
  }
  const partyNames = new Set(parties.map((p) => p.text));
  const points = new Map<number, { at: Vec3; clearance: number }[]>();
  for (const l of geography.labelPoints) {
    const list = points.get(l.piece) ?? [];
    list.push({ at: lonLatToXyz(l.lon, l.lat, LABEL_RADIUS), clearance: l.clearance * DEG });
    points.set(l.piece, list);
  }
  for (const [code, c] of countries) {
    const text = countryName(ref, code, resolved.date, lang);
    if (partyNames.has(text)) continue; // the party's own label names it ("Russia")
    const anchors = c.pieces.flatMap((i) => points.get(i) ?? []).sort((a, b) => b.clearance - a.clearance);
    if (!anchors.length) continue;
    // Islands and slivers far smaller than the country's main part are not places to name it.
    const best = anchors[0]!.clearance;
    const kept = anchors.filter((a) => a.clearance >= Math.min(best * 0.3, 3 * DEG));
    const rank = inFull.has(code) ? 2 : shaded.has(code) ? 3 : neighbours.has(code) ? 4 : 5;
    out.push({ id: `country-${code}`, kind: "country", text, anchors: kept, size: Math.sqrt(c.area / Math.PI), rank });
  }

  ref.seas.forEach((sea, s) => {
    const i = landCount + s;
    const at = sea.labelAt;
    out.push({
      id: `sea-${sea.id}`,
      kind: "sea",
      text: pick(sea.name, lang),
      anchors: [{ at: lonLatToXyz(at[0], at[1], LABEL_RADIUS), clearance: 0 }],
      size: Math.sqrt(areas[i]! / Math.PI),
      rank: full(i) ? 1 : 4,
    });
  });
  return out.sort((a, b) => a.rank - b.rank || b.size - a.size);
}

/**
 * Each party with land clearly its own in the model, named on that land: at the label point of its country nearest
 * the centre of its land near the model's framing (so NATO is named on a member, never on a neutral state between).
 */
function partyLabels(resolved: ResolvedModel, geography: Geography, lang: Lang): GlobeLabel[] {
  const { lon, lat } = resolved.model.view;
  const focus = lonLatToXyz(lon, lat, 1);
  const { positions, indices, area } = geography.land;
  const out: GlobeLabel[] = [];
  for (const party of resolved.model.parties) {
    const own = (a: number) => {
      const r = resolved.areaRegion[a] ?? -1;
      return a < geography.landCount && r >= 0 && resolved.regions[r]!.party.id === party.id && resolved.regions[r]!.certainty === "clear";
    };
    const centre = areaCentroid(positions, indices, area, own, focus, 30) ?? areaCentroid(positions, indices, area, own, focus, 180);
    if (!centre) continue;
    const c = lonLatToXyz(centre[0], centre[1], 1);
    let best: { at: Vec3; clearance: number } | null = null;
    let bestScore = -Infinity;
    for (const l of geography.labelPoints) {
      if (!own(l.piece) || l.clearance < 0.4) continue;
      const p = lonLatToXyz(l.lon, l.lat, 1);
      // Near the centre, and deep inside its country.
      const score = p[0] * c[0] + p[1] * c[1] + p[2] * c[2] + 0.01 * Math.min(l.clearance, 4);
      if (score > bestScore) {
        bestScore = score;
        best = { at: lonLatToXyz(l.lon, l.lat, LABEL_RADIUS), clearance: l.clearance * DEG };
      }
    }
    if (best) out.push({ id: `party-${party.id}`, kind: "party", text: pick(party.name, lang), colour: party.colour, anchors: [best], size: 0, rank: 0 });
  }
  return out;
}
