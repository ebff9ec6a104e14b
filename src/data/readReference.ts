import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { makeReference } from "./makeReference";
import { GROUP_DIR, type Reference, type ReferenceFiles } from "./reference";

/** The repository this module belongs to. */
const REPO = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Every .json file of data/ and data/groups/ under `root` (the files loadReference gathers), read from disk and
 * parsed, keyed by their path from `root`: for the command-line tools, which run under Node without Vite. Throws
 * an Error naming the file when one is not valid JSON.
 */
export function readReferenceFiles(root: string = REPO): ReferenceFiles {
  const files: Record<string, unknown> = {};
  for (const dir of ["data/", GROUP_DIR]) {
    if (!existsSync(root + dir)) continue;
    for (const name of readdirSync(root + dir).sort()) {
      const path = dir + name;
      if (!name.endsWith(".json")) continue;
      const text = readFileSync(root + path, "utf8");
      try {
        files[path] = JSON.parse(text) as unknown;
      } catch (e) {
        throw new Error(`${path}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  return files;
}

const cached = new Map<string, Reference>();
/** The reference data in `root`'s data/ (by default this repository's), read from disk once per root. */
export function readReference(root: string = REPO): Reference {
  let ref = cached.get(root);
  if (!ref) cached.set(root, (ref = makeReference(readReferenceFiles(root))));
  return ref;
}
