import { Html, Line } from "@react-three/drei";
import { useMemo, type RefObject } from "react";
import type { Object3D } from "three";
import { greatCircleArc } from "../geo/greatCircleArc";
import type { LonLat } from "../geo/units";
import { radii } from "../geo/units";
import type { GlobeLink } from "../model/globeLinks";
import type { Party } from "../model/schema";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import { THEME, PARTY_COLOURS } from "../theme";

interface Props {
  links: readonly GlobeLink[];
  /** Label point of each party's areas. */
  anchors: ReadonlyMap<string, LonLat>;
  parties: readonly Party[];
  occluder: RefObject<Object3D>;
  showLabels: boolean;
}

/**
 * Abstract links between parties: a dashed line close over the surface from one party's area to the
 * other's, with its label. The ends are the label points of the areas, never sites.
 */
export function Links({ links, anchors, parties, occluder, showLabels }: Props) {
  const drawn = useMemo(
    () =>
      links.flatMap((l) => {
        const a = anchors.get(l.fromParty);
        const b = anchors.get(l.toParty);
        if (!a || !b) return [];
        const arc = greatCircleArc(a, b, radii(1.004), 0.05, 64);
        const points: [number, number, number][] = [];
        for (let i = 0; i < arc.length; i += 3) points.push([arc[i]!, arc[i + 1]!, arc[i + 2]!]);
        return [{ link: l, points, mid: points[32]! }];
      }),
    [links, anchors],
  );
  const partyName = new Map(parties.map((p) => [p.id, p]));
  const usedParties = [...new Set(links.flatMap((l) => [l.fromParty, l.toParty]))];
  return (
    <group name="links">
      {drawn.map(({ link, points, mid }) => (
        <group key={link.id} name={`link-${link.id}`}>
          <Line points={points} color={THEME.link} lineWidth={2.5} dashed dashSize={0.025} gapSize={0.015} />
          {showLabels && (
            <Html position={mid} center occlude={[occluder]} zIndexRange={[20, 10]} className="globe-label globe-label--link">
              <span aria-hidden="true">{link.direction === "both" ? "⇄ " : "→ "}</span>
              {link.label.en}
            </Html>
          )}
        </group>
      ))}
      {usedParties.map((id) => {
        const at = anchors.get(id);
        const party = partyName.get(id);
        if (!at || !party) return null;
        const pos = lonLatToXyz(at[0], at[1], 1.006);
        return (
          <group key={id} name={`anchor-${id}`}>
            <mesh position={pos}>
              <sphereGeometry args={[0.012, 16, 8]} />
              <meshBasicMaterial color={THEME.link} />
            </mesh>
            {showLabels && (
              <Html position={pos} occlude={[occluder]} zIndexRange={[20, 10]} className="globe-label globe-label--party">
                <span className="swatch" style={{ background: PARTY_COLOURS[party.colour] }} />
                {party.name.en}
              </Html>
            )}
          </group>
        );
      })}
    </group>
  );
}
