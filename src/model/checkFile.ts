import { z } from "zod";
import { findJsonSyntaxError } from "./jsonSyntax";
import type { JsonSchema } from "./jsonSchemaType";
import { describeProblem, problem, type Detail } from "./problem";
import { capProblems, checkStrings, checkValueLimits, scanJsonText } from "./jsonLimits";
import { repairForChecks } from "./repair";
import { zodMessages } from "./zodMessages";

/**
 * Parses JSON text; a syntax error becomes one message naming the file, the line and column, and a hint.
 * The text is first scanned for what no real file has (see LIMITS): past a limit, nothing else is read;
 * fields written twice come back as `problems` beside the value (JSON.parse would keep the last silently).
 */
export function parseJson(text: string, file: string): { ok: true; value: unknown; problems: string[] } | { ok: false; errors: string[] } {
  const scanned = scanJsonText(text);
  if (scanned.some((p) => p.fatal)) return { ok: false, errors: scanned.map((p) => problem(file, p.path, p.message)) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown, problems: scanned.map((p) => problem(file, p.path, p.message)) };
  } catch (e) {
    const found = findJsonSyntaxError(text);
    const what = found ? describeProblem(`${found.problem} at line ${found.line}, column ${found.column}`, { hint: found.hint }) : (e as Error).message;
    return { ok: false, errors: [`${file}: not valid JSON: ${what}`] };
  }
}

/** The id a file must carry: its name without .json (undefined when the name does not end in .json). */
export function idFromFileName(file: string): string | undefined {
  return /([^/\\]+)\.json$/.exec(file)?.[1];
}

/** The message (and hint) for an id that does not match its file's name, or undefined when it matches. */
export function fileIdError(id: string, file: string): [string, Detail] | undefined {
  const expected = idFromFileName(file);
  if (!expected || id === expected) return undefined;
  return [`"${id}" does not match the file name (expected "${expected}")`, { hint: `set "id" to "${expected}", or rename the file to ${id}.json` }];
}

/** Reports a problem at a path of the file being checked. */
export type Report = (path: string, message: string, detail?: Detail) => void;

/** The ids of a list, reporting each repeated one at its path (`name[i].id`). */
export function collectIds(list: readonly { id: string }[], name: string, err: Report): Set<string> {
  const first = new Map<string, number>();
  list.forEach((x, i) => {
    const at = first.get(x.id);
    if (at !== undefined) err(`${name}[${i}].id`, `duplicate id "${x.id}"`, { hint: `${name}[${at}] already has this id; each must have its own` });
    else first.set(x.id, i);
  });
  return new Set(first.keys());
}

/** What a file's own checks get: a way to report a problem at a path, and the id collector. */
export interface FileChecks {
  err: Report;
  ids: (list: readonly { id: string }[], name: string) => Set<string>;
}

/** The JSON Schema of each file format's zod schema, made once, for the hints of schema errors. */
const jsonSchemas = new WeakMap<object, JsonSchema>();
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = jsonSchemas.get(schema);
  if (!json) jsonSchemas.set(schema, (json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as JsonSchema));
  return json;
}

/**
 * The part every file format shares: the schema first (strict), then the id against the file name (for a format
 * with an id: the site file has none), then the format's own checks; every message names the file and the path.
 */
export function checkFile<T extends object>(
  schema: z.ZodType<T>,
  value: unknown,
  file: string,
  check: (data: T, checks: FileChecks) => void,
): { ok: true; data: T } | { ok: false; errors: string[] } {
  // What no file needs (a value from a file's text was scanned before it was parsed, with the same result).
  const limits = checkValueLimits(value);
  if (limits.length) return { ok: false, errors: limits.map((p) => problem(file, p.path, p.message)) };
  // Strings that are not clean text, or that smuggle in what the format has no field for.
  const stringProblems = checkStrings(value).map((p) => problem(file, p.path, p.message));
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    // Every problem in one run: the file's own checks still run on what the schema accepted.
    const errors = [...zodMessages(file, parsed.error, value, jsonSchemaOf(schema)), ...stringProblems];
    const repaired = repairForChecks(schema, value);
    if (repaired) {
      // A reference to an item the schema rejected is not a problem of its own: that item's problem is reported.
      const cascade = (message: string) => [...repaired.removedIds].some((id) => message.includes(`"${id}"`));
      runChecks(repaired.data, file, check, errors, repaired.originalPath, cascade);
    }
    return { ok: false, errors: capProblems(file, errors) };
  }
  const errors: string[] = [...stringProblems];
  runChecks(parsed.data, file, check, errors, (path) => path);
  return errors.length ? { ok: false, errors: capProblems(file, errors) } : { ok: true, data: parsed.data };
}

/**
 * A file's validation with the problems found in its text (fields written twice) put first: the file is
 * invalid when there are any, even if its value passes.
 */
export function withTextProblems<T extends { ok: boolean }>(problems: readonly string[], file: string, result: T): T | { ok: false; errors: string[] } {
  if (!problems.length) return result;
  const errors = "errors" in result ? (result as unknown as { errors: string[] }).errors : [];
  return { ok: false, errors: capProblems(file, [...problems, ...errors]) };
}

function runChecks<T extends object>(
  data: T,
  file: string,
  check: (data: T, checks: FileChecks) => void,
  errors: string[],
  originalPath: (path: string) => string,
  cascade: (message: string) => boolean = () => false,
): void {
  const err: Report = (path, message, detail) => {
    if (!cascade(message)) errors.push(problem(file, originalPath(path), message, detail));
  };
  const id = (data as { id?: unknown }).id;
  const idError = typeof id === "string" ? fileIdError(id, file) : undefined;
  if (idError) err("id", ...idError);
  check(data, { err, ids: (list, name) => collectIds(list, name, err) });
}
