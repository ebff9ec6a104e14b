import { gzipSync } from "node:zlib";
import { SourceMapGenerator } from "source-map-js";
import { describe, expect, it } from "vitest";
import { partOf, weighScript } from "../../../src/build/weighModules";

/** A source map that maps each [line, column] of the built script (lines from 1) to a source file. */
function mapOf(marks: [line: number, column: number, source: string | null][]) {
  const map = new SourceMapGenerator({ file: "out.js" });
  for (const [line, column, source] of marks)
    map.addMapping(source ? { generated: { line, column }, original: { line: 1, column: 0 }, source } : { generated: { line, column } });
  return JSON.parse(map.toString());
}

describe("partOf", () => {
  it("names a package by its folder in node_modules, scoped or not, however the path is written", () => {
    expect(partOf("../../node_modules/three/build/three.core.js")).toBe("three");
    expect(partOf("../../node_modules/@react-three/fiber/dist/events.esm.js")).toBe("@react-three/fiber");
    expect(partOf("C:\\repo\\node_modules\\zod\\v4\\core\\api.js")).toBe("zod");
    expect(partOf("../../node_modules/a/node_modules/b/index.js")).toBe("b");
  });

  it("tells the app, the models and the data apart, and code with no source", () => {
    expect(partOf("../../src/ui/App.tsx")).toBe("app");
    expect(partOf("../../models/nato-two-systems.json")).toBe("models");
    expect(partOf("../../data/seas.json")).toBe("data");
    expect(partOf(null)).toBe("(text and data modules)");
    expect(partOf("\0vite/preload-helper")).toBe("(other)");
  });
});

describe("weighScript", () => {
  it("gives each mapping's bytes to its part up to the next mapping, across the lines of a template literal", () => {
    const code = "/*x*/three();app(`line\nline\n`);zod()";
    const map = mapOf([
      [1, 5, "../../node_modules/three/build/three.core.js"],
      [1, 13, "../../src/ui/App.tsx"],
      [3, 3, "../../node_modules/zod/index.js"],
    ]);
    const parts = Object.fromEntries(weighScript(code, map).map((w) => [w.name, w]));
    expect(parts["(other)"]!.bytes).toBe("/*x*/".length);
    expect(parts.three!.bytes).toBe("three();".length);
    expect(parts.app!.bytes).toBe("app(`line\nline\n`);".length);
    expect(parts.zod!.bytes).toBe("zod()".length);
    expect(Object.values(parts).reduce((n, w) => n + w.bytes, 0)).toBe(code.length);
  });

  it("gathers a part's slices from anywhere in the script and gzips them together, heaviest first", () => {
    const a = "a".repeat(400);
    const b = Array.from({ length: 200 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join("");
    const code = `${a}${b}${a}`;
    const map = mapOf([
      [1, 0, "../../src/a.ts"],
      [1, 400, "../../node_modules/b/index.js"],
      [1, 600, "../../src/c.ts"],
    ]);
    const weights = weighScript(code, map);
    expect(weights.map((w) => w.name)).toEqual(["b", "app"]);
    expect(weights[1]).toEqual({ name: "app", bytes: 800, gzip: gzipSync(a + a, { level: 9 }).length });
    expect(weights[0]!.gzip).toBe(gzipSync(b, { level: 9 }).length);
  });

  it("counts a script with no mappings as one part of unknown origin, multi-byte characters by their UTF-8 bytes", () => {
    expect(weighScript("é😀", mapOf([]))).toEqual([{ name: "(other)", bytes: 6, gzip: gzipSync("é😀", { level: 9 }).length }]);
  });
});
