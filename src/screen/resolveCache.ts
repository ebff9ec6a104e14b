import type { IsoDate } from "../data/dates";
import type { Geography } from "../data/geography";
import { combineEmphasis, differenceEmphasis, regionEmphasis, type Emphasis } from "../model/emphasis";
import { buildPalette } from "../model/palette";
import { resolveModel, type ResolvedModel } from "../model/resolve";
import type { Model } from "../model/schema";
import { LIGHT, type Theme } from "../theme";

const resolutions = new WeakMap<Geography, WeakMap<Model, Map<IsoDate, ResolvedModel>>>();

/** A model resolved on a date, worked out once per model, date and geography (switching back is free). */
export function resolvedOn(model: Model, date: IsoDate, geography: Geography): ResolvedModel {
  let byModel = resolutions.get(geography);
  if (!byModel) resolutions.set(geography, (byModel = new WeakMap()));
  let byDate = byModel.get(model);
  if (!byDate) byModel.set(model, (byDate = new Map()));
  let resolved = byDate.get(date);
  if (!resolved) byDate.set(date, (resolved = resolveModel(model, geography.atlas, geography.ref, date)));
  return resolved;
}

/** What stands out in a globe: everything, the differences from another proposal, or some of its regions. */
export interface EmphasisSpec {
  /** The other proposal of a comparison of differences. */
  differencesFrom?: ResolvedModel;
  /** Regions of this proposal to show in full, the rest faded (none: all in full). */
  regions: readonly string[];
}

/** A globe's emphasis and palette, with the key that names them. */
export interface Painted {
  key: string;
  emphasis: Emphasis;
  palette: Uint8Array;
  borderOwners: readonly string[];
}

const painted = new WeakMap<ResolvedModel, Map<string, Painted>>();
const owners = new WeakMap<Geography, Map<IsoDate, readonly string[]>>();

const specKey = (r: ResolvedModel, spec: EmphasisSpec) =>
  `${r.model.id}@${r.date}${spec.differencesFrom ? `~${spec.differencesFrom.model.id}@${spec.differencesFrom.date}` : ""}${spec.regions.length ? `+${spec.regions.join(",")}` : ""}`;

/**
 * The emphasis and palette of a resolved model in a theme's colours, worked out once per emphasis and scheme. The key
 * names the scheme too (except the light one's, as before there were two): a new scheme recolours the palette.
 */
export function paint(resolved: ResolvedModel, spec: EmphasisSpec, geography: Geography, theme: Theme = LIGHT): Painted {
  const key = `${specKey(resolved, spec)}${theme.scheme === "light" ? "" : `/${theme.scheme}`}`;
  let byKey = painted.get(resolved);
  if (!byKey) painted.set(resolved, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known;
  const diff = spec.differencesFrom ? differenceEmphasis(resolved, spec.differencesFrom) : null;
  const emphasis = combineEmphasis(diff, spec.regions.length ? regionEmphasis(resolved, spec.regions) : null);
  const palette = buildPalette(resolved, geography.landCount, geography.paletteWidth, undefined, emphasis, theme);
  const result = { key, emphasis, palette, borderOwners: borderOwners(resolved, geography) };
  byKey.set(key, result);
  return result;
}

/**
 * Who each piece's borders are drawn for: its country, and the holder too for land held without recognition. The
 * same for every model on a date, so one list per date: proposals of one date share their borders' geometry.
 */
function borderOwners(resolved: ResolvedModel, geography: Geography): readonly string[] {
  let byDate = owners.get(geography);
  if (!byDate) owners.set(geography, (byDate = new Map()));
  let list = byDate.get(resolved.date);
  if (!list) {
    list = resolved.pieceCountry.map((c, i) => (resolved.pieceOccupier[i] ? `${c}/${resolved.pieceOccupier[i]}` : c));
    byDate.set(resolved.date, list);
  }
  return list;
}
