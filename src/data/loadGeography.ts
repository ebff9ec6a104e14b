import geographyUrl from "virtual:globe-geography";
import { unpackGeography, type Geography } from "./geography";

/**
 * Fetches the geography file prepared at build time (one small binary beside the scripts) and unpacks it.
 * Visible in the browser's performance timeline, and to benchmarks, as "globe:geography".
 */
export async function loadGeography(): Promise<Geography> {
  const start = performance.now();
  const response = await fetch(geographyUrl);
  if (!response.ok) throw new Error(`could not load the map data (${geographyUrl}): HTTP ${response.status}`);
  const geography = unpackGeography(new Uint8Array(await response.arrayBuffer()));
  performance.measure?.("globe:geography", { start, end: performance.now() });
  return geography;
}
