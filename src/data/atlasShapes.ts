import type { Topology } from "topojson-specification";
import topology from "world-atlas/countries-50m.json";
import { buildAtlas, type Atlas } from "./atlas";
import type { Reference } from "./reference";

let cached: Atlas | undefined;

/**
 * Natural Earth's full 1:50m shapes, cut into the same pieces as the 3D globe's: for the flat SVG globe
 * (no WebGL, and SVG downloads for print). Only the modules that draw SVG import this, so the 3D view never
 * downloads it.
 */
export function atlasShapes(ref: Reference): Atlas {
  cached ??= buildAtlas(topology as unknown as Topology, ref);
  return cached;
}
