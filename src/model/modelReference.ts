import { briefingJsonSchema, contextJsonSchema, modelJsonSchema } from "./jsonSchema";

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  description?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
};

const isText = (s: JsonSchema) => s.type === "object" && !!s.properties?.en && Object.keys(s.properties).length <= 2;

const isObject = (s: JsonSchema | false | undefined): s is JsonSchema => !!s && s.type === "object" && !isText(s);

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((e) => `\`${String(e)}\``).join(" \\| ");
  if (s.anyOf) return s.anyOf.every((a) => isObject(a)) ? `one of ${s.anyOf.length} objects (below)` : s.anyOf.map(typeOf).join(" \\| ");
  if (isText(s)) return "text `{en, ru}`";
  if (s.type === "array" && s.prefixItems) return `pair \`[${s.prefixItems.map(typeOf).join(", ")}]\``;
  if (s.type === "array") return `list of ${isObject(s.items) ? "objects (below)" : typeOf(s.items || {})}`;
  if (s.type === "number") return s.minimum !== undefined ? `number, ${s.minimum} to ${s.maximum}` : "number";
  if (s.type === "string" && s.pattern === "^[A-Z]{3}$") return "country code";
  if (s.type === "string" && s.pattern?.startsWith("^[a-z0-9]")) return "id";
  if (s.type === "string" && s.pattern?.startsWith("^\\d{4}")) return "date `YYYY-MM-DD`";
  if (s.type === "object") return "object (below)";
  return s.type ?? "any";
}

function table(title: string, s: JsonSchema): string[] {
  const rows = Object.entries(s.properties ?? {}).map(([name, p]) => {
    const required = s.required?.includes(name) && p.default === undefined;
    const def = p.default !== undefined ? `\`${JSON.stringify(p.default)}\`` : required ? "required" : "optional";
    const text = (p.description ?? "").replace(/\|/g, "\\|");
    return `| \`${name}\` | ${typeOf(p)} | ${def} | ${text} |`;
  });
  return [`#### ${title}`, "", s.description ?? "", "", "| field | type | default | meaning |", "|---|---|---|---|", ...rows, ""];
}

/** An object's fields without its own description: two objects with the same shape have the same key. */
const shapeKey = (s: JsonSchema) => JSON.stringify({ ...s, description: undefined });

type FileKind = "model" | "briefing" | "context";
const HEADING_PREFIX: Record<FileKind, string> = { model: "", briefing: "Briefing: ", context: "Context: " };

/**
 * Tables for the objects inside `s` (fields, list items, alternatives), depth first, titled by their path.
 * An object with the same fields as one already documented refers to it instead of repeating the table, and so
 * does a choice between objects with the same alternatives as one already documented.
 */
function nested(s: JsonSchema, path: string, file: FileKind, done: Map<string, string>, out: string[]): void {
  const heading = (at: string) => `${HEADING_PREFIX[file]}\`${at}\``;
  for (const [name, p] of Object.entries(s.properties ?? {})) {
    const at = `${path}${name}${p.type === "array" ? "[]" : ""}`;
    const item = p.type === "array" ? p.items : p;
    const alternatives = item && item.anyOf?.every((a) => isObject(a)) ? item.anyOf : undefined;
    if (item && alternatives) {
      const same = done.get(shapeKey(item));
      if (same) {
        out.push(`#### ${heading(at)}`, "", item.description ?? "", "", `Same alternatives as ${same} above.`, "");
        continue;
      }
      done.set(shapeKey(item), `the ${file}'s \`${at}\``);
      for (const alt of alternatives) {
        out.push(...table(`${heading(at)} with \`${alt.required?.[0] ?? "?"}\``, alt));
        nested(alt, `${at}.`, file, done, out);
      }
    } else if (isObject(item)) {
      const same = done.get(shapeKey(item));
      if (same) out.push(`#### ${heading(at)}`, "", item.description ?? "", "", `Same fields as ${same} above.`, "");
      else {
        done.set(shapeKey(item), `the ${file}'s \`${at}\``);
        out.push(...table(heading(at), item));
        nested(item, `${at}.`, file, done, out);
      }
    }
  }
}

/** The README's model reference (model files, then briefing files, then context files), generated from the zod schemas. */
export function modelReference(): string {
  const done = new Map<string, string>();
  const model = modelJsonSchema() as JsonSchema;
  const out = table("Model file (`models/<id>.json`)", model);
  nested(model, "", "model", done, out);
  const briefing = briefingJsonSchema() as JsonSchema;
  out.push(...table('Briefing file (`models/<id>.json` with `"type": "briefing"`)', briefing));
  nested(briefing, "", "briefing", done, out);
  const context = contextJsonSchema() as JsonSchema;
  out.push(...table('Context file (`models/<id>.json` with `"type": "context"`)', context));
  nested(context, "", "context", done, out);
  return out.join("\n").trim();
}

export const REFERENCE_START = "<!-- model-reference:start (generated by npm run docs) -->";
export const REFERENCE_END = "<!-- model-reference:end -->";

/** The README text with the model reference between its markers replaced by a fresh one. */
export function withModelReference(readme: string): string {
  const a = readme.indexOf(REFERENCE_START);
  const b = readme.indexOf(REFERENCE_END);
  if (a < 0 || b < a) throw new Error("README.md has no model reference markers");
  return `${readme.slice(0, a + REFERENCE_START.length)}\n\n${modelReference()}\n\n${readme.slice(b)}`;
}
