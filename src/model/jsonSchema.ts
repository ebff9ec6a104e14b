import { z } from "zod";
import { Briefing } from "./briefingSchema";
import { Context } from "./contextSchema";
import { Model } from "./schema";
import { Site } from "./siteSchema";

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

/** The JSON Schema of a context file, generated from the zod schema (input side: defaults are optional). */
export function contextJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Context, { io: "input", target: "draft-2020-12" }),
    title: "Context",
  };
}

/** The JSON Schema of the site file, generated from the zod schema (input side: defaults are optional). */
export function siteJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Site, { io: "input", target: "draft-2020-12" }),
    title: "Site file",
  };
}
