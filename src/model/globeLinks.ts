import type { Model, Text } from "./schema";

/** A link that the globe draws between two parties' areas (anchored at their label points, never at sites). */
export interface GlobeLink {
  id: string;
  fromParty: string;
  toParty: string;
  label: Text;
  direction: "one-way" | "both";
}

/** The model's links between nodes that belong to two different single parties. */
export function globeLinks(model: Model): GlobeLink[] {
  const owner = new Map(model.nodes.map((n) => [n.id, n.owners.length === 1 ? n.owners[0] : undefined]));
  const out: GlobeLink[] = [];
  for (const l of model.links) {
    const a = owner.get(l.from);
    const b = owner.get(l.to);
    if (a && b && a !== b) out.push({ id: l.id, fromParty: a, toParty: b, label: l.label, direction: l.direction });
  }
  return out;
}
