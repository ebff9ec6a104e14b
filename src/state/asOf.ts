/**
 * The date whose membership and borders the globe shows.
 *
 * - `"model-date"`: each model's own date (its `date` field), so each proposal is drawn as the world was when it
 *   was made. Both proposals are from May 2011, which is why the URL and the switch call this "2011"; a model of
 *   another date would be drawn as of that date. The default.
 * - `"today"`: the same proposals drawn on today's membership and borders.
 */
export type AsOf = "model-date" | "today";

/** How the URL (`year=`) and the embed protocol's `year` field write an AsOf: kept as they were, for old links and hosts. */
export type YearParam = "2011" | "today";

/** The one mapping between the two spellings. */
const YEAR_PARAMS: Readonly<Record<AsOf, YearParam>> = { "model-date": "2011", today: "today" };

/** The `year` value written for an AsOf. */
export const yearParam = (asOf: AsOf): YearParam => YEAR_PARAMS[asOf];

/** The AsOf a `year` value means; undefined for any other text ("2024", "Today", ""). */
export function asOfFromYear(value: string): AsOf | undefined {
  for (const asOf of Object.keys(YEAR_PARAMS) as AsOf[]) if (YEAR_PARAMS[asOf] === value) return asOf;
  return undefined;
}
