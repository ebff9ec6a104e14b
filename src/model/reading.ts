import type { ResolvedRegion } from "./resolve";

/**
 * How a region rests on its source: "stated" (the source says so: drawn solid), "reading" (the app's reading
 * of the source's words, which name no such country: stripes with unshaded land) or "disputed" (one reading
 * gives one party, another reading the other: stripes of both colours).
 */
export type Reading = "stated" | "reading" | "disputed";

export function readingOf(r: ResolvedRegion): Reading {
  if (r.certainty === "clear") return "stated";
  return r.alternativeParty ? "disputed" : "reading";
}
