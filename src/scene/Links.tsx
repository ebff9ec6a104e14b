import { Line } from "@react-three/drei";
import { THEME } from "../theme";
import type { GlobeLinkLayout } from "./globeLinkLayout";
import { noRaycast } from "./AreaMesh";

/** Width of a link line in CSS pixels on screen (scaled with the image when exporting). */
export const LINK_WIDTH = 2.5;

/** Abstract links between parties: low dashed arcs between the label points of their areas (marked by the HTML labels). */
export function Links({ layout }: { layout: GlobeLinkLayout }) {
  return (
    <group name="links">
      {layout.arcs.map((arc) => (
        <Line key={arc.id} name={`link-${arc.id}`} points={arc.points} color={THEME.link} lineWidth={LINK_WIDTH} dashed dashSize={0.025} gapSize={0.015} raycast={noRaycast} />
      ))}
    </group>
  );
}
