import { readFileSync } from "node:fs";
import { join } from "node:path";
import { modelDirFiles } from "../cli/validateCommand";
import { readReference } from "../data/readReference";
import { referenceToJson, type ReferenceJson } from "../data/referenceJson";
import { loadModels, type LoadedModels } from "../model/loadModels";

/** What the build hands the page: the files of models/ and the reference of data/, both validated. */
export interface Prepared {
  catalogue: LoadedModels;
  reference: ReferenceJson;
}

/**
 * The files of models/ as the build ships them, loaded and validated with the app's own loader (loadModels)
 * against data/ (validated too), once, at build time. The built page takes these as they are, with no schema
 * library and no validation before its first frame. Throws, naming every problem, when a file is invalid.
 */
export function prepareCatalogue(repoRoot: string): Prepared {
  const root = repoRoot.endsWith("/") ? repoRoot : `${repoRoot}/`;
  const files = Object.fromEntries(modelDirFiles(root).map((f) => [f, readFileSync(join(root, f), "utf8")]));
  // data/ is the app's own, as for `npm run validate`.
  const ref = readReference();
  const catalogue = loadModels(files, ref);
  if (catalogue.errors.length) throw new Error(`models/ has problems:\n${catalogue.errors.join("\n")}`);
  return { catalogue, reference: referenceToJson(ref) };
}
