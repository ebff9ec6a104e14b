import { z } from "zod";

/** Text shown to people, in every language of the interface: English and Russian, both required. */
export const Text = z
  .strictObject({
    en: z.string().trim().min(1).describe("English text."),
    ru: z.string().trim().min(1).describe("Russian text."),
  })
  .describe("Text shown to readers, by language.");

export type Text = z.infer<typeof Text>;
