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

/**
 * How the SVG globe's names are laid out: its projection as the placement rules take it (screen/chooseLabels), and,
 * on screen, the size of a CSS pixel in viewBox units and the overlays' boxes, read from the element (again when it is
 * resized). `fixed` gives both instead, for a download made without a layout.
 */
export function useSvgLabelView(
  svg: RefObject<SVGSVGElement | null>,
  size: number,
  projection: GeoProjection,
  rotation: readonly [number, number],
  scale: number,
  measureOnScreen: boolean,
  fixed: { unit: number; keepOut: readonly Box[] },
): SvgLabelView {
  const [layout, setLayout] = useState(fixed);
  useLayoutEffect(() => {
    const el = svg.current;
    if (!el || !measureOnScreen) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const m = Math.min(r.width, r.height);
      if (!m) return;
      // The viewBox is a square centred in the element.
      const unit = size / m;
      const ox = (r.width - m) / 2;
      const oy = (r.height - m) / 2;
      setLayout({ unit, keepOut: keepOutBoxes(el).map((b) => ({ left: (b.left - ox) * unit, top: (b.top - oy) * unit, width: b.width * unit, height: b.height * unit })) });
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [svg, size, measureOnScreen, rotation]);
  const projected = useMemo(() => {
    const centre = lonLatToXyz(-rotation[0], -rotation[1], 1);
    const project = (p: Readonly<Vec3>, out: Projected) => {
      const [lon, lat] = xyzToLonLat(p[0], p[1], p[2]);
      const xy = projection([lon, lat]) ?? [-1e4, -1e4];
      out.x = xy[0];
      out.y = xy[1];
      out.facing = (p[0] * centre[0] + p[1] * centre[1] + p[2] * centre[2]) / Math.hypot(p[0], p[1], p[2]);
      return out;
    };
    return { project, disc: { x: size / 2, y: size / 2, radius: scale } };
  }, [projection, rotation, scale, size]);
  return { ...layout, ...projected };
}
