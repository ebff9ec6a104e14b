import { forwardRef, useEffect, useMemo } from "react";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";
import { LAYER, type Geography } from "../data/geography";
import { lineSegmentsXyz } from "../geo/lineSegments";
import { radii } from "../geo/units";
import { THEME } from "../theme";
import { noRaycast } from "./AreaMesh";

/** Line widths in CSS pixels on screen, scaled with an exported image (see viewPasses). */
export const LINE_WIDTH = { border: 1.3, coast: 0.8 } as const;

/** The line materials of the scene, made once: borders dark and wider, coastlines thinner in the ocean's blue-grey. */
export function createLineMaterials(): { border: LineMaterial; coast: LineMaterial } {
  return {
    border: new LineMaterial({ color: THEME.border, linewidth: LINE_WIDTH.border, transparent: true, opacity: 0.9 }),
    coast: new LineMaterial({ color: THEME.coast, linewidth: LINE_WIDTH.coast }),
  };
}

function fatLines(positions: Float32Array, material: LineMaterial, name: string): LineSegments2 {
  const geometry = new LineSegmentsGeometry();
  geometry.setPositions(positions);
  const line = new LineSegments2(geometry, material);
  line.name = name;
  line.raycast = noRaycast;
  return line;
}

/**
 * Borders between countries as they were on a date: `owners` gives who each land piece's borders are drawn for on
 * that date (see screen/resolveCache.ts). Drawn as lines of a set width in pixels, so they stay clear at any size.
 */
export const Borders = forwardRef<LineSegments2, { geography: Geography; owners: readonly string[]; material: LineMaterial }>(function Borders(
  { geography, owners: owner, material },
  ref,
) {
  const line = useMemo(() => {
    const { lines } = geography;
    // A border between two pieces of the same country on this date is not drawn; a line of control is (Crimea since 2014).
    const positions = lineSegmentsXyz(lines.borders, radii(LAYER.lines), (s) => owner[lines.borderAreas[s * 2]!] !== owner[lines.borderAreas[s * 2 + 1]!]);
    return fatLines(positions, material, "borders");
  }, [geography, owner, material]);
  useEffect(() => () => line.geometry.dispose(), [line]);
  return <primitive ref={ref} object={line} />;
});

/** Coastlines: the same on every date, drawn once for every view. */
export function Coastlines({ geography, material }: { geography: Geography; material: LineMaterial }) {
  const line = useMemo(() => fatLines(lineSegmentsXyz(geography.lines.coasts, radii(LAYER.lines)), material, "coastlines"), [geography, material]);
  useEffect(() => () => line.geometry.dispose(), [line]);
  return <primitive object={line} />;
}
