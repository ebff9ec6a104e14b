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

export const GroupFile = z.strictObject({
  id: z.string(),
  name: Text,
  description: z.string(),
  members: z.array(z.strictObject({ country: code, joined: date, left: date.optional() })),
});

export const TerritoriesFile = z.strictObject({
  description: z.string(),
  territories: z.array(z.strictObject({ territory: code, sovereign: code, note: z.string() })),
});

export const CorrectionsFile = z.strictObject({
  description: z.string(),
  corrections: z.array(
    z.strictObject({
      id: z.string(),
      until: date,
      from: code,
      to: code,
      area: z.array(lonLat).min(4).optional(),
      note: z.string(),
    }),
  ),
});

export const SeasFile = z.strictObject({
  type: z.literal("FeatureCollection"),
  description: z.string(),
  features: z.array(
    z.strictObject({
      type: z.literal("Feature"),
      id: z.string(),
      properties: z.strictObject({ name: Text }),
      geometry: z.strictObject({ type: z.literal("Polygon"), coordinates: z.array(z.array(lonLat).min(4)).min(1) }),
    }),
  ),
});

export type CountryRow = z.infer<typeof CountryRow>;
export type GroupFile = z.infer<typeof GroupFile>;
export type Correction = z.infer<typeof CorrectionsFile>["corrections"][number];

export const NameChangesFile = z.strictObject({
  description: z.string(),
  changes: z.array(z.strictObject({ country: code, until: date, name: Text, note: z.string() })),
});
export type NameChange = z.infer<typeof NameChangesFile>["changes"][number];
