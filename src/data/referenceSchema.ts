import { z } from "zod";
import { Text } from "./text";

const code = z.string().regex(/^[A-Z]{3}$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const lonLat = z.tuple([z.number(), z.number()]);

export const CountryRow = z.strictObject({
  code,
  numeric: z.string().regex(/^\d{3}$/).nullable(),
  atlasName: z.string(),
  en: z.string(),
  ru: z.string(),
});

/** A part of a country's land, picked out by the land polygons whose centres lie inside `area`. */
const LandPart = z.strictObject({
  id: z.string(),
  country: code,
  name: Text,
  area: z.array(lonLat).min(4),
  note: z.string(),
});

export const GroupFile = z.strictObject({
  id: z.string(),
  name: Text,
  description: z.string(),
  source: z.string().optional(),
  /** Members with the dates they joined and left; a classification (such as the UN's regions) gives no dates. */
  members: z.array(z.strictObject({ country: code, joined: date.optional(), left: date.optional() })),
  /** The group's own area, when it is smaller than its members' land (NATO's treaty area): the parts outside it. */
  area: z.strictObject({ description: z.string(), outside: z.array(LandPart) }).optional(),
});

export const TerritoriesFile = z.strictObject({
  description: z.string(),
  territories: z.array(z.strictObject({ territory: code, sovereign: code, note: z.string() })),
});

export const CorrectionsFile = z.strictObject({
  description: z.string(),
  corrections: z.array(
    z
      .strictObject({
        id: z.string(),
        until: date.optional(),
        /** What changed on the `until` date, as a sentence in each language ("South Sudan is independent"). */
        change: Text.optional(),
        from: code,
        to: code,
        area: z.array(lonLat).min(4).optional(),
        name: Text.optional(),
        occupied: z.strictObject({ by: code, from: date, label: Text, note: Text }).optional(),
        note: z.string(),
      })
      .refine((c) => c.until === undefined || c.change !== undefined, {
        path: ["change"],
        message: "a correction with an 'until' date needs 'change': what changed on that date, in English and Russian",
      })
      .refine((c) => c.until !== undefined || c.change === undefined, {
        path: ["change"],
        message: "only a correction with an 'until' date has a 'change'",
      }),
  ),
});

/** A point as [longitude, latitude] in degrees, within the ranges of the globe. */
const lonLatInRange = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const SeasFile = z.strictObject({
  type: z.literal("FeatureCollection"),
  description: z.string(),
  features: z.array(
    z.strictObject({
      type: z.literal("Feature"),
      id: z.string(),
      properties: z.strictObject({
        name: Text,
        labelAt: lonLatInRange.describe(
          "Where the sea's name is written on the globe, as [longitude, latitude] in degrees: a point in open water well inside the sea, away from its coasts.",
        ),
      }),
      geometry: z.strictObject({ type: z.literal("Polygon"), coordinates: z.array(z.array(lonLat).min(4)).min(1) }),
    }),
  ),
});

export type CountryRow = z.infer<typeof CountryRow>;
export type GroupFile = z.infer<typeof GroupFile>;
export type Correction = z.infer<typeof CorrectionsFile>["corrections"][number];
export type LandPart = z.infer<typeof LandPart>;

export const NameChangesFile = z.strictObject({
  description: z.string(),
  changes: z.array(z.strictObject({ country: code, until: date, name: Text, note: z.string() })),
});
export type NameChange = z.infer<typeof NameChangesFile>["changes"][number];
