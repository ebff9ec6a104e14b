import { joinList } from "../i18n/format";
import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { IsoDate } from "./dates";
import type { Text } from "./text";
import { membersAt } from "./membership";
import type { Reference } from "./reference";
import { countryName } from "./reference";

/** What changed between two dates in the data the globe is drawn from. */
export interface Changes {
  /** Members that joined a group, with the date. */
  joined: { group: string; country: string; date: IsoDate }[];
  /** Border corrections that stopped applying, with what changed (data/border-corrections.json). */
  borders: { id: string; until: IsoDate; change?: Text }[];
  /** Parts of a country that another state came to hold without recognition (data/border-corrections.json). */
  occupied: { id: string; by: string; from: IsoDate }[];
}

/** Membership and border changes after `from` up to and including `to`. */
export function changesBetween(ref: Reference, from: IsoDate, to: IsoDate): Changes {
  const joined: Changes["joined"] = [];
  for (const group of ref.groups.values()) {
    const before = membersAt(ref, group.id, from);
    const after = membersAt(ref, group.id, to);
    for (const m of group.members) if (m.joined && after.has(m.country) && !before.has(m.country)) joined.push({ group: group.id, country: m.country, date: m.joined });
  }
  joined.sort((a, b) => a.date.localeCompare(b.date));
  const ended = ref.corrections.filter((c): c is typeof c & { until: IsoDate } => c.until !== undefined && from < c.until && c.until <= to);
  const borders = ended.map((c) => ({ id: c.id, until: c.until, change: c.change }));
  const occupied = ref.corrections.flatMap((c) => (c.occupied && from < c.occupied.from && c.occupied.from <= to ? [{ id: c.id, by: c.occupied.by, from: c.occupied.from }] : []));
  return { joined, borders, occupied };
}

/**
 * One line, in a language, saying what today's view adds to the 2011 one, e.g. "NATO has grown from 28 to 32
 * members: Montenegro (2017), … and Sweden (2024) joined; Crimea: Ukrainian territory occupied …".
 */
export function describeChanges(ref: Reference, from: IsoDate, to: IsoDate, lang: Lang): string {
  const t = strings(lang).changes;
  const c = changesBetween(ref, from, to);
  const parts: string[] = [];
  for (const group of ref.groups.values()) {
    const added = c.joined.filter((j) => j.group === group.id);
    if (!added.length) continue;
    const names = added.map((j) => `${countryName(ref, j.country, to, lang)} (${j.date.slice(0, 4)})`);
    parts.push(t.grown(pick(group.name, lang), membersAt(ref, group.id, from).size, membersAt(ref, group.id, to).size, joinList(names, lang)));
  }
  for (const o of c.occupied) {
    const correction = ref.corrections.find((x) => x.id === o.id)!;
    parts.push(`${correction.name ? pick(correction.name, lang) : o.id}: ${pick(correction.occupied!.note, lang)}`);
  }
  // The schema requires a change for every correction with an end date.
  for (const b of c.borders) if (b.change) parts.push(pick(b.change, lang));
  return parts.length ? `${parts.join("; ")}.` : t.nothing;
}
