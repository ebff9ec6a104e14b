import type { IsoDate } from "../data/dates";
import { checkFile, parseJson, withTextProblems } from "./checkFile";
import type { Context } from "./contextSchema";
import type { Model } from "./schema";
import { Site } from "./siteSchema";

export type SiteValidation = { ok: true; site: Site } | { ok: false; errors: string[] };

/** What a site file's `updated` is checked against: the files it goes with, and the day it is validated (UTC). */
export interface SiteDates {
  /** The valid proposal models: each shows its `date`. */
  models: readonly Model[];
  /** The valid context files: their events and statements are dated. */
  contexts: readonly Context[];
  today: IsoDate;
}

/** The day after `iso`. */
const dayAfter = (iso: IsoDate): IsoDate => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The latest day the files show, and which file shows it ("proposal \"x\"", "context \"y\""); undefined without files. */
function latestShown({ models, contexts }: SiteDates): { date: IsoDate; by: string } | undefined {
  let latest: { date: IsoDate; by: string } | undefined;
  const see = (date: IsoDate | undefined, by: string) => {
    if (date !== undefined && (!latest || date > latest.date)) latest = { date, by };
  };
  for (const m of models) see(m.date, `proposal "${m.id}"`);
  for (const c of contexts) {
    for (const e of c.events) {
      see(e.date, `context "${c.id}"`);
      see(e.endDate, `context "${c.id}"`);
    }
    for (const p of c.people) for (const s of p.statements) see(s.date, `context "${c.id}"`);
  }
  return latest;
}

/**
 * Validates a parsed JSON value as a site file: the schema first (strict: unknown fields are errors; credit and
 * byline on one line, at most MAX_CREDIT characters; at most MAX_NOTES notes), then `updated`, which may be neither
 * before the latest day the proposals and context files show (the files cannot have been revised before it) nor
 * after the day of validation (one day past today in UTC is allowed, for time zones ahead of it). Each message names
 * the file, the path and the bad value, like the other formats'. The file has no id: any name will do, though
 * models/site.json is the usual one (loadModels allows one site file in a folder).
 */
export function validateSite(value: unknown, file: string, dates: SiteDates): SiteValidation {
  const result = checkFile(Site, value, file, (s, { err }) => {
    if (s.updated === undefined) return;
    const latest = latestShown(dates);
    if (latest && s.updated < latest.date)
      err("updated", `"${s.updated}" is before "${latest.date}", the latest date that ${latest.by} shows: the files cannot have been revised before it`, {
        hint: "the day the files were last revised, YYYY-MM-DD",
      });
    const last = dayAfter(dates.today);
    if (s.updated > last)
      err("updated", `"${s.updated}" is in the future (today is ${dates.today}): a date of revision cannot be later than the day it is checked`, {
        hint: `the day the files were last revised, YYYY-MM-DD, ${last} at the latest`,
      });
  });
  return result.ok ? { ok: true, site: result.data } : result;
}

/** Parses JSON text, then validates; a syntax error becomes one message naming the file. */
export function validateSiteText(text: string, file: string, dates: SiteDates): SiteValidation {
  const parsed = parseJson(text, file);
  return parsed.ok ? withTextProblems(parsed.problems, file, validateSite(parsed.value, file, dates)) : parsed;
}
