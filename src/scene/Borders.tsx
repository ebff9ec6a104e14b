import { forwardRef, useEffect, useMemo } from "react";
import { BufferAttribute, BufferGeometry, LineBasicMaterial, type LineSegments } from "three";
import { LAYER, type Geography } from "../data/geography";
import { lineSegmentsXyz } from "../geo/lineSegments";
import { radii } from "../geo/units";
import { THEME, rgb } from "../theme";
import { noRaycast } from "./AreaMesh";

/**
 * Borders between countries as they were on a date (dark) and coastlines (light), in one line geometry: `owners`
 * gives who each land piece's borders are drawn for on that date (see screen/resolveCache.ts).
 */
export const Borders = forwardRef<LineSegments, { geography: Geography; owners: readonly string[] }>(function Borders({ geography, owners: owner }, ref) {
  const geometry = useMemo(() => {
    const { lines } = geography;
    // A border between two pieces of the same country on this date is not drawn; a line of control is (Crimea since 2014).
    const borders = lineSegmentsXyz(lines.borders, radii(LAYER.lines), (s) => owner[lines.borderAreas[s * 2]!] !== owner[lines.borderAreas[s * 2 + 1]!]);
    const coasts = lineSegmentsXyz(lines.coasts, radii(LAYER.lines));
    const positions = new Float32Array(borders.length + coasts.length);
    positions.set(borders);
    positions.set(coasts, borders.length);
    const colours = new Float32Array(positions.length);
    const dark = rgb(THEME.border).map((v) => v / 255);
    const light = rgb(THEME.coast).map((v) => v / 255);
    for (let i = 0; i < colours.length; i += 3) colours.set(i < borders.length ? dark : light, i);
    const g = new BufferGeometry();
    g.setAttribute("position", new BufferAttribute(positions, 3));
    g.setAttribute("color", new BufferAttribute(colours, 3));
    g.computeBoundingSphere();
    return g;
  }, [geography, owner]);
  const material = useMemo(() => new LineBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.75 }), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  return <lineSegments ref={ref} name="borders" geometry={geometry} material={material} raycast={noRaycast} />;
});
