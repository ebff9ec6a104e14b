import { boundaryLines, type BoundaryLines } from "../geo/boundaryLines";
import { expandFill, type FillGeometry } from "../geo/expandFill";
import { decodeGeography } from "../geo/geographyCodec";
import { TriangleIndex } from "../geo/triangleIndex";
import { radii } from "../geo/units";
import type { GeographyHeader } from "./geographyHeader";
import type { PieceList } from "./pieces";
import type { Reference } from "./reference";

/** Radii (in globe radii) of the layers, bottom to top. */
export const LAYER = { ocean: 0.994, seas: 0.998, land: 1, lines: 1.0015 } as const;

/**
 * Radii (in globe radii) of the hovered area's outline: a country's above its borders; a sea's between the seas
 * and the land, so that the land hides the parts of a sea's shape that run under it.
 */
export const OUTLINE_LAYER = { land: 1.002, sea: 0.999 } as const;

/** Everything the globe draws that does not depend on the proposal: prepared at build time, unpacked once. */
export interface Geography {
  ref: Reference;
  atlas: PieceList;
  land: FillGeometry;
  seas: FillGeometry;
  /** Palette entries < landCount are land pieces; the rest are seas. */
  landCount: number;
  paletteWidth: number;
  /** Finds the land piece or sea under a point, from the drawn triangles. */
  areas: { find(lon: number, lat: number): number };
  /** Coastlines and the borders between land pieces (drawn by date: see Borders). */
  lines: BoundaryLines;
  /** Where each land piece's name may be written, deepest first per piece (prepared at build time: geo/labelPoints). */
  labelPoints: readonly PieceLabelPoint[];
  /** The sea areas' outlines, the same way (coasts: a sea's edge; borders: between two seas); worked out on first use. */
  seaLines(): BoundaryLines;
}

/** A place to write a land piece's name. */
export interface PieceLabelPoint {
  piece: number;
  lon: number;
  lat: number;
  /** Degrees of arc from the point to the piece's nearest edge. */
  clearance: number;
}

/** Width of the palette texture for a number of areas: the next power of two. */
export const paletteWidth = (areas: number) => 2 ** Math.ceil(Math.log2(Math.max(2, areas)));

/**
 * Unpacks the prepared geography file (see packGeography) against the reference data. Throws an Error
 * saying what is wrong when the file is damaged or was prepared from other data.
 */
export function unpackGeography(bytes: Uint8Array, ref: Reference): Geography {
  const packed = decodeGeography<GeographyHeader>(bytes);
  const { header, quantum } = packed;
  if (!Array.isArray(header.pieces) || !Array.isArray(header.seas)) throw new Error("globe geography file: header lists no pieces or seas");
  if (typeof header.fillStep !== "number" || !(header.fillStep > 0)) throw new Error("globe geography file: header gives no grid step (fillStep)");
  const seaIds = ref.seas.map((s) => s.id).join(",");
  if (header.seas.join(",") !== seaIds) throw new Error("globe geography file was prepared for other sea areas than data/seas.json: rebuild the app");
  for (const p of header.pieces) {
    if (!ref.countries.has(p.country)) throw new Error(`globe geography file: unknown country "${p.country}": rebuild the app`);
  }
  if (!Array.isArray(header.labels) || header.labels.length % 4 !== 0) throw new Error("globe geography file: header gives no label points: rebuild the app");
  const landCount = header.pieces.length;
  const labelPoints: PieceLabelPoint[] = [];
  // Four integers a point: the step in piece index from the last point, then lon, lat and clearance in tenths of a degree.
  let piece = 0;
  for (let i = 0; i < header.labels.length; i += 4) {
    const [step, lon, lat, clearance] = header.labels.slice(i, i + 4) as [number, number, number, number];
    piece += step;
    if (piece >= 0 && piece < landCount) labelPoints.push({ piece, lon: lon / 10, lat: lat / 10, clearance: clearance / 10 });
  }
  const land = expandFill(packed.land, quantum, radii(LAYER.land));
  const seas = expandFill(packed.seas, quantum, radii(LAYER.seas));
  // Built on the first pick (the first hover), not while the page starts.
  let index: TriangleIndex | undefined;
  let seaLines: BoundaryLines | undefined;
  return {
    ref,
    atlas: { pieces: header.pieces },
    land,
    seas,
    landCount,
    paletteWidth: paletteWidth(landCount + ref.seas.length),
    areas: { find: (lon, lat) => (index ??= new TriangleIndex([land, seas])).find(lon, lat) },
    lines: boundaryLines(packed.land, quantum, header.fillStep),
    labelPoints,
    seaLines: () => (seaLines ??= boundaryLines(packed.seas, quantum, header.fillStep)),
  };
}
