/** Angles in degrees. Branded so they cannot be passed where radians are expected. */
export type Degrees = number & { readonly __unit: "degrees" };
/** Angles in radians. */
export type Radians = number & { readonly __unit: "radians" };
/** Lengths in units of the globe's radius (the globe has radius 1 in scene units). */
export type GlobeRadii = number & { readonly __unit: "globe-radii" };

/** A position as [longitude, latitude] in degrees; longitude may run past ±180 in unwrapped rings. */
export type LonLat = readonly [lon: number, lat: number];
/** A closed ring of positions; the last point may repeat the first. */
export type Ring = readonly LonLat[];
/** A polygon: its outer ring first, then its holes. */
export type Polygon = readonly Ring[];

export const DEG = Math.PI / 180;
export const degrees = (x: number) => x as Degrees;
export const radii = (x: number) => x as GlobeRadii;
export const toRadians = (d: Degrees) => (d * DEG) as Radians;
