/** Writes models/model.schema.json from the zod schema. Run: npm run schema */
import { writeFileSync } from "node:fs";
import { modelJsonSchema } from "../model/jsonSchema";

writeFileSync("models/model.schema.json", JSON.stringify(modelJsonSchema(), null, 2) + "\n");
console.log("models/model.schema.json written");
