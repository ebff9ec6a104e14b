/** A calendar date written YYYY-MM-DD; such strings compare correctly as strings. */
export type IsoDate = string;

/** True when `a` is strictly before `b`. */
export const isBefore = (a: IsoDate, b: IsoDate) => a < b;

/** Today's date in UTC as YYYY-MM-DD. */
export const todayIso = (): IsoDate => new Date().toISOString().slice(0, 10);
