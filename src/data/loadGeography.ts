import geographyUrl from "virtual:globe-geography";
import { unpackGeography, type Geography } from "./geography";
import type { Reference } from "./reference";

/**
 * Fetches the geography file prepared at build time (one small binary beside the scripts) and unpacks it, with
 * the reference it was packed with (data/).
 * Visible in the browser's performance timeline, and to benchmarks, as "globe:geography".
 */
export async function loadGeography(ref: Reference): Promise<Geography> {
  const start = performance.now();
  const response = await fetch(geographyUrl);
  if (!response.ok) throw new Error(`could not load the map data (${geographyUrl}): HTTP ${response.status}`);
  const geography = unpackGeography(new Uint8Array(await response.arrayBuffer()), ref);
  performance.measure?.("globe:geography", { start, end: performance.now() });
  return geography;
}
