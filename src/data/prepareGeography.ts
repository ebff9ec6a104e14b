import { unpackGeography, type Geography } from "./geography";
import { loadReference } from "./loadReference";
import { packGeography } from "./packGeography";

let cached: Geography | undefined;

/**
 * The geography exactly as the browser gets it (packed as at build time, then unpacked), prepared in
 * place: for tests and command-line tools. Built on first use.
 */
export function prepareGeography(): Geography {
  cached ??= unpackGeography(packGeography(), loadReference());
  return cached;
}
