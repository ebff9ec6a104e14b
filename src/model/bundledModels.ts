/** The model files in models/, as text keyed by "models/<id>.json" (the JSON Schema is not a model). */
const raw = import.meta.glob(["../../models/*.json", "!../../models/*.schema.json"], {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;

export const bundledModelFiles: Record<string, string> = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ""), text]),
);
