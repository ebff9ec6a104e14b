import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelJsonSchema } from "../../src/model/jsonSchema";
import { withModelReference } from "../../src/model/modelReference";

describe("documentation generated from the schema", () => {
  it("models/model.schema.json is the JSON Schema of the zod schema (run npm run docs after changing it)", () => {
    const committed = JSON.parse(readFileSync("models/model.schema.json", "utf8"));
    expect(committed).toEqual(modelJsonSchema());
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
});
