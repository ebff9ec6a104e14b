import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { briefingJsonSchema, contextJsonSchema, modelJsonSchema, siteJsonSchema } from "../../../src/model/jsonSchema";
import { withModelReference } from "../../../src/model/modelReference";
import { validateSite } from "../../../src/model/validateSite";

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

  it("models/context.schema.json is the JSON Schema of the context's zod schema (run npm run docs after changing it)", () => {
    const committed = JSON.parse(readFileSync("models/context.schema.json", "utf8"));
    expect(committed).toEqual(contextJsonSchema());
    expect(committed.title).toBe("Context");
    expect(committed.properties.type.const).toBe("context");
    expect(Object.keys(committed.properties).sort()).toEqual(["$schema", "contention", "events", "id", "people", "sources", "summary", "title", "type"]);
  });

  it("models/site.schema.json is the JSON Schema of the site file's zod schema (run npm run docs after changing it)", () => {
    const committed = JSON.parse(readFileSync("models/site.schema.json", "utf8"));
    expect(committed).toEqual(siteJsonSchema());
    expect(committed.title).toBe("Site file");
    expect(committed.properties.type.const).toBe("site");
    expect(committed.additionalProperties).toBe(false);
    expect(Object.keys(committed.properties).sort()).toEqual(["$comment", "$schema", "byline", "credit", "notes", "type", "updated"]);
    expect(committed.properties.credit.properties.en.maxLength).toBe(120);
    expect(committed.properties.notes.maxItems).toBe(3);
  });

  it("the shipped briefing points at the briefing schema, the context at the context schema, the site file at the site schema, the models at the model schema", () => {
    expect(JSON.parse(readFileSync("models/may-2011.json", "utf8")).$schema).toBe("./briefing.schema.json");
    expect(JSON.parse(readFileSync("models/site.json", "utf8")).$schema).toBe("./site.schema.json");
    expect(JSON.parse(readFileSync("models/may-2011-context.json", "utf8")).$schema).toBe("./context.schema.json");
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

  it("the README's reference documents the context file and every field of an event, a person, a statement and a point, between the markers", () => {
    const readme = readFileSync("README.md", "utf8");
    const reference = readme.slice(readme.indexOf("<!-- model-reference:start"), readme.indexOf("<!-- model-reference:end"));
    const context = reference.slice(reference.indexOf('#### Context file (`models/<id>.json` with `"type": "context"`)'));
    expect(context).not.toBe(reference);
    expect(context).toContain("| `type` | `\"context\"` | required |");
    const section = (heading: string, next: string) => context.slice(context.indexOf(heading), context.indexOf(next));
    const fields: [heading: string, next: string, fields: string[]][] = [
      ["#### Context: `events[]`", "#### Context: `people[]`", ["id", "date", "endDate", "approximate", "title", "description", "people", "sources"]],
      ["#### Context: `people[]`", "#### Context: `people[].statements[]`", ["id", "name", "role", "side", "statements"]],
      ["#### Context: `people[].statements[]`", "#### Context: `contention[]`", ["id", "summary", "quote", "date", "sources"]],
      ["#### Context: `contention[]`", "#### Context: `contention[].show`", ["id", "title", "description", "show", "emphasise", "sources"]],
    ];
    for (const [heading, next, names] of fields) {
      const text = section(heading, next);
      expect(text.startsWith(heading), heading).toBe(true);
      for (const field of names) expect(text, `${heading} ${field}`).toContain(`| \`${field}\` |`);
    }
    expect(context).toContain("Same alternatives as the briefing's `steps[].show` above.");
    expect(context).toContain("#### Context: `sources[]`");
  });

  it("the README's reference documents every field of the site file, between the markers", () => {
    const readme = readFileSync("README.md", "utf8");
    const reference = readme.slice(readme.indexOf("<!-- model-reference:start"), readme.indexOf("<!-- model-reference:end"));
    const site = reference.slice(reference.indexOf('#### Site file (`models/site.json` with `"type": "site"`)'));
    expect(site).not.toBe(reference);
    expect(site).toContain("| `type` | `\"site\"` | required |");
    for (const field of ["credit", "byline", "notes", "updated"]) expect(site).toContain(`| \`${field}\` |`);
  });

  it("the README's Models section explains the site file, with an example that validates", () => {
    const readme = readFileSync("README.md", "utf8");
    const models = readme.slice(readme.indexOf("## Models"), readme.indexOf("### Model reference"));
    const section = models.slice(models.indexOf("### Site file"));
    expect(section).not.toBe(models);
    for (const phrase of ['"type": "site"', "./site.schema.json", "models/site.json", "CREDIT"]) expect(section).toContain(phrase);
    const example = JSON.parse(section.slice(section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7)));
    expect(validateSite(example, "models/site.json", { models: [], contexts: [], today: "2026-12-01" })).toMatchObject({ ok: true });
  });

  it("the README's Models section explains context files", () => {
    const readme = readFileSync("README.md", "utf8");
    const models = readme.slice(readme.indexOf("## Models"), readme.indexOf("### Model reference"));
    expect(models).toContain("### Context files");
    for (const phrase of ['"type": "context"', "./context.schema.json", "models/may-2011-context.json"]) expect(models).toContain(phrase);
  });
});
