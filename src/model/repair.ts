import type { z } from "zod";

/** How many rounds of repair are tried before giving up (each removes what the schema rejected). */
const MAX_ROUNDS = 8;

/**
 * A copy of a file's parsed JSON with what the schema rejected taken out, so that the checks that follow the
 * schema (references to countries, parties, sources, ids) can still run on the rest, as a compiler goes on
 * after its first error. Unknown fields are dropped; any other rejected value takes the list item it lies in
 * (the region, step or source object around it) out with it. `originalPath` turns a path in the copy back into the file's own
 * path (list indices as in the file); `removedIds` are the ids in the items taken out (their own, and those they
 * refer to), so that a check does not report them as unknown or unused (the item's own problem is reported). Undefined when a
 * problem lies outside every list item (the file's own id, title, …): the checks then need data that is not there.
 */
export function repairForChecks<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { data: T; originalPath: (path: string) => string; removedIds: ReadonlySet<string> } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const copy = structuredClone(value) as unknown;
  const indices = new WeakMap<unknown[], number[]>();
  const indicesOf = (a: unknown[]) => {
    let list = indices.get(a);
    if (!list) indices.set(a, (list = a.map((_, i) => i)));
    return list;
  };
  const removedIds = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = schema.safeParse(copy);
    if (parsed.success) return { data: parsed.data, originalPath: (path) => originalPath(copy, path, indices), removedIds };
    const removals = new Map<unknown[], Set<number>>();
    for (const issue of parsed.error.issues) {
      const target = walk(copy, issue.path);
      if (issue.code === "unrecognized_keys" && isObject(target)) {
        for (const key of issue.keys) delete target[key];
        continue;
      }
      const item = deepestItem(copy, issue.path);
      if (!item) return undefined;
      if (!removals.has(item.list)) removals.set(item.list, new Set());
      removals.get(item.list)!.add(item.index);
    }
    // From the end of each list first, so that earlier indices stay valid.
    for (const [list, items] of removals) {
      const original = indicesOf(list);
      for (const index of [...items].sort((a, b) => b - a)) {
        collectIds(list[index], removedIds);
        list.splice(index, 1);
        original.splice(index, 1);
      }
    }
  }
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function walk(root: unknown, path: readonly PropertyKey[]): unknown {
  let target = root;
  for (const p of path) target = (target as Record<PropertyKey, unknown> | undefined)?.[p];
  return target;
}

/** The deepest list item on a path that is an object (a region, a step, a source), not a plain value in a list. */
function deepestItem(root: unknown, path: readonly PropertyKey[]): { list: unknown[]; index: number } | undefined {
  let found: { list: unknown[]; index: number } | undefined;
  let node = root;
  for (const p of path) {
    if (Array.isArray(node) && typeof p === "number" && isObject(node[p])) found = { list: node, index: p };
    node = (node as Record<PropertyKey, unknown> | undefined)?.[p];
  }
  return found;
}

/** regions[2].countries[0] in the repaired copy → the same place in the file, e.g. regions[3].countries[0]. */
function originalPath(copy: unknown, path: string, indices: WeakMap<unknown[], number[]>): string {
  let node = copy;
  return path.replace(/\[(\d+)\]|([^.[\]]+)/g, (whole, index: string | undefined, key: string | undefined) => {
    if (key !== undefined) {
      node = (node as Record<string, unknown> | undefined)?.[key];
      return whole;
    }
    const i = Number(index);
    const list = node as unknown[] | undefined;
    const original = Array.isArray(list) ? (indices.get(list)?.[i] ?? i) : i;
    node = Array.isArray(list) ? list[i] : undefined;
    return `[${original}]`;
  });
}

/** Every id-like string (an id, a reference, a country code) in a value, into `out`. */
function collectIds(value: unknown, out: Set<string>): void {
  if (typeof value === "string") {
    if (/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, out);
  } else if (isObject(value)) {
    for (const v of Object.values(value)) collectIds(v, out);
  }
}
