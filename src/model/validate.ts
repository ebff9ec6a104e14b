import type { Reference } from "../data/reference";
import { checkFile, parseJson, withTextProblems } from "./checkFile";
import { closest } from "./closest";
import { Model } from "./schema";

export { formatPath } from "./problem";

export type Validation = { ok: true; model: Model } | { ok: false; errors: string[] };

/** Quotations stay short: at most this many words. */
export const MAX_QUOTATION_WORDS = 15;

/**
 * Validates a parsed JSON value as a model: the schema first (strict: unknown fields are errors), then
 * every reference: countries, groups and seas against data/, parties, nodes and sources within the model,
 * and duplicate ids. Each message names the file, the path and the bad value.
 * `file` is the path shown in messages (models/<id>.json); the model's id must match its name.
 */
export function validateModel(value: unknown, file: string, ref: Reference): Validation {
  const result = checkFile(Model, value, file, (m, { err, ids }) => {
    const parties = ids(m.parties, "parties");
    ids(m.regions, "regions");
    const nodes = ids(m.nodes, "nodes");
    ids(m.links, "links");
    const sources = ids(m.sources, "sources");
    const seaIds = new Set(ref.seas.map((s) => s.id));

    const party = (path: string, p: string | undefined) => {
      if (p !== undefined && !parties.has(p)) err(path, `unknown party "${p}"`, { hint: `the model's parties: ${[...parties].join(", ")}` });
    };
    const cite = (path: string, list: readonly string[]) =>
      list.forEach((s, i) => {
        if (!sources.has(s)) err(`${path}[${i}]`, `unknown source "${s}"`);
      });

    party("proposedBy", m.proposedBy);
    const listedIn = new Map<string, string>();
    const seaIn = new Map<string, string>();
    m.regions.forEach((r, i) => {
      const at = `regions[${i}]`;
      if (r.countries.length + r.groups.length + r.seas.length === 0) err(at, `region "${r.id}" names no countries, groups or seas`);
      r.countries.forEach((c, j) => {
        if (!ref.countries.has(c)) err(`${at}.countries[${j}]`, `unknown country "${c}"`, { hint: countryHint(c, ref) });
        else if (listedIn.has(c)) err(`${at}.countries[${j}]`, `country "${c}" is already listed in region "${listedIn.get(c)}"`);
        else listedIn.set(c, r.id);
      });
      for (const field of ["groups", "within"] as const) {
        r[field].forEach((g, j) => {
          if (!ref.groups.has(g)) err(`${at}.${field}[${j}]`, `unknown group "${g}" (known: ${[...ref.groups.keys()].join(", ")})`);
        });
      }
      r.bordering.forEach((c, j) => {
        if (!ref.countries.has(c)) err(`${at}.bordering[${j}]`, `unknown country "${c}"`, { hint: countryHint(c, ref) });
      });
      r.seas.forEach((s, j) => {
        if (!seaIds.has(s)) err(`${at}.seas[${j}]`, `unknown sea "${s}" (known: ${[...seaIds].join(", ")})`);
        else if (seaIn.has(s)) err(`${at}.seas[${j}]`, `sea "${s}" is already in region "${seaIn.get(s)}"`);
        else seaIn.set(s, r.id);
      });
      party(`${at}.party`, r.party);
      party(`${at}.alternativeParty`, r.alternativeParty);
      if (r.certainty === "clear" && r.alternativeParty) err(`${at}.alternativeParty`, "only an ambiguous region has an alternativeParty");
      if (r.alternativeParty && r.alternativeParty === r.party) err(`${at}.alternativeParty`, `"${r.alternativeParty}" is the region's own party`);
      cite(`${at}.sources`, r.sources);
    });
    m.nodes.forEach((n, i) => {
      n.owners.forEach((o, j) => party(`nodes[${i}].owners[${j}]`, o));
      cite(`nodes[${i}].sources`, n.sources);
    });
    m.links.forEach((l, i) => {
      if (!nodes.has(l.from)) err(`links[${i}].from`, `unknown node "${l.from}"`);
      if (!nodes.has(l.to)) err(`links[${i}].to`, `unknown node "${l.to}"`);
      if (l.from === l.to) err(`links[${i}].to`, `a link cannot join node "${l.to}" to itself`);
      cite(`links[${i}].sources`, l.sources);
    });
    if (m.keyStatement) {
      const k = m.keyStatement;
      if (!sources.has(k.source)) err("keyStatement.source", `unknown source "${k.source}"`);
      const words = k.text.en.trim().split(/\s+/).length;
      if (k.quoted && words > MAX_QUOTATION_WORDS) err("keyStatement.text", `a quotation of ${words} words is too long (at most ${MAX_QUOTATION_WORDS})`);
    }
    m.sources.forEach((s, i) => {
      if (s.via !== undefined && (!sources.has(s.via) || s.via === s.id)) err(`sources[${i}].via`, `unknown source "${s.via}"`);
    });
  });
  return result.ok ? { ok: true, model: result.data } : result;
}

/**
 * The known codes closest to an unknown one, with their names: codes of countries whose English name starts with
 * it first (GER → DEU Germany, POR → PRT Portugal), then codes a letter or two away.
 */
function countryHint(code: string, ref: Reference): string {
  const rows = ref.countries;
  const start = code.toLowerCase();
  const near = closest(code, rows.keys(), { prefers: (c) => rows.get(c)!.en.toLowerCase().startsWith(start), maxDistance: 1 });
  const list = near.map((c) => `${c} (${rows.get(c)!.en})`).join(", ");
  return `${list ? `closest known codes: ${list}; ` : ""}codes are ISO 3166-1 alpha-3, listed in data/countries.json`;
}

/** Parses JSON text, then validates; a syntax error becomes a message like any other. */
export function validateModelText(text: string, file: string, ref: Reference): Validation {
  const parsed = parseJson(text, file);
  return parsed.ok ? withTextProblems(parsed.problems, file, validateModel(parsed.value, file, ref)) : parsed;
}
