import type { ResolvedModel } from "../model/resolve";
import { Swatch } from "./Swatch";

/** The key to the colours of the current proposal; always on screen. */
export function Legend({ resolved }: { resolved: ResolvedModel }) {
  const clear = new Map<string, (typeof resolved.regions)[number]["party"]>();
  const disputed = new Map<string, { a: (typeof resolved.regions)[number]["party"]; b: (typeof resolved.regions)[number]["party"] }>();
  let seas = false;
  for (const r of resolved.regions) {
    if (r.certainty === "ambiguous" && r.alternativeParty) disputed.set(`${r.party.id}/${r.alternativeParty.id}`, { a: r.party, b: r.alternativeParty });
    else if (r.countries.length) clear.set(r.party.id, r.party);
    if (r.seas.length) seas = true;
  }
  const seaParty = resolved.regions.find((r) => r.seas.length)?.party;
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="visually-hidden">Legend</h2>
      <ul>
        {[...clear.values()].map((p) => (
          <li key={p.id}>
            <Swatch colour={p.colour} /> {p.name.en} responsible
          </li>
        ))}
        {[...disputed.values()].map(({ a, b }) => (
          <li key={`${a.id}/${b.id}`}>
            <Swatch colour={a.colour} alt={b.colour} /> Disputed: {a.name.en} on one reading, {b.name.en} on another
          </li>
        ))}
        {seas && seaParty && (
          <li>
            <Swatch colour={seaParty.colour} sea /> Sea area in {seaParty.name.en}'s charge
          </li>
        )}
        <li>
          <Swatch colour="land" /> Not assigned in this proposal
        </li>
      </ul>
    </section>
  );
}
