import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { briefingJsonSchema, modelJsonSchema } from "../../src/model/jsonSchema";
import { withModelReference } from "../../src/model/modelReference";

describe("documentation generated from the schema", () => {
  it("models/model.schema.json is the JSON Schema of the zod schema (run npm run docs after changing it)", () => {
    const committed = JSON.parse(readFileSync("models/model.schema.json", "utf8"));
    expect(committed).toEqual(modelJsonSchema());
  });

  it("models/briefing.schema.json is the JSON Schema of the briefing's zod schema (run npm run docs after changing it)", () => {
    const committed = JSON.parse(readFileSync("models/briefing.schema.json", "utf8"));
    expect(committed).toEqual(briefingJsonSchema());
    expect(committed.title).toBe("Briefing");
    expect(committed.properties.type.const).toBe("briefing");
  });

  it("the shipped briefing points at the briefing schema, the models at the model schema", () => {
    expect(JSON.parse(readFileSync("models/may-2011.json", "utf8")).$schema).toBe("./briefing.schema.json");
    for (const id of ["nato-two-systems", "russia-sectors"]) {
      expect(JSON.parse(readFileSync(`models/${id}.json`, "utf8")).$schema).toBe("./model.schema.json");
    }
  });

  it("the README's model reference matches the schema (run npm run docs after changing it)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(withModelReference(readme)).toBe(readme);
  });

  it("the README documents every field of a region", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const field of ["countries", "groups", "seas", "party", "certainty", "alternativeParty", "note", "sources"]) {
      expect(readme).toContain(`| \`${field}\` |`);
    }
  });

  it("the README's reference documents the briefing file and every field of a step, between the markers", () => {
    const readme = readFileSync("README.md", "utf8");
    const reference = readme.slice(readme.indexOf("<!-- model-reference:start"), readme.indexOf("<!-- model-reference:end"));
    expect(reference).toContain('#### Briefing file (`models/<id>.json` with `"type": "briefing"`)');
    const step = reference.slice(reference.indexOf("#### Briefing: `steps[]`"));
    for (const field of ["id", "title", "caption", "show", "camera", "emphasise", "sources"]) expect(step).toContain(`| \`${field}\` |`);
    for (const field of ["proposal", "compare", "mode"]) expect(reference).toContain(`| \`${field}\` |`);
    expect(reference).toContain("| `type` | `\"briefing\"` | required |");
  });
});
