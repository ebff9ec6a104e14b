/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbouring
 * characters each count 1 ("countires" is 1 from "countries").
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidates nearest to `word`, nearest first (ties in the candidates' order), at most `limit`, leaving out
 * any more than `maxDistance` edits away. A candidate for which `prefers(candidate)` is true counts as 0 edits away.
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  { limit = 3, maxDistance = 2, prefers }: { limit?: number; maxDistance?: number; prefers?: (candidate: string) => boolean } = {},
): string[] {
  const scored: [candidate: string, distance: number, order: number][] = [];
  let order = 0;
  for (const c of candidates) {
    // The distance is at least the difference in length: a far longer word (a hostile key) costs nothing.
    const d = prefers?.(c) ? 0 : Math.abs(word.length - c.length) > maxDistance ? Infinity : editDistance(word, c);
    if (d <= maxDistance) scored.push([c, d, order]);
    order++;
  }
  return scored
    .sort((x, y) => x[1] - y[1] || x[2] - y[2])
    .slice(0, limit)
    .map(([c]) => c);
}
