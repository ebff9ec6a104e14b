import { z } from "zod";
import { Id, Source, Text, View } from "./schema";

/**
 * The briefing format: a presenter's list of steps through the proposal models, one JSON file in
 * models/<id>.json with "type": "briefing". Every object is strict: a field that is not listed here is an
 * error. Like the model format, it has no field for sites, ranges, trajectories, timings or performance:
 * a step can only choose which proposal (or pair of proposals) is shown, where the camera looks, which
 * regions stand out and which sources the caption rests on.
 */

export const ShowProposal = z
  .strictObject({
    proposal: Id.describe("Id of the proposal model to show (its file name without .json)."),
  })
  .describe("Show one proposal, as the app shows it on its own.");

export const ShowCompare = z
  .strictObject({
    compare: z
      .tuple([Id, Id])
      .describe("Ids of the two proposal models to set side by side; they must differ."),
    mode: z
      .enum(["full", "differences"])
      .default("full")
      .describe("full: both proposals in full; differences: only the areas assigned differently stand out. Default: full."),
  })
  .describe("Compare two proposals.");

export const StepShow = z
  .union([ShowProposal, ShowCompare], {
    error: 'must be { "proposal": id } or { "compare": [id, id], "mode": "full" | "differences" }',
  })
  .describe('What the step shows: { "proposal": id } or { "compare": [id, id], "mode": "full" | "differences" }.');

export const BriefingStep = z
  .strictObject({
    id: Id.describe("Stable identifier of the step: lower-case letters and digits joined by hyphens."),
    title: Text.describe("Short heading of the step."),
    caption: Text.describe(
      "Two to four sentences in our own words. At most one short quotation, saying who said it, where it was reported and the date.",
    ),
    show: StepShow,
    camera: View.describe("Where the camera goes for this step (same ranges as a model's view)."),
    emphasise: z
      .array(Id)
      .default([])
      .describe(
        "Ids of regions that stand out: regions of the shown proposal (for a comparison, of either proposal). Default: none, everything is shown normally.",
      ),
    sources: z.array(Id).min(1).describe("Ids of the sources (in this briefing) that the caption rests on, at least one."),
    hold: z
      .number()
      .min(2)
      .max(120)
      .optional()
      .describe(
        "How long the step stays on screen in a video of the briefing, in seconds (2 to 120), its camera move included. Default: long enough to read its caption, about 15 characters a second, 5 at least.",
      ),
  })
  .describe("One step of a briefing: a caption, what the globe shows and where the camera looks.");

export const Briefing = z
  .strictObject({
    $schema: z.string().optional().describe("Path of the JSON Schema, for editors. Ignored by the app."),
    type: z.literal("briefing").describe('Always "briefing": tells a briefing from a proposal model.'),
    id: Id.describe("The briefing's id; must equal its file name without .json."),
    title: Text.describe("Title of the briefing."),
    summary: Text.describe("One or two sentences, in our own words, on what the briefing walks through."),
    steps: z.array(BriefingStep).min(1).describe("The steps, in the order they are presented, at least one."),
    sources: z.array(Source).min(1).describe("Every publication the briefing cites, at least one."),
  })
  .describe("A briefing: a presenter's list of steps through the proposals. Illustrative, never operational.");

export type Briefing = z.infer<typeof Briefing>;
export type BriefingStep = z.infer<typeof BriefingStep>;
export type StepShow = z.infer<typeof StepShow>;
export type ShowProposal = z.infer<typeof ShowProposal>;
export type ShowCompare = z.infer<typeof ShowCompare>;

/** The ids of the proposal models a step shows: one, or the two compared. */
export function shownProposals(show: StepShow): readonly string[] {
  return "proposal" in show ? [show.proposal] : show.compare;
}
