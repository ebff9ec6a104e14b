import { gzipSync } from "node:zlib";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";

/** What a part of a built script weighs: its bytes as shipped, and gzipped alone. */
export interface Weight {
  name: string;
  bytes: number;
  gzip: number;
}

/**
 * The package a source file of the build belongs to: "three", "@react-three/fiber", … for node_modules, "app"
 * for src/, "models" and "data" for those folders, "(text and data modules)" for code with no source (JSON and text the
 * build inlines) and "(other)" for the rest.
 */
export function partOf(source: string | null): string {
  if (!source) return "(text and data modules)";
  const path = source.replace(/\\/g, "/");
  const inModules = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path); // the innermost package
  if (inModules) return inModules[1]!;
  if (/(?:^|\/)src\//.test(path)) return "app";
  if (/(?:^|\/)models\//.test(path)) return "models";
  if (/(?:^|\/)data\//.test(path)) return "data";
  return "(other)";
}

/**
 * Splits a built script into the parts its source map names (see partOf): each mapping's bytes run to the next
 * mapping, across lines (a template literal's lines belong to the code that writes it). Each part is gzipped
 * alone; heaviest first. Bytes before the first mapping count as "(other)", as does code with no source.
 */
export function weighScript(code: string, map: RawSourceMap): Weight[] {
  const lineStarts = [0];
  for (let i = code.indexOf("\n"); i >= 0; i = code.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const marks: { at: number; part: string }[] = [];
  new SourceMapConsumer(map).eachMapping((m) => {
    const start = lineStarts[m.generatedLine - 1];
    if (start !== undefined) marks.push({ at: start + m.generatedColumn, part: partOf(m.source) });
  });
  marks.sort((a, b) => a.at - b.at);
  const slices = new Map<string, string[]>();
  const add = (name: string, from: number, to: number) => {
    if (to <= from) return;
    const list = slices.get(name) ?? [];
    list.push(code.slice(from, to));
    slices.set(name, list);
  };
  add("(other)", 0, marks[0]?.at ?? code.length);
  marks.forEach((mark, k) => add(mark.part, mark.at, marks[k + 1]?.at ?? code.length));
  return [...slices]
    .map(([name, texts]) => {
      const text = texts.join("");
      return { name, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip || a.name.localeCompare(b.name));
}
