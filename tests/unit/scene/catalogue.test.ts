import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCENE_CATALOGUE } from "../../../src/scene/catalogue";

const SCENE = "src/scene";

describe("the scene's catalogue of three.js elements", () => {
  it("registers every element the scene writes as JSX (the build registers nothing else)", () => {
    const tags = new Set<string>();
    for (const file of readdirSync(SCENE).filter((f) => f.endsWith(".tsx")))
      for (const [, tag] of readFileSync(`${SCENE}/${file}`, "utf8").matchAll(/<([a-z][A-Za-z0-9]*)(?=\s+[a-zA-Z]+=|\s*\/?>)/g)) tags.add(tag!);
    tags.delete("primitive");
    expect([...tags].sort()).toContain("mesh");
    const missing = [...tags].filter((t) => !(t[0]!.toUpperCase() + t.slice(1) in SCENE_CATALOGUE));
    expect(missing, "elements written in src/scene but not in SCENE_CATALOGUE").toEqual([]);
  });
});
