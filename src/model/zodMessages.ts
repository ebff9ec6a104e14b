import type { z } from "zod";
import { closest } from "./closest";
import { alternativeFor, isText, plainType, schemaAt, valueAt, type JsonSchema } from "./jsonSchemaType";
import { formatPath, problem, type Detail } from "./problem";

/** How a text is written, for hints. */
export const TEXT_FORM = 'a text is written { "en": "…", "ru": "…" }, both required';
const LANGUAGE: Record<string, string> = { en: "English", ru: "Russian" };

/** "a number", "a list", "null": what a JSON value is, for "expected …, got …". */
function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "boolean") return "true or false";
  // JSON reads a number past its range (1e309) as Infinity.
  if (typeof v === "number" && !Number.isFinite(v)) return "a number too large for JSON";
  return `a ${typeof v}`;
}

/** A value made into an id: "Nato Members" → "nato-members" ("" when nothing is left). */
function idLike(v: unknown): string {
  return typeof v === "string" ? v.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") : "";
}

/** "countries: Countries by ISO 3166-1 …": a field's meaning from the schema, for hints. */
const meaning = (s: JsonSchema | undefined) => s?.description;

/**
 * One message per zod issue: `<file>: <path>: <problem>`, with the bad value and a hint from the schema `json`
 * (the JSON Schema of the zod schema): the allowed fields for an unknown one, the type for a wrong or missing one.
 * When no alternative of a union fits, the issues of the alternative that came closest (fewest issues) are
 * reported; when two come equally close, the union's own message is. `input` is the parsed file.
 */
export function zodMessages(file: string, error: z.ZodError, input: unknown, json?: JsonSchema): string[] {
  return issueMessages(file, error.issues, [], input, json);
}

function issueMessages(file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[], input: unknown, json?: JsonSchema): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const fewest = Math.min(...issue.errors.map((e) => e.length));
      const closestAlternative = issue.errors.filter((e) => e.length === fewest);
      if (closestAlternative.length === 1 && fewest > 0) return issueMessages(file, closestAlternative[0]!, path, input, json);
    }
    const [message, detail] = describeIssue(issue, path, input, json);
    return [problem(file, formatPath(path), message, detail)];
  });
}

function describeIssue(issue: z.core.$ZodIssue, path: readonly PropertyKey[], input: unknown, json?: JsonSchema): [string, Detail] {
  const at = valueAt(input, path);
  const value: Detail = at.found ? { value: at.value } : {};
  const field = json && schemaAt(json, path, input);
  const parent = json && path.length > 0 ? schemaAt(json, path.slice(0, -1), input) : undefined;
  const last = path[path.length - 1];
  const language = parent && isText(parent) && typeof last === "string" ? LANGUAGE[last] : undefined;

  switch (issue.code) {
    case "unrecognized_keys": {
      const object = field && alternativeFor(field, at.value);
      const allowed = Object.keys(object?.properties ?? {});
      const names = issue.keys.map((k) => `"${k}"`).join(", ");
      const guesses = issue.keys.flatMap((k) => closest(k, allowed, { limit: 1 }).map((g) => `"${g}"`));
      const guess = guesses.length ? `did you mean ${guesses.join(", ")}? ` : "";
      return [`unknown field${issue.keys.length > 1 ? "s" : ""} ${names}`, { hint: allowed.length ? `${guess}allowed fields: ${allowed.join(", ")}` : undefined }];
    }
    case "invalid_type": {
      if (!at.found) {
        if (language) return [`missing ${language} text`, { hint: TEXT_FORM }];
        const name = typeof last === "string" ? `"${last}"` : "item";
        const hint = field && [plainType(field), meaning(field)].filter(Boolean).join(": ");
        return [`missing required field ${name}`, { hint }];
      }
      const expected = field ? plainType(field) : issue.expected;
      return [`expected ${expected}, got ${kindOf(at.value)}`, { ...value, hint: field && isText(field) ? TEXT_FORM : meaning(field) }];
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
      const hint = field && [plainType(field), meaning(field)].filter(Boolean).join(": ");
      if (issue.origin === "string" && small && Number(bound) === 1) return [language ? `empty ${language} text` : "must not be empty", value];
      if (issue.origin === "array") return [`must have at ${small ? "least" : "most"} ${bound} item${Number(bound) === 1 ? "" : "s"}`, { ...value, hint }];
      if (issue.origin === "number") return [`must be at ${small ? "least" : "most"} ${bound}`, { ...value, hint }];
      return [issue.message, value];
    }
    case "invalid_value":
      return [`must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`, value];
    case "invalid_format": {
      const isDate = field?.pattern?.startsWith("^\\d{4}") || (issue as { pattern?: string }).pattern?.startsWith("/^\\d{4}");
      if (isDate) return [issue.message, { ...value, hint: "write dates as YYYY-MM-DD, e.g. 2011-05-03 for 3 May 2011" }];
      const id = field?.pattern?.startsWith("^[a-z0-9]") ? idLike(at.value) : "";
      return [issue.message, { ...value, hint: id ? `try "${id}"` : meaning(field) }];
    }
    case "invalid_union":
      // A union with its own message says what it accepts; zod's default ("Invalid input") does not.
      return issue.message === "Invalid input" ? ["matches none of the allowed forms", { ...value, hint: meaning(field) }] : [issue.message, value];
    default:
      return [issue.message, value];
  }
}
