import { useEffect, useMemo } from "react";
import { Line2 } from "three/examples/jsm/lines/Line2.js";
import { LineGeometry } from "three/examples/jsm/lines/LineGeometry.js";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { THEME } from "../theme";
import type { GlobeLinkLayout } from "../screen/globeLinkLayout";
import { noRaycast } from "./AreaMesh";

/** Width of a link line in CSS pixels on screen (scaled with the image when exporting). */
export const LINK_WIDTH = 2.5;

/**
 * The one material every link line shares, for the life of the scene: its shader program is compiled once
 * (see GlobeScene), so a proposal whose links appear or vanish never waits for a shader to compile.
 */
export function createLinkMaterial(): LineMaterial {
  return new LineMaterial({ color: THEME.link, linewidth: LINK_WIDTH, dashed: true, dashSize: 0.025, gapSize: 0.015 });
}

/** A fat line through points (xyz, flat), drawn with `material`. */
export function linkLine(points: readonly number[], material: LineMaterial, name: string): Line2 {
  const geometry = new LineGeometry();
  geometry.setPositions(points as number[]);
  const line = new Line2(geometry, material);
  line.computeLineDistances();
  line.name = name;
  line.raycast = noRaycast;
  return line;
}

/** Abstract links between parties: low dashed arcs between the label points of their areas (marked by the HTML labels). */
export function Links({ layout, material }: { layout: GlobeLinkLayout; material: LineMaterial }) {
  const lines = useMemo(() => layout.arcs.map((arc) => linkLine(arc.points.flat(), material, `link-${arc.id}`)), [layout, material]);
  useEffect(() => () => lines.forEach((l) => l.geometry.dispose()), [lines]);
  return (
    <group name="links">
      {lines.map((l) => (
        <primitive key={l.name} object={l} />
      ))}
    </group>
  );
}
