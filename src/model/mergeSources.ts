import type { Source } from "./schema";

/** All sources of the given lists, each id once (the first definition wins), the article first, then by date. */
export function mergeSources(...lists: readonly (readonly Source[])[]): Source[] {
  const seen = new Map<string, Source>();
  for (const list of lists) for (const s of list) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()].sort((a, b) => (a.via ? 1 : 0) - (b.via ? 1 : 0) || (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id));
}
