import type { GeoProjection } from "d3-geo";
import { useLayoutEffect, useMemo, useState, type RefObject } from "react";
import { lonLatToXyz, xyzToLonLat } from "../geo/lonLatToXyz";
import type { Vec3 } from "../geo/units";
import { keepOutBoxes } from "../scene/keepOut";
import type { Projected } from "../screen/chooseLabels";
import type { Box, Disc } from "../screen/labelPlacement";

export interface SvgLabelView {
  /** ViewBox units per CSS pixel: names are as large on screen as over the 3D globe. */
  unit: number;
  /** Parts of the viewBox under the page's overlays. */
  keepOut: readonly Box[];
  project: (at: Readonly<Vec3>, out: Projected) => Projected;
  disc: Disc;
}

/** The SVG globe's element on screen: its size in CSS pixels and the overlays' boxes over it. */
export interface SvgFrame {
  width: number;
  height: number;
  keepOut: readonly Box[];
}

/**
 * The element's size and the boxes of the page's overlays over it, read from the page (again when it is resized);
 * null until measured, and when `measure` is off (a download, drawn without a layout).
 */
export function useSvgFrame(svg: RefObject<SVGSVGElement | null>, measure: boolean): SvgFrame | null {
  const [frame, setFrame] = useState<SvgFrame | null>(null);
  useLayoutEffect(() => {
    const el = svg.current;
    if (!el || !measure) return;
    const read = () => {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) return;
      const keepOut = keepOutBoxes(el);
      setFrame((f) => (f && f.width === r.width && f.height === r.height && JSON.stringify(f.keepOut) === JSON.stringify(keepOut) ? f : { width: r.width, height: r.height, keepOut }));
    };
    read();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    const stage = el.closest(".stage");
    if (stage) for (const o of stage.querySelectorAll("[data-keep-out]")) observer.observe(o);
    return () => observer.disconnect();
  }, [svg, measure]);
  return frame;
}

/**
 * How the SVG globe's names are laid out: its projection as the placement rules take it (screen/chooseLabels), with
 * the size of a CSS pixel in viewBox units and the overlays' boxes (`layout`).
 */
export function useSvgLabelView(projection: GeoProjection, rotation: readonly [number, number], scale: number, centre: readonly [number, number], layout: { unit: number; keepOut: readonly Box[] }): SvgLabelView {
  const projected = useMemo(() => {
    const c = lonLatToXyz(-rotation[0], -rotation[1], 1);
    const project = (p: Readonly<Vec3>, out: Projected) => {
      const [lon, lat] = xyzToLonLat(p[0], p[1], p[2]);
      const xy = projection([lon, lat]) ?? [-1e4, -1e4];
      out.x = xy[0];
      out.y = xy[1];
      out.facing = (p[0] * c[0] + p[1] * c[1] + p[2] * c[2]) / Math.hypot(p[0], p[1], p[2]);
      return out;
    };
    return { project, disc: { x: centre[0], y: centre[1], radius: scale } };
  }, [projection, rotation, scale, centre]);
  return { ...layout, ...projected };
}
