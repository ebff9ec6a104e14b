// `npm test` after the type check: the browser tests, and alongside them (in one worker) the unit and scene tests.
// The browser tests run one file at a time and wait on Chromium much of that time; running the two sets side by
// side keeps a 2-core machine busy instead of running them one after the other. Arguments (file filters, -t …)
// go to both runs; each prints its lines with its name in front, and the exit code fails if either fails.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const vitest = new URL("../node_modules/vitest/vitest.mjs", import.meta.url).pathname;
const extra = process.argv.slice(2);
const runs = [
  ["e2e", ["--project", "e2e"]],
  ["unit", ["--project", "unit", "--project", "scene", "--maxWorkers=1"]],
];

const codes = await Promise.all(
  runs.map(
    ([name, args]) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [vitest, "run", ...args, "--passWithNoTests", ...extra], {
          stdio: ["ignore", "pipe", "pipe"],
          // Plain text, as the lines of two runs are interleaved (FORCE_COLOR=1 keeps the colours).
          env: process.env.FORCE_COLOR ? process.env : { ...process.env, NO_COLOR: "1" },
        });
        for (const stream of [child.stdout, child.stderr])
          createInterface({ input: stream }).on("line", (line) => console.log(`[${name}] ${line}`));
        child.on("close", (code, signal) => {
          console.log(`[${name}] ${code === 0 ? "passed" : `failed (${signal ?? `exit ${code}`})`}`);
          resolve(code ?? 1);
        });
      }),
  ),
);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
