import { DISTANCE_RANGE, LAT_RANGE, LON_RANGE } from "./cameraRanges";
import { z } from "zod";
import { COLOUR_ROLES } from "../theme";
import { Text } from "../data/text";

export { Text };

/**
 * The model format: one declarative JSON file per proposal in models/<id>.json.
 * Every object is strict: a field that is not listed here is an error. There is deliberately no field
 * for sites, ranges, trajectories, timings or performance of any system: the format can only say which
 * party is responsible for which area, and how abstract parts (systems, centres) relate.
 */

/** An id: lower-case letters and digits joined by hyphens (also used by the briefing format). */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens")
  .describe("Stable identifier: lower-case letters and digits joined by hyphens.");
const id = Id;

/** A calendar date written YYYY-MM-DD (also used by the context format). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((s) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true; // reported by the pattern above
    // Date.parse rolls impossible days over (2011-02-30 becomes 2 March); a real date survives a round trip.
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
  }, "is not a calendar date")
  .describe("A calendar date, YYYY-MM-DD.");
const isoDate = IsoDate;

/** A note for the people who edit a file (what to replace, why a region is drawn so); the app ignores it. */
export const Comment = z.string().optional().describe("A note for the people who edit the file; the app ignores it.");
const $comment = Comment;

/** Colour roles of the app's palette. Models name a role, never a hex value, so palettes stay colour-blind safe. */
export const ColourRole = z
  .enum(COLOUR_ROLES)
  .describe("Colour role from the app's colour-blind-safe palette: blue, orange, purple or green.");

export const Party = z
  .strictObject({
    $comment,
    id,
    name: Text.describe("The party's name, e.g. NATO."),
    colour: ColourRole,
  })
  .describe("A party that can be responsible for regions: an alliance, a state.");

export const Region = z
  .strictObject({
    $comment,
    id,
    label: Text.describe("Short name of the region as shown in the tooltip and legend."),
    countries: z
      .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code such as UKR"))
      .default([])
      .describe("Countries by ISO 3166-1 alpha-3 code (see data/countries.json). Default: none."),
    groups: z
      .array(id)
      .default([])
      .describe(
        "Groups (see data/groups/, e.g. nato) whose members at the model's date belong to this region, except countries that a region lists by code. Default: none.",
      ),
    within: z
      .array(id)
      .default([])
      .describe(
        "Groups (see data/groups/, e.g. eastern-europe) that the countries of this region must also belong to on the model's date: the region keeps only the countries it lists or takes from its groups that are members of every one of these. Default: no such limit.",
      ),
    bordering: z
      .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code such as UKR"))
      .default([])
      .describe(
        "Countries by ISO 3166-1 alpha-3 code: the region keeps only the countries that share a land border (in Natural Earth, after the dated corrections) with one of these on the model's date. Default: no such limit.",
      ),
    seas: z.array(id).default([]).describe("Sea areas by id (see data/seas.json). Default: none."),
    party: id.describe("Id of the party responsible for this region in this proposal."),
    certainty: z
      .enum(["clear", "ambiguous"])
      .default("clear")
      .describe(
        "clear: the source says so (drawn solid). ambiguous: this explainer's reading of the source's words, which name no such country or border (drawn in stripes, and the label and note say which reading gives it). Default: clear.",
      ),
    alternativeParty: id
      .optional()
      .describe(
        "For an ambiguous region: the party that another reading would make responsible. Drawn as stripes of both colours; without it, stripes of the party's colour and unshaded land.",
      ),
    note: Text.describe("Why the region is assigned this way, in our own words."),
    sources: z.array(id).min(1).describe("Ids of the sources (in this model) that support the assignment."),
  })
  .describe("An area shaded on the globe, with the party responsible for it.");

export const SystemNode = z
  .strictObject({
    $comment,
    id,
    label: Text.describe("Name of the abstract part, e.g. Joint data processing centre."),
    kind: z
      .enum(["system", "sector", "centre"])
      .describe("system: a whole defence system; sector: one party's share of responsibility within a joint system; centre: an abstract centre within one."),
    owners: z.array(id).min(1).describe("Ids of the parties that run or staff it."),
    note: Text.optional().describe("What the source says of it, in our own words."),
    sources: z.array(id).min(1).describe("Ids of the sources that mention it."),
  })
  .describe(
    "An abstract part of a proposal, drawn only in schematic diagrams (the inset in a corner of each globe's frame, the diagram in the panel), never on the globe and never at a place.",
  );

