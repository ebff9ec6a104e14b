import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPO } from "../support";

/** The modules of src/geo/ and what each imports, read from their source. */
function geoImports(): Map<string, string[]> {
  const dir = `${REPO}src/geo/`;
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(dir + file, "utf8");
    const from = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)].map((m) => m[1]!);
    graph.set(file.replace(/\.ts$/, ""), from);
  }
  return graph;
}

describe("src/geo/: plain geometry, in modules that do not import each other in a circle", () => {
  it("reads the imports it checks (expandFill imports lonLatToXyz, buildFill imports expandFill)", () => {
    const graph = geoImports();
    expect(graph.get("expandFill")).toContain("./lonLatToXyz");
    expect(graph.get("buildFill")).toContain("./expandFill");
  });
  it("has no module that imports, directly or through others, itself", () => {
    const graph = geoImports();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const dep of graph.get(node) ?? []) {
        if (!dep.startsWith("./")) continue;
        const next = dep.slice(2);
        if (next === path[0]) cycles.push([...path, next].join(" → "));
        else if (!path.includes(next)) visit(next, [...path, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
  });
  it("imports nothing from the rest of the app, only libraries (d3-geo, earcut)", () => {
    const outside = [...geoImports()].flatMap(([file, deps]) => deps.filter((d) => d.startsWith("..")).map((d) => `${file}: ${d}`));
    expect(outside).toEqual([]);
  });
});
