import { z } from "zod";
import { Briefing } from "./briefingSchema";
import { Model } from "./schema";

/** The JSON Schema of a model file, generated from the zod schema (input side: defaults are optional). */
export function modelJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Model, { io: "input", target: "draft-2020-12" }),
    title: "Proposal model",
  };
}

/** The JSON Schema of a briefing file, generated from the zod schema (input side: defaults are optional). */
export function briefingJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Briefing, { io: "input", target: "draft-2020-12" }),
    title: "Briefing",
  };
}
