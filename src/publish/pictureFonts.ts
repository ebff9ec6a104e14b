import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { woffToSfnt } from "./woffToSfnt";

/** The weights and styles the app's type uses (see main.tsx's imports of @fontsource/ibm-plex-sans). */
const FACES = /^ibm-plex-sans-(latin|cyrillic)-(400|600)-(normal|italic)\.woff$/;

/**
 * The app's own font, IBM Plex Sans, in the Latin and Cyrillic subsets the page loads, as plain TrueType for the
 * rasteriser: so that a picture made at build time writes Russian as the page does, with no system font.
 */
export function pictureFonts(): Buffer[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("@fontsource/ibm-plex-sans/package.json")), "files");
  const faces = readdirSync(dir).filter((f) => FACES.test(f)).sort();
  if (faces.length < 8) throw new Error(`the font files of @fontsource/ibm-plex-sans were not found in ${dir}`);
  return faces.map((f) => Buffer.from(woffToSfnt(readFileSync(join(dir, f)))));
}