export const KeyStatement = z
  .strictObject({
    text: Text.describe("The words: a short verbatim quotation (at most 15 words) when quoted is true, otherwise our paraphrase of a reported position."),
    quoted: z.boolean().describe("true: the text is a verbatim quotation; false: a paraphrase of what the source reports."),
    speaker: Text.describe("Who said it, with their role, e.g. Lt. Gen. Oleg Ostapenko, commander of Russia's space forces."),
    date: IsoDate.describe("When it was said or reported, YYYY-MM-DD."),
    source: Id.describe("Id of the source (in this model) that reported it."),
  })
  .describe("The statement that sums up a proposal, attributed: who, where reported, when.");

export const Link = z
  .strictObject({
    $comment,
    id,
    from: id.describe("Id of a node."),
    to: id.describe("Id of a node."),
    label: Text.describe("What passes along the link, e.g. Exchange data on potential missile threats."),
    direction: z.enum(["one-way", "both"]).default("one-way").describe("one-way: from → to; both: each way. Default: one-way."),
    sources: z.array(id).min(1).describe("Ids of the sources that describe the link."),
  })
  .describe(
    "An abstract relation between two nodes, drawn only in schematic diagrams (the inset in a corner of each globe's frame, the diagram in the panel), never on the globe and never between places.",
  );

export const Source = z
  .strictObject({
    id,
    publication: Text.describe("Publication or agency, e.g. Global Security Newswire, Interfax."),
    title: Text.optional().describe("The item's headline as published, verbatim (in Russian, the original headline with a translation). Only when the headline is known."),
    description: Text.optional().describe("What the item is, in our own words, when its headline is not known or not given."),
    date: isoDate.optional().describe("Date of publication, YYYY-MM-DD, when the citing article gives it. Default: not known."),
    via: id.optional().describe("Id of the source in this model that reported this one (e.g. the article citing an agency report)."),
    label: Text.optional().describe("How the citing article names it, e.g. Interfax II."),
  })
  .describe("A publication that a statement in the model rests on.");

// The camera's ranges live apart from the schemas, so the page can check a camera without the schema library.
export { DISTANCE_RANGE, LAT_RANGE, LON_RANGE };

/**
 * A camera view: the point looked at and the distance. The one definition of a camera's ranges: a model's opening
 * view is checked against it, and a camera read from a URL or a host's command against the same ranges
 * (model/cameraRanges.ts, src/state/urlFields.ts).
 */
export const View = z
  .strictObject({
    lon: z.number().min(LON_RANGE[0]).max(LON_RANGE[1]).describe("Longitude of the point the camera looks at, degrees."),
    lat: z.number().min(LAT_RANGE[0]).max(LAT_RANGE[1]).describe("Latitude of the point the camera looks at, degrees."),
    distance: z.number().min(DISTANCE_RANGE[0]).max(DISTANCE_RANGE[1]).describe("Camera distance from the globe's centre, in globe radii."),
  })
  .describe("The camera framing the model opens with.");

export const Model = z
  .strictObject({
    $schema: z.string().optional().describe("Path of the JSON Schema, for editors. Ignored by the app."),
    $comment,
    id: id.describe("The model's id; must equal its file name without .json."),
    title: Text.describe("Title of the proposal, as shown on the switcher and above the globe."),
    summary: Text.describe("Two or three sentences, in our own words, explaining the proposal."),
    date: isoDate.describe("The date the model describes: membership and borders are taken as of this date."),
    proposedBy: id.describe("Id of the party that made the proposal."),
    view: View,
    parties: z.array(Party).min(1).describe("The parties of the proposal, at least one."),
    regions: z.array(Region).min(1).describe("The shaded regions, at least one."),
    keyStatement: KeyStatement.optional(),
    nodes: z.array(SystemNode).default([]).describe("Abstract parts of the proposal, shown only in schematic diagrams, never on the globe. Default: none."),
    links: z.array(Link).default([]).describe("Relations between nodes, shown only in schematic diagrams, never on the globe. Default: none."),
    sources: z.array(Source).min(1).describe("Every publication the model cites, at least one."),
  })
  .describe("A proposal: who would be responsible for which areas, as reported. Illustrative, never operational.");

export type Model = z.infer<typeof Model>;
export type Party = z.infer<typeof Party>;
export type Region = z.infer<typeof Region>;
export type SystemNode = z.infer<typeof SystemNode>;
export type Link = z.infer<typeof Link>;
export type KeyStatement = z.infer<typeof KeyStatement>;
export type Source = z.infer<typeof Source>;
export type View = z.infer<typeof View>;

