import { z } from "zod";
import { Comment, IsoDate } from "./schema";

/**
 * The site file: what a desk prints under its graphic (the credit line, a byline, short notes and the day the files
 * were last revised), one JSON file in models/ with "type": "site", usually models/site.json; a models/ folder has
 * one at most. Every field is optional and every object strict: a field that is not listed here is an error. It says
 * nothing about the proposals: those are in the model files.
 */

/** The longest credit line and byline, in characters, in each language: they are printed on one line. */
export const MAX_CREDIT = 120;
/** The longest note, in characters, in each language. */
export const MAX_NOTE = 200;
/** The most notes a site file may give. */
export const MAX_NOTES = 3;

/** A line of text in one language: trimmed, not empty, without line breaks, at most `max` characters. */
const line = (max: number, what: string, language: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max, `at most ${max} characters: ${what}`)
    .regex(/^[^\r\n\u2028\u2029]*$/, `must be on one line: ${what}`)
    .describe(`${language} text, on one line, at most ${max} characters.`);

/** A line of text in every language of the interface, both required (the Text of the other formats, on one line and length-limited). */
const LocalLine = (max: number, what: string) =>
  z.strictObject({ en: line(max, what, "English"), ru: line(max, what, "Russian") }).describe("Text shown to readers, by language.");

export const Site = z
  .strictObject({
    $schema: z.string().optional().describe("Path of the JSON Schema, for editors. Ignored by the app."),
    $comment: Comment,
    type: z.literal("site").describe('Always "site": tells the site file from a proposal model, a briefing or a context file.'),
    credit: LocalLine(MAX_CREDIT, "a credit line is printed on one line")
      .optional()
      .describe(
        `The desk's credit line, e.g. "Graphic: Jane Doe / The Daily", at most ${MAX_CREDIT} characters on one line: printed under the globe, in the embed, in the story and in exported images. The CREDIT build option, when set, takes its place. Default: none.`,
      ),
    byline: LocalLine(MAX_CREDIT, "a byline is printed on one line")
      .optional()
      .describe(`Who wrote the story, as the desk writes it, e.g. "By Jane Doe", at most ${MAX_CREDIT} characters on one line: printed in the story page. Default: none.`),
    notes: z
      .array(LocalLine(MAX_NOTE, "a note is one short sentence or two"))
      .max(MAX_NOTES)
      .default([])
      .describe(`Short notes on the graphic, at most ${MAX_NOTES}, each at most ${MAX_NOTE} characters: printed under the globe in the full app and in the story. Default: none.`),
    updated: IsoDate.optional().describe(
      "The day the files were last revised, YYYY-MM-DD: not before the date any proposal or context file shows, and not after the day the files are validated (one day past today in UTC is allowed, for time zones ahead of it). Printed as “Updated 1 December 2026” before the credit under the globe and in the story, and beside the date in exported images. Default: none.",
    ),
  })
  .describe("The site file: what a desk prints with its graphic (the credit line, a byline, short notes, the day of revision). One per models/ folder at most.");

export type Site = z.infer<typeof Site>;
