import { makeReference } from "./makeReference";
import type { Reference } from "./reference";

// Every file of data/ and data/groups/, gathered by Vite (the page, the tests, and the build's module runner):
// a group file added to data/groups/ is read without naming it anywhere. (Node alone has no import.meta.glob:
// the command-line tools read the same files with readReference.)
const modules = import.meta.glob(["../../data/*.json", "../../data/groups/*.json"], { eager: true, import: "default" });

/** The files as makeReference takes them: keyed by their path from the repository root ("data/groups/…"). */
export const bundledReferenceFiles: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(modules).map(([path, value]) => [path.replace(/^(\.\.\/)+/, ""), value]),
);

let cached: Reference | undefined;
/** The reference data shipped in data/. */
export function loadReference(): Reference {
  cached ??= makeReference(bundledReferenceFiles);
  return cached;
}
