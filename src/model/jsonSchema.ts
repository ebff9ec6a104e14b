import { z } from "zod";
import { Model } from "./schema";

/** The JSON Schema of a model file, generated from the zod schema (input side: defaults are optional). */
export function modelJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Model, { io: "input", target: "draft-2020-12" }),
    title: "Proposal model",
  };
}
