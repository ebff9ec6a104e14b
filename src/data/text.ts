import { z } from "zod";

/** Text shown to people, in English and (optionally, for now) Russian. */
export const Text = z
  .strictObject({
    en: z.string().trim().min(1).describe("English text."),
    ru: z.string().trim().min(1).optional().describe("Russian text. Optional; English is shown when it is missing."),
  })
  .describe("Text shown to readers, by language.");

export type Text = z.infer<typeof Text>;
