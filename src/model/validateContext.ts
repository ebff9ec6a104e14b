import { Context } from "./contextSchema";
import type { Model } from "./schema";
import { checkFile, parseJson, withTextProblems } from "./checkFile";
import { checkShow } from "./validateShow";

export type ContextValidation = { ok: true; context: Context } | { ok: false; errors: string[] };

/** The most words a quotation may have (in English). */
export const MAX_QUOTE_WORDS = 15;

/**
 * Validates a parsed JSON value as a context file: the schema first (strict: unknown fields are errors), then
 * every reference: people and sources within the file, proposals and regions of the points of contention
 * against `models` (the valid proposal models), sources' `via` (which must resolve and form no cycle), duplicate
 * ids (statement ids across all people), end dates not before start dates, events in date order, quotations of
 * at most 15 words, and no source left uncited. Each message names the file, the path and the bad value, like
 * validateModel's and validateBriefing's. `file` is the path shown in messages (models/<id>.json); the context's
 * id must match its name.
 */
export function validateContext(value: unknown, file: string, models: readonly Model[]): ContextValidation {
  const result = checkFile(Context, value, file, (c, { err, ids }) => {
    ids(c.events, "events");
    const people = ids(c.people, "people");
    ids(c.contention, "contention");
    const sources = ids(c.sources, "sources");
    const byId = new Map(models.map((m) => [m.id, m]));

    /** Ids of sources cited by an event, a statement, a point or another source's via. */
    const cited = new Set<string>();
    const cite = (path: string, list: readonly string[]) =>
      list.forEach((s, i) => {
        cited.add(s);
        if (!sources.has(s)) err(`${path}[${i}]`, `unknown source "${s}"`);
      });

    c.events.forEach((e, i) => {
      const at = `events[${i}]`;
      if (e.endDate !== undefined && e.endDate < e.date) err(`${at}.endDate`, `"${e.endDate}" is before the event's date "${e.date}"`);
      const listed = new Set<string>();
      e.people.forEach((p, j) => {
        if (listed.has(p)) err(`${at}.people[${j}]`, `person "${p}" is listed twice in event "${e.id}"`);
        else if (!people.has(p)) err(`${at}.people[${j}]`, `unknown person "${p}"`);
        listed.add(p);
      });
      cite(`${at}.sources`, e.sources);
    });
    // Only the first event out of order is reported: moving it usually fixes the rest.
    const late = c.events.findIndex((e, i) => i > 0 && e.date < c.events[i - 1]!.date);
    if (late > 0) {
      const [prev, e] = [c.events[late - 1]!, c.events[late]!];
      err(`events[${late}].date`, `"${e.date}" is before "${prev.date}", the date of the event before it ("${prev.id}"): events must be in date order`);
    }

    const statementIds = new Set<string>();
    c.people.forEach((p, i) => {
      p.statements.forEach((s, j) => {
        const at = `people[${i}].statements[${j}]`;
        if (statementIds.has(s.id)) err(`${at}.id`, `duplicate id "${s.id}"`);
        statementIds.add(s.id);
        if (s.quote) {
          const words = s.quote.en.split(/\s+/).filter(Boolean).length;
          if (words > MAX_QUOTE_WORDS) err(`${at}.quote.en`, `a quotation has at most ${MAX_QUOTE_WORDS} words (this one has ${words})`);
        }
        cite(`${at}.sources`, s.sources);
      });
    });

    c.contention.forEach((point, i) => {
      const at = `contention[${i}]`;
      checkShow(point.show, point.emphasise, at, `contention point "${point.id}"`, byId, err);
      cite(`${at}.sources`, point.sources);
    });

    const via = new Map(c.sources.map((s) => [s.id, s.via]));
    c.sources.forEach((s, i) => {
      if (s.via === undefined) return;
      if (s.via !== s.id) cited.add(s.via);
      if (s.via === s.id) err(`sources[${i}].via`, `source "${s.id}" cannot be cited via itself`);
      else if (!sources.has(s.via)) err(`sources[${i}].via`, `unknown source "${s.via}"`);
      else {
        // Follow the chain; report a cycle once, at the first source of the cycle in the file.
        const chain = [s.id];
        for (let next = via.get(s.id); next !== undefined && sources.has(next) && !chain.includes(next); next = via.get(next)) chain.push(next);
        const last = via.get(chain[chain.length - 1]!);
        if (last === s.id && c.sources.findIndex((x) => chain.includes(x.id)) === i) {
          err(`sources[${i}].via`, `sources cite each other in a cycle: ${[...chain, s.id].map((x) => `"${x}"`).join(" via ")}`);
        }
      }
    });

    c.sources.forEach((s, i) => {
      if (!cited.has(s.id)) err(`sources[${i}]`, `source "${s.id}" is not cited by any event, statement, contention point or source`);
    });
  });
  return result.ok ? { ok: true, context: result.data } : result;
}

/** Parses JSON text, then validates; a syntax error becomes one message naming the file. */
export function validateContextText(text: string, file: string, models: readonly Model[]): ContextValidation {
  const parsed = parseJson(text, file);
  return parsed.ok ? withTextProblems(parsed.problems, file, validateContext(parsed.value, file, models)) : parsed;
}
