import type { Geography } from "../data/geography";
import { areaCentroid } from "../geo/areaCentroid";
import { greatCircleArc } from "../geo/greatCircleArc";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import { radii, type LonLat } from "../geo/units";
import { globeLinks } from "../model/globeLinks";
import type { ResolvedModel } from "../model/resolve";
import { pick, type Lang } from "../i18n/lang";
import type { ColourRole } from "../theme";

import type { Vec3 } from "../geo/units";

/** A text label pinned to a point of the scene and drawn as HTML over the canvas. */
export interface GlobeLabel {
  id: string;
  kind: "party" | "link";
  text: string;
  colour?: ColourRole;
  position: Vec3;
}

export interface GlobeLinkLayout {
  arcs: { id: string; points: Vec3[] }[];
  anchors: { id: string; position: Vec3 }[];
  labels: GlobeLabel[];
}

const ARC_RADIUS = 1.004;
const ARC_LIFT = 0.05;
const ARC_SEGMENTS = 64;

/**
 * Where the globe draws the model's links between parties: each party's label point (the centre of its
 * clearly assigned land near the model's framing), a low dashed arc between two label points, and the
 * labels, in `lang`. Schematic only: the ends are label points of areas, never sites.
 */
export function layoutGlobeLinks(resolved: ResolvedModel, geography: Geography, lang: Lang): GlobeLinkLayout {
  // A resolved model never changes: its layout is worked out once per language (switching back is free).
  const known = layouts.get(resolved)?.get(lang);
  if (known) return known;
  const layout = computeLayout(resolved, geography, lang);
  const byLang = layouts.get(resolved) ?? new Map<Lang, GlobeLinkLayout>();
  byLang.set(lang, layout);
  layouts.set(resolved, byLang);
  return layout;
}

const layouts = new WeakMap<ResolvedModel, Map<Lang, GlobeLinkLayout>>();

function computeLayout(resolved: ResolvedModel, geography: Geography, lang: Lang): GlobeLinkLayout {
  const links = globeLinks(resolved.model);
  const anchors = partyAnchors(resolved, geography, links.flatMap((l) => [l.fromParty, l.toParty]));
  const parties = new Map(resolved.model.parties.map((p) => [p.id, p]));
  const out: GlobeLinkLayout = { arcs: [], anchors: [], labels: [] };
  for (const [id, at] of anchors) {
    const position = lonLatToXyz(at[0], at[1], 1.006);
    const party = parties.get(id)!;
    out.anchors.push({ id, position });
    out.labels.push({ id: `party-${id}`, kind: "party", text: pick(party.name, lang), colour: party.colour, position });
  }
  for (const l of links) {
    const a = anchors.get(l.fromParty);
    const b = anchors.get(l.toParty);
    if (!a || !b) continue;
    const arc = greatCircleArc(a, b, radii(ARC_RADIUS), ARC_LIFT, ARC_SEGMENTS);
    const points: Vec3[] = [];
    for (let i = 0; i < arc.length; i += 3) points.push([arc[i]!, arc[i + 1]!, arc[i + 2]!]);
    out.arcs.push({ id: l.id, points });
    out.labels.push({
      id: `link-${l.id}`,
      kind: "link",
      text: `${l.direction === "both" ? "⇄" : "→"} ${pick(l.label, lang)}`,
      position: points[ARC_SEGMENTS / 2]!,
    });
  }
  return out;
}

function partyAnchors(resolved: ResolvedModel, geography: Geography, parties: string[]): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  const { lon, lat } = resolved.model.view;
  const focus = lonLatToXyz(lon, lat, 1);
  const { positions, indices, area } = geography.land;
  for (const party of new Set(parties)) {
    const include = (a: number) => {
      const r = resolved.areaRegion[a] ?? -1;
      return r >= 0 && resolved.regions[r]!.party.id === party && resolved.regions[r]!.certainty === "clear";
    };
    const p = areaCentroid(positions, indices, area, include, focus, 30) ?? areaCentroid(positions, indices, area, include, focus, 180);
    if (p) out.set(party, p);
  }
  return out;
}
