/**
 * Benchmark: the app against a baseline page that draws the same countries with react-globe.gl.
 * Builds both, serves them gzip-compressed from one local server, loads each in headless Chromium
 * (alternating, a fresh browser context per load) and reports medians, ratios ours/baseline and targets.
 *
 *   npm run bench                  5 loads of each page, then the leak check
 *   npm run bench -- --quick       1 load of each
 *   npm run bench -- --runs 3 --skip-leak --no-build --switches 4
 *
 * Writes tests/bench/results/bench-<time>.json, latest.json and latest.md. Exits 0 when targets are
 * missed (it is a report) and 1 when something crashes or times out.
 */
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/browser";
import { APP_DIST, BASELINE_DIST, build } from "./build";
import { LEAK_SWITCHES, leakCheck, type LeakResult } from "./leakCheck";
import { measureLoad, type LoadResult } from "./measureLoad";
import { parseArgs } from "./options";
import type { Kind } from "./page";
import { writeReport } from "./report";
import { serveStatic } from "./server";
import { formatNumber } from "./stats";

/** The whole bench gives up (and exits 1) after this long. */
const WATCHDOG_MS = 40 * 60_000;

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) build();
  const server = await serveStatic({ "/app/": APP_DIST, "/baseline/": BASELINE_DIST });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const runs: LoadResult[] = [];
  let leak: LeakResult | null = null;
  let leakError: string | null = null;
  try {
    const urls: Record<Kind, string> = { ours: `${server.origin}/app/`, baseline: `${server.origin}/baseline/` };
    console.log(`Chromium ${browser.version()}, ${options.runs} load(s) of each page, ${options.switches} switches per load`);
    for (let run = 1; run <= options.runs; run++) {
      for (const kind of ["ours", "baseline"] as const) {
        const r = await measureLoad(browser, kind, urls[kind], run, options);
        runs.push(r);
        console.log(
          `  ${kind.padEnd(8)} run ${run}: first coloured ${formatNumber(r.firstColouredMs, 0)} ms, orbit p95 ${formatNumber(r.orbit.p95)} ms, ` +
            `switch ${formatNumber(r.switchLatencyMs, 0)} ms, ${(r.wallMs / 1000).toFixed(0)} s${r.errors.length ? `, page errors: ${r.errors.length}` : ""}`,
        );
      }
    }
    if (options.leak) {
      console.log(`leak check: ${LEAK_SWITCHES} switches in the app…`);
      // A failed leak check still leaves the loads' figures to report (and the bench exits 1).
      try {
        leak = await leakCheck(browser, urls.ours, LEAK_SWITCHES);
      } catch (e) {
        leakError = e instanceof Error ? e.message : String(e);
        console.error(`leak check failed: ${leakError}`);
      }
    }
    writeReport(options, runs, leak, leakError, browser.version());
    if (leakError) throw new Error(`leak check: ${leakError}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${WATCHDOG_MS / 60_000} minutes`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
