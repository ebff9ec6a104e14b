/** The parts of a generated JSON Schema that the model reference and the validator's hints read. */
export type JsonSchema = {
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

/** A text: an object with en and ru. */
export const isText = (s: JsonSchema) => s.type === "object" && !!s.properties?.en && Object.keys(s.properties).length <= 2;

/** An object with fields of its own (not a text). */
export const isObject = (s: JsonSchema | false | undefined): s is JsonSchema => !!s && s.type === "object" && !isText(s);

/** The type of a field as the README's reference writes it (Markdown): "text `{en, ru}`", "list of id". */
export function typeOf(s: JsonSchema): string {
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

/** The same type as plain text, for messages: "text {en, ru}", "list of objects", `"blue" | "orange"`. */
export function plainType(s: JsonSchema): string {
  if (s.enum) return s.enum.map((e) => JSON.stringify(e)).join(" | ");
  return typeOf(s).replace(/`/g, "").replace(/\\\|/g, "|").replace(/ \(below\)/g, "");
}

/** Whether an object schema has a field of that name (its own: "__proto__" is never one). */
const hasField = (s: JsonSchema, name: PropertyKey) => !!s.properties && Object.hasOwn(s.properties, name);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Own property only: a file's "__proto__" or "constructor" key is data, never the prototype's. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let v = value;
  for (const step of path) {
    if (typeof v !== "object" || v === null || !Object.prototype.hasOwnProperty.call(v, step)) return { found: false };
    v = (v as Record<PropertyKey, unknown>)[step];
  }
  return { found: true, value: v };
}

/** For a choice between objects, the alternative whose fields `value` uses most (the first on a tie); else `s`. */
export function alternativeFor(s: JsonSchema, value: unknown): JsonSchema {
  const alternatives = s.anyOf?.filter((a) => isObject(a));
  if (!alternatives?.length) return s;
  const keys = isPlainObject(value) ? Object.keys(value) : [];
  const score = (a: JsonSchema) => keys.filter((k) => hasField(a, k)).length;
  return alternatives.reduce((best, a) => (score(a) > score(best) ? a : best));
}

/** The schema of the field at `path` in a document `value` described by `root`, or undefined if it has none. */
export function schemaAt(root: JsonSchema, path: readonly PropertyKey[], value: unknown): JsonSchema | undefined {
  let s: JsonSchema | undefined = root;
  for (let k = 0; k < path.length && s; k++) {
    s = alternativeFor(s, valueAt(value, path.slice(0, k)).value);
    const step = path[k]!;
    s = typeof step === "number" ? (s.prefixItems?.[step] ?? (s.items || undefined)) : hasField(s, step) ? s.properties![String(step)] : undefined;
  }
  return s;
}
