import type { IsoDate } from "./dates";
import type { Reference } from "./reference";

/** Member states of a group on a date: those that had joined by then and not left. */
export function membersAt(ref: Reference, groupId: string, date: IsoDate): Set<string> {
  const group = ref.groups.get(groupId);
  if (!group) throw new Error(`unknown group "${groupId}"`);
  const out = new Set<string>();
  for (const m of group.members) {
    if ((m.joined === undefined || m.joined <= date) && !(m.left && m.left <= date)) out.add(m.country);
  }
  return out;
}

/** The given states plus their territories listed in data/territories.json (shaded with them). */
export function withTerritories(ref: Reference, states: ReadonlySet<string>): Set<string> {
  const out = new Set(states);
  for (const [territory, sovereign] of ref.territories) {
    if (states.has(sovereign)) out.add(territory);
  }
  return out;
}
