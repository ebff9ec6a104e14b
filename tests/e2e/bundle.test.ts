import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BundleReport } from "../../src/build/bundleReport";

// Written by the build the browser tests run against (globalSetup), from its own source maps.
const report = JSON.parse(readFileSync("node_modules/.cache/proposal-globe/bundle.json", "utf8")) as BundleReport;
const page = (name: string) => report.pages.find((p) => p.page === name)!;
const parts = (list: BundleReport["everywhere"]) => list.map((w) => w.name);

describe("what the build ships", () => {
  it("has no schema library and no validation in any script: models/ and data/ were validated when it was built", () => {
    expect(parts(report.everywhere)).not.toContain("zod");
    expect(parts(report.everywhere)).toEqual(expect.arrayContaining(["three", "react-dom", "@react-three/fiber", "app"]));
  });

  it("loads the SVG globe and its world map only on demand, and the story page without three.js", () => {
    const index = page("index");
    const svg = report.scripts.find((s) => s.file.includes("SvgGlobe"));
    expect(svg).toBeDefined();
    expect(index.scripts).not.toContain(svg!.file);
    expect(parts(page("story").parts)).not.toContain("three");
    expect(page("story").gzip).toBeLessThan(index.gzip / 4);
  });
});
