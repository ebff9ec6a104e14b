import { z } from "zod";
import { StepShow } from "./briefingSchema";
import { Id, IsoDate, Source, Text } from "./schema";

/**
 * The context format: the explainer's background to the proposals (a dated timeline, the people and what they
 * said, the points of contention and the sources), one JSON file in models/<id>.json with "type": "context".
 * Every object is strict: a field that is not listed here is an error. Like the model and briefing formats, it
 * has no field for sites, ranges, trajectories, coverage, timings or performance: it records who said what and
 * when, and which proposal (and regions) the globe shows for a point of contention.
 */

/** The parties a person can speak for. */
export const Side = z
  .enum(["nato", "russia", "united-states"])
  .describe("Whom the person spoke for in 2011: nato, russia or united-states.");

export const ContextEvent = z
  .strictObject({
    id: Id.describe("Stable identifier of the event: lower-case letters and digits joined by hyphens."),
    date: IsoDate.describe("The day the event happened or began, YYYY-MM-DD (for an approximate date, the best estimate)."),
    endDate: IsoDate.optional().describe("For an event spanning several days: its last day, YYYY-MM-DD, not before date."),
    approximate: z
      .boolean()
      .default(false)
      .describe('true when the source gives no exact day (e.g. "the end of May"); the description says what it gives. Default: false.'),
    title: Text.describe("Short heading of the event."),
    description: Text.describe("One to three sentences, in our own words, on what happened or was planned."),
    people: z.array(Id).default([]).describe("Ids of the people (in this file) who took part or whose statements the event records. Default: none."),
    sources: z.array(Id).min(1).describe("Ids of the sources (in this file) the event rests on, at least one."),
  })
  .describe("A dated event of the timeline. Events are listed in date order.");

export const Statement = z
  .strictObject({
    id: Id.describe("Stable identifier of the statement, unique among all people's statements."),
    summary: Text.describe("What the person said, in our own words."),
    quote: Text.optional().describe(
      "A short verbatim quotation from the source, at most 15 words in English, without quotation marks. Optional.",
    ),
    date: IsoDate.describe("When the statement was made, as the source reports it, YYYY-MM-DD."),
    sources: z.array(Id).min(1).describe("Ids of the sources (in this file) that report the statement, at least one."),
  })
  .describe("Something a person said, as reported.");

export const Person = z
  .strictObject({
    id: Id.describe("Stable identifier of the person: lower-case letters and digits joined by hyphens."),
    name: Text.describe("The person's name, e.g. Dmitry Rogozin."),
    role: Text.describe("The person's role in 2011, as the source gives it."),
    side: Side,
    statements: z.array(Statement).default([]).describe("What the person said, as reported. Default: none."),
  })
  .describe("A person named in the sources: individuals only, never a government or an alliance.");

export const Contention = z
  .strictObject({
    id: Id.describe("Stable identifier of the point: lower-case letters and digits joined by hyphens."),
    title: Text.describe("Short heading of the point of contention."),
    description: Text.describe("Two or three sentences, in our own words, on where the sides differ."),
    show: StepShow.describe(
      'What the globe shows for this point: { "proposal": id } or { "compare": [id, id], "mode": "full" | "differences" }.',
    ),
    emphasise: z
      .array(Id)
      .default([])
      .describe(
        "Ids of regions that stand out: regions of the shown proposal (for a comparison, of either proposal). Default: none, everything is shown normally.",
      ),
    sources: z.array(Id).min(1).describe("Ids of the sources (in this file) the point rests on, at least one."),
  })
  .describe("A point on which the proposals or the sides differ, with what the globe shows for it.");

export const Context = z
  .strictObject({
    $schema: z.string().optional().describe("Path of the JSON Schema, for editors. Ignored by the app."),
    type: z.literal("context").describe('Always "context": tells a context file from a proposal model or a briefing.'),
    id: Id.describe("The context's id; must equal its file name without .json."),
    title: Text.describe("Title of the context, e.g. the period it spans."),
    summary: Text.describe("One or two sentences, in our own words, on what the context is about."),
    events: z.array(ContextEvent).min(1).describe("The timeline, in date order, at least one event."),
    people: z.array(Person).describe("The people named, with their roles and statements."),
    contention: z.array(Contention).min(1).describe("The points of contention, at least one."),
    sources: z
      .array(Source)
      .min(1)
      .describe("Every publication the file cites, at least one; each is cited by an event, a statement, a point or another source's via."),
  })
  .describe("A context: the timeline, people, points of contention and sources behind the proposals. Illustrative, never operational.");

export type Context = z.infer<typeof Context>;
export type ContextEvent = z.infer<typeof ContextEvent>;
export type Statement = z.infer<typeof Statement>;
export type Person = z.infer<typeof Person>;
export type Contention = z.infer<typeof Contention>;
export type Side = z.infer<typeof Side>;
