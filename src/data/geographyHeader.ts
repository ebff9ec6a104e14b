import type { PieceInfo } from "./pieces";

/** What the prepared geography file says about itself (its JSON header). */
export interface GeographyHeader {
  source: string;
  simplifySqDegrees: number;
  fillStep: number;
  /** Land pieces in palette order. */
  pieces: PieceInfo[];
  /** Ids of the sea areas, in data/seas.json order, after the land pieces in the palette. */
  seas: string[];
  /**
   * Where land pieces' names may be written (see geo/labelPoints), four integers a point: the step in piece index
   * from the last point's, then longitude, latitude and clearance in tenths of a degree.
   */
  labels: number[];
}
