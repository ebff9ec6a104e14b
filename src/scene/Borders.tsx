import { forwardRef, useEffect, useMemo } from "react";
import { BufferAttribute, BufferGeometry, Group, LineBasicMaterial, LineSegments, type Mesh } from "three";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";
import { LAYER, type Geography } from "../data/geography";
import { lineSegmentsXyz } from "../geo/lineSegments";
import { radii } from "../geo/units";
import type { Theme } from "../theme";
import { noRaycast } from "./AreaMesh";

/** Line widths in CSS pixels where lines are drawn at a width (exports, and screens of 1.5 device pixels a CSS pixel or more). */
export const LINE_WIDTH = { border: 1.3, coast: 0.8 } as const;

/**
 * Device pixels per CSS pixel from which lines are drawn at their width: below it a line one device pixel wide is
 * already about as wide as asked, and costs a fraction of a fat line (a software renderer draws fat lines slowly).
 */
export const FAT_LINES_FROM = 1.5;

/** How a set of lines is drawn: its fat and thin materials, and the fat lines' width in CSS pixels. */
export interface LineStyle {
  fat: LineMaterial;
  thin: LineBasicMaterial;
  width: number;
}

/**
 * The scene's line materials, made once: borders wider, coastlines thinner, in a theme's colours (borders darker than
 * the land in the light theme, lighter in the dark one; coastlines between land and ocean). See colourLines.
 */
export function createLineMaterials(theme: Theme): { border: LineStyle; coast: LineStyle } {
  return {
    border: { fat: new LineMaterial({ color: theme.border, linewidth: LINE_WIDTH.border }), thin: new LineBasicMaterial({ color: theme.border }), width: LINE_WIDTH.border },
    coast: { fat: new LineMaterial({ color: theme.coast, linewidth: LINE_WIDTH.coast }), thin: new LineBasicMaterial({ color: theme.coast }), width: LINE_WIDTH.coast },
  };
}

/** Recolours the line materials in a theme's colours (no new materials, no new lines). */
export function colourLines(lines: { border: LineStyle; coast: LineStyle }, theme: Theme): void {
  for (const [style, colour] of [
    [lines.border, theme.border],
    [lines.coast, theme.coast],
  ] as const) {
    style.fat.color.set(colour);
    style.thin.color.set(colour);
  }
}

/**
 * One set of lines drawn two ways: one device pixel wide (on screens of low pixel density), and at a width in
 * pixels (exports, dense screens); the passes show one (see viewPasses).
 */
function lineSet(positions: Float32Array, style: LineStyle, name: string): Group {
  const thinGeometry = new BufferGeometry();
  thinGeometry.setAttribute("position", new BufferAttribute(positions, 3));
  thinGeometry.computeBoundingSphere();
  const thin = new LineSegments(thinGeometry, style.thin);
  thin.name = `${name}-thin`;
  const fat = new LineSegments2(new LineSegmentsGeometry().setPositions(positions), style.fat);
  fat.name = `${name}-fat`;
  fat.visible = false;
  thin.raycast = fat.raycast = noRaycast;
  const group = new Group();
  group.name = name;
  group.add(thin, fat);
  return group;
}

function disposeSet(group: Group): void {
  for (const child of group.children) (child as LineSegments | LineSegments2).geometry.dispose();
}

/** Shows a line set's fat or thin lines. */
export function showFatLines(group: Group, fat: boolean): void {
  group.children[0]!.visible = !fat;
  group.children[1]!.visible = fat;
}

/** Gives back the GPU buffers of a set's fat lines (three.js uploads them again when they are next drawn). */
export function releaseFatLines(group: Group): void {
  (group.children[1] as Mesh).geometry.dispose();
}

/**
 * Borders between countries as they were on a date: `owners` gives who each land piece's borders are drawn for on
 * that date (see screen/resolveCache.ts).
 */
export const Borders = forwardRef<Group, { geography: Geography; owners: readonly string[]; style: LineStyle }>(function Borders({ geography, owners: owner, style }, ref) {
  const group = useMemo(() => {
    const { lines } = geography;
    // A border between two pieces of the same country on this date is not drawn; a line of control is (Crimea since 2014).
    const positions = lineSegmentsXyz(lines.borders, radii(LAYER.lines), (s) => owner[lines.borderAreas[s * 2]!] !== owner[lines.borderAreas[s * 2 + 1]!]);
    return lineSet(positions, style, "borders");
  }, [geography, owner, style]);
  useEffect(() => () => disposeSet(group), [group]);
  return <primitive ref={ref} object={group} />;
});

/** Coastlines: the same on every date, drawn once for every view. */
export const Coastlines = forwardRef<Group, { geography: Geography; style: LineStyle }>(function Coastlines({ geography, style }, ref) {
  const group = useMemo(() => lineSet(lineSegmentsXyz(geography.lines.coasts, radii(LAYER.lines)), style, "coastlines"), [geography, style]);
  useEffect(() => () => disposeSet(group), [group]);
  return <primitive ref={ref} object={group} />;
});
