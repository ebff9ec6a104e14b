import { geoArea } from "d3-geo";
import type { LonLat } from "./units";

/**
 * A polygon's rings in d3-geo's spherical convention, where the inside of a ring is on its right: a ring
 * written the other way round would cover the rest of the globe. Rings whose area comes out larger than a
 * hemisphere are reversed. For outlines drawn by hand, such as the seas.
 */
export function sphericalPolygon(rings: readonly (readonly LonLat[])[]): [number, number][][] {
  return rings.map((ring) => {
    const r = ring.map(([lon, lat]) => [lon, lat] as [number, number]);
    const area = geoArea({ type: "Polygon", coordinates: [r] });
    return area > 2 * Math.PI ? r.reverse() : r;
  });
}
