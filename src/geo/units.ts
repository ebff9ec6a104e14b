/**
 * Lengths in units of the globe's radius (the globe has radius 1 in scene units). Branded so that a layer's
 * radius is not passed where some other number is expected.
 */
export type GlobeRadii = number & { readonly __unit: "globe-radii" };

/** A point or direction in scene units, [x, y, z]: y to the north pole, (lon 0, lat 0) on +z (see lonLatToXyz). */
export type Vec3 = [number, number, number];

/** A position as [longitude, latitude] in degrees; longitude may run past ±180 in unwrapped rings. */
export type LonLat = readonly [lon: number, lat: number];
/** A closed ring of positions; the last point may repeat the first. */
export type Ring = readonly LonLat[];
/** A polygon: its outer ring first, then its holes. */
export type Polygon = readonly Ring[];

/** Radians per degree. */
export const DEG = Math.PI / 180;
export const radii = (x: number) => x as GlobeRadii;
