/** Regenerates the JSON Schemas beside the models and the model reference in README.md. Run: npm run docs */
import { readFileSync, writeFileSync } from "node:fs";
import { briefingJsonSchema, contextJsonSchema, modelJsonSchema, siteJsonSchema } from "../model/jsonSchema";
import { withModelReference } from "../model/modelReference";

writeFileSync("models/model.schema.json", JSON.stringify(modelJsonSchema(), null, 2) + "\n");
writeFileSync("models/briefing.schema.json", JSON.stringify(briefingJsonSchema(), null, 2) + "\n");
writeFileSync("models/context.schema.json", JSON.stringify(contextJsonSchema(), null, 2) + "\n");
writeFileSync("models/site.schema.json", JSON.stringify(siteJsonSchema(), null, 2) + "\n");
writeFileSync("README.md", withModelReference(readFileSync("README.md", "utf8")));
console.log("models/model.schema.json, models/briefing.schema.json, models/context.schema.json, models/site.schema.json and the README's model reference written");
