import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";
import type { RawSourceMap } from "source-map-js";
import { weighScript, type Weight } from "./weighModules.ts";

/** A page's scripts before anything is fetched on demand: its entry and every script that entry imports statically. */
export interface PagePath {
  page: string;
  scripts: string[];
  gzip: number;
  parts: Weight[];
}

export interface BundleReport {
  pages: PagePath[];
  /** Every script of the build, gzipped, heaviest first; those fetched on demand are the ones no page path lists. */
  scripts: { file: string; gzip: number }[];
  /** The parts of every script of the build, on demand or not (what the build ships at all). */
  everywhere: Weight[];
}

interface Chunk {
  type: "chunk";
  fileName: string;
  code: string;
  isEntry: boolean;
  name: string;
  imports: string[];
  map?: unknown;
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/**
 * Weighs the build from its own output: for each page (the entries), the scripts it loads before anything is
 * fetched on demand, and the parts of those (packages, the app, models, data) by their source maps, each gzipped
 * alone. Prints the heaviest parts after every build and writes the whole report as JSON to `file` for
 * `npm run bench`. The source maps are made for this only: none is written to dist/.
 */
export function bundleReport(file: string, print = (line: string) => console.log(line)): Plugin {
  return {
    name: "bundle-report",
    apply: "build",
    config: () => ({ build: { sourcemap: "hidden" } }),
    generateBundle(_options, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [name, out] of Object.entries(bundle)) {
        if (name.endsWith(".map") && !process.env.KEEP_MAPS) delete bundle[name];
        else if (out.type === "chunk") chunks.set(name, out as unknown as Chunk);
      }
      const weights = new Map<string, Weight[]>();
      const weigh = (name: string) => {
        const chunk = chunks.get(name)!;
        if (!weights.has(name)) weights.set(name, chunk.map ? weighScript(chunk.code, chunk.map as RawSourceMap) : []);
        return weights.get(name)!;
      };
      const sum = (names: readonly string[]) => {
        const totals = new Map<string, Weight>();
        for (const w of names.flatMap(weigh)) {
          const t = totals.get(w.name) ?? { name: w.name, bytes: 0, gzip: 0 };
          totals.set(w.name, { name: w.name, bytes: t.bytes + w.bytes, gzip: t.gzip + w.gzip });
        }
        return [...totals.values()].sort((a, b) => b.gzip - a.gzip);
      };
      const gzipped = new Map<string, number>();
      const gzipOf = (name: string) => {
        if (!gzipped.has(name)) gzipped.set(name, gzipSync(chunks.get(name)!.code, { level: 9 }).length);
        return gzipped.get(name)!;
      };
      const pages: PagePath[] = [];
      for (const entry of [...chunks.values()].filter((c) => c.isEntry)) {
        const seen = new Set<string>();
        const visit = (name: string) => {
          const chunk = chunks.get(name);
          if (!chunk || seen.has(name)) return;
          seen.add(name);
          chunk.imports.forEach(visit);
        };
        visit(entry.fileName);
        const scripts = [...seen];
        const gzip = scripts.reduce((n, name) => n + gzipOf(name), 0);
        pages.push({ page: entry.name, scripts, gzip, parts: sum(scripts) });
      }
      const scripts = [...chunks.values()]
        .map((c) => ({ file: c.fileName, gzip: gzipOf(c.fileName) }))
        .sort((a, b) => b.gzip - a.gzip);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ pages, scripts, everywhere: sum([...chunks.keys()]) } satisfies BundleReport, null, 2));
      for (const page of pages) {
        print(`${page.page}: ${kB(page.gzip)} of JavaScript (gzip) before anything loads on demand, in ${page.scripts.length} script(s). Heaviest parts, each gzipped alone:`);
        for (const part of page.parts.slice(0, 10)) print(`  ${part.name.padEnd(28)} ${kB(part.gzip).padStart(9)}  (${kB(part.bytes)} minified)`);
      }
      const onDemand = scripts.filter((s) => !pages.some((p) => p.scripts.includes(s.file)));
      print(`on demand: ${onDemand.length} script(s), ${kB(onDemand.reduce((n, s) => n + s.gzip, 0))} (gzip) in all`);
    },
  };
}
