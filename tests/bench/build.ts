/** Building the app, the baseline page and the bare three.js sphere page into the bench's own folders. */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/**
 * The app is built with its own config (vite.config.ts) into a folder of the bench's, not dist/: the
 * browser tests rebuild dist/ and would empty it in the middle of a bench run.
 */
export const APP_DIST = "tests/bench/.app-dist";
export const BASELINE_DIST = "tests/bench/.baseline-dist";
export const SPHERE_DIST = "tests/bench/.sphere-dist";

/** Runs a build step, showing its output only when it fails. */
function step(args: string[]): void {
  const r = spawnSync("npx", args, { encoding: "utf8" });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
    throw new Error(`npx ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
  }
}

export function build(): void {
  const run = step;
  console.log(`building the app (vite.config.ts, into ${APP_DIST})…`);
  // --outDir is resolved against the config's root (src/): give it an absolute path.
  run(["vite", "build", "--config", "vite.config.ts", "--outDir", resolve(APP_DIST), "--emptyOutDir", "--logLevel", "warn"]);
  console.log("building the baseline page…");
  run(["tsx", "tests/bench/baseline/makeColourings.ts"]);
  run(["vite", "build", "--config", "tests/bench/baseline/vite.config.ts"]);
  console.log("building the bare three.js sphere page…");
  run(["vite", "build", "--config", "tests/bench/sphere/vite.config.ts"]);
}
