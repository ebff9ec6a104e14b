import type { z } from "zod";
import type { Reference } from "../data/reference";
import { Model } from "./schema";

export type Validation = { ok: true; model: Model } | { ok: false; errors: string[] };

/** regions[3].countries[1] */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || "(top level)";
}

/**
 * One message per zod issue: `<file>: <path>: <message>`. Unknown fields are listed by name. When no
 * alternative of a union fits, the issues of the alternative that came closest (fewest issues) are reported;
 * when two come equally close, the union's own message is.
 */
export function zodMessages(file: string, error: z.ZodError): string[] {
  return issueMessages(file, error.issues, []);
}

function issueMessages(file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const where = formatPath(path);
    if (issue.code === "unrecognized_keys") {
      return [`${file}: ${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`];
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const fewest = Math.min(...issue.errors.map((e) => e.length));
      const closest = issue.errors.filter((e) => e.length === fewest);
      if (closest.length === 1 && fewest > 0) return issueMessages(file, closest[0]!, path);
    }
    return [`${file}: ${where}: ${issue.message}`];
  });
}

/** Parses JSON text; a syntax error becomes one message naming the file. */
export function parseJson(text: string, file: string): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, errors: [`${file}: not valid JSON: ${(e as Error).message}`] };
  }
}

/** The id a file must carry: its name without .json (undefined when the name does not end in .json). */
export function idFromFileName(file: string): string | undefined {
  return /([^/\\]+)\.json$/.exec(file)?.[1];
}

/** The message for an id that does not match its file's name, or undefined when it matches. */
export function fileIdError(id: string, file: string): string | undefined {
  const expected = idFromFileName(file);
  return expected && id !== expected ? `"${id}" does not match the file name (expected "${expected}")` : undefined;
}

/** Quotations stay short: at most this many words. */
export const MAX_QUOTATION_WORDS = 15;

/** The ids of a list, reporting each repeated one at its path (`name[i].id`). */
export function collectIds(list: readonly { id: string }[], name: string, err: (path: string, msg: string) => void): Set<string> {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id)) err(`${name}[${i}].id`, `duplicate id "${x.id}"`);
    seen.add(x.id);
  });
  return seen;
}

/** What a file's own checks get: a way to report a problem at a path, and the id collector. */
export interface FileChecks {
  err: (path: string, msg: string) => void;
  ids: (list: readonly { id: string }[], name: string) => Set<string>;
}

/**
 * The part every file format shares: the schema first (strict), then the id against the file name, then the
 * format's own checks; every message names the file and the path.
 */
export function checkFile<T extends { id: string }>(
  schema: { safeParse(value: unknown): z.ZodSafeParseResult<T> },
  value: unknown,
  file: string,
  check: (data: T, checks: FileChecks) => void,
): { ok: true; data: T } | { ok: false; errors: string[] } {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: zodMessages(file, parsed.error) };
  const errors: string[] = [];
  const err = (path: string, msg: string) => errors.push(`${file}: ${path}: ${msg}`);
  const idError = fileIdError(parsed.data.id, file);
  if (idError) err("id", idError);
  check(parsed.data, { err, ids: (list, name) => collectIds(list, name, err) });
  return errors.length ? { ok: false, errors } : { ok: true, data: parsed.data };
}

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
      if (p !== undefined && !parties.has(p)) err(path, `unknown party "${p}"`);
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
        if (!ref.countries.has(c)) err(`${at}.countries[${j}]`, `unknown country "${c}"`);
        else if (listedIn.has(c)) err(`${at}.countries[${j}]`, `country "${c}" is already listed in region "${listedIn.get(c)}"`);
        else listedIn.set(c, r.id);
      });
      r.groups.forEach((g, j) => {
        if (!ref.groups.has(g)) err(`${at}.groups[${j}]`, `unknown group "${g}" (known: ${[...ref.groups.keys()].join(", ")})`);
      });
      r.seas.forEach((s, j) => {
        if (!seaIds.has(s)) err(`${at}.seas[${j}]`, `unknown sea "${s}" (known: ${[...seaIds].join(", ")})`);
        else if (seaIn.has(s)) err(`${at}.seas[${j}]`, `sea "${s}" is already in region "${seaIn.get(s)}"`);
        else seaIn.set(s, r.id);
      });
      party(`${at}.party`, r.party);
      party(`${at}.alternativeParty`, r.alternativeParty);
      if (r.certainty === "ambiguous" && !r.alternativeParty) err(`${at}.alternativeParty`, "an ambiguous region needs an alternativeParty");
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

/** Parses JSON text, then validates; a syntax error becomes a message like any other. */
export function validateModelText(text: string, file: string, ref: Reference): Validation {
  const parsed = parseJson(text, file);
  return parsed.ok ? validateModel(parsed.value, file, ref) : parsed;
}
