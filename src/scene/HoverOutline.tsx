import { useEffect, useMemo, useRef } from "react";
import type { Group } from "three";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";
import { OUTLINE_LAYER, type Geography } from "../data/geography";
import { areaOutline } from "../geo/areaOutline";
import { lineSegmentsXyz } from "../geo/lineSegments";
import { radii } from "../geo/units";
import type { Theme } from "../theme";
import type { HoverStore } from "../ui/hoverStore";
import { noRaycast } from "./AreaMesh";
import type { SceneContext, SceneView } from "./sceneContext";

/** Width of the hover outline in CSS pixels on screen (set per pass: see hoverOutlineVisibility). */
export const OUTLINE_WIDTH = 2.5;

/** What an outline was built for: a view, an area, and the owners of the land on that view's date. */
interface Shown {
  view: number;
  area: number;
  owners: readonly string[];
}

/**
 * A fat line around the country (all land with the hovered piece's owner on the view's date) or the sea under the
 * pointer, drawn in the hovered view only (see hoverOutlineVisibility). It follows the hover store outside React
 * state, as the tooltip does: the line is rebuilt only when the hovered view, area or date's owners change, never
 * while the pointer moves within one area, and its geometry is disposed when it goes. A country's outline lies
 * above the borders; a sea's below the land, which hides the parts of the sea's shape that run under the coast.
 */
export function HoverOutline({ ctx, geography, views, hover, theme, invalidate }: { ctx: SceneContext; geography: Geography; views: readonly SceneView[]; hover: HoverStore; theme: Theme; invalidate: () => void }) {
  const group = useRef<Group>(null);
  const update = useRef<() => void>(() => {});
  // Made once, in the first theme's colour; recoloured when the theme changes.
  const material = useMemo(() => new LineMaterial({ color: theme.outline, linewidth: OUTLINE_WIDTH }), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    material.color.set(theme.outline);
    invalidate();
  }, [material, theme.outline, invalidate]);

  useEffect(() => {
    const parent = group.current!;
    let shown: Shown | null = null;
    const remove = () => {
      const old = ctx.hoverOutline;
      if (!old) return;
      parent.remove(old.line);
      old.line.geometry.dispose();
      ctx.hoverOutline = null;
    };
    update.current = () => {
      const h = hover.get();
      const view = h && h.area >= 0 ? ctx.views[h.view] : undefined;
      const next = h && view ? { view: h.view, area: h.area, owners: view.borderOwners } : null;
      if (next === shown || (next && shown && next.view === shown.view && next.area === shown.area && next.owners === shown.owners)) return;
      shown = next;
      remove();
      if (next) {
        const sea = next.area >= geography.landCount;
        const segments = areaOutline(sea ? geography.seaLines() : geography.lines, next.owners, next.area);
        if (segments.length) {
          const geometry = new LineSegmentsGeometry().setPositions(lineSegmentsXyz(segments, radii(sea ? OUTLINE_LAYER.sea : OUTLINE_LAYER.land)));
          const line = new LineSegments2(geometry, material);
          line.name = "hover-outline";
          line.raycast = noRaycast;
          line.visible = false;
          parent.add(line);
          ctx.hoverOutline = { line, view: next.view };
        }
      }
      invalidate();
    };
    update.current();
    const unsubscribe = hover.subscribe(() => update.current());
    return () => {
      unsubscribe();
      update.current = () => {};
      remove();
      invalidate();
    };
  }, [ctx, geography, hover, material, invalidate]);
  // A new date (other owners) or fewer views: the outline follows.
  useEffect(() => update.current(), [views]);

  return <group ref={group} name="hover-outline-group" />;
}
