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
  /** Where land pieces' names are written: piece index, longitude, latitude, clearance (degrees), four numbers per point (see geo/labelPoints). */
  labels: number[];
}
