/** Longitudes of the point the camera looks at, degrees. */
export const LON_RANGE = [-180, 180] as const;
/** Latitudes of the point the camera looks at, degrees. */
export const LAT_RANGE = [-90, 90] as const;
/** Camera distance limits from the globe's centre, in globe radii. */
export const DISTANCE_RANGE = [1.35, 6] as const;

const within = (v: number, [lo, hi]: readonly [number, number]) => Number.isFinite(v) && v >= lo && v <= hi;

/**
 * Whether a camera is inside the ranges a model's opening view is checked against (model/schema.ts's View): for a
 * camera read from a URL or a host's command, without the schema library in the page.
 */
export const inCameraRanges = (at: { lon: number; lat: number; distance: number }): boolean =>
  within(at.lon, LON_RANGE) && within(at.lat, LAT_RANGE) && within(at.distance, DISTANCE_RANGE);
