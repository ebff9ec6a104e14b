/**
 * The views the build draws a static picture of (each proposal, each briefing step, the comparison of the first
 * two proposals in both modes), their file stems, and which picture an address opens on.
 */

/** What the pictures are made for: the ids the catalogue holds. */
export interface PictureCatalogue {
  proposals: readonly string[];
  briefings: readonly { id: string; steps: number }[];
}

export interface PictureView {
  /** The pictures' file names start with it: `proposal-<id>`, `brief-<id>-<step>`, `compare-<a>-<b>[-differences]`. */
  stem: string;
  /** The address's query that opens the view (`?proposal=…`). */
  search: string;
}

/** Every view the build draws, in a stable order. */
export function pictureViews(c: PictureCatalogue): PictureView[] {
  const out: PictureView[] = c.proposals.map((id) => ({ stem: `proposal-${id}`, search: `?proposal=${id}` }));
  for (const b of c.briefings) for (let n = 1; n <= b.steps; n++) out.push({ stem: `brief-${b.id}-${n}`, search: `?brief=${b.id}&step=${n}` });
  const [a, b] = c.proposals;
  if (a && b) {
    out.push({ stem: `compare-${a}-${b}`, search: `?compare=${a},${b}` });
    out.push({ stem: `compare-${a}-${b}-differences`, search: `?compare=${a},${b}&mode=differences` });
  }
  return out;
}

/** The stem of the view a bare address opens on: the first proposal alone (screen/kinds/proposal.ts). */
export const defaultPictureStem = (c: PictureCatalogue): string => `proposal-${c.proposals[0] ?? ""}`;

/**
 * The stem of the picture an address opens on, or null where no picture shows what the page will (a camera or a
 * date of the reader's, a point of contention, an id the catalogue does not hold). `fallback` is the stem of the
 * view a bare address shows. Written without any import or helper outside it, because the built page runs it as
 * an inline script before its first paint (see firstPaint.ts).
 */
export function pictureStemFor(search: string, c: PictureCatalogue, fallback: string): string | null {
  const params = new URLSearchParams(search);
  const neutral = ["lang", "embed", "origins", "theme", "link", "initialWidth", "childId", "parentTitle", "parentUrl"];
  const views = ["proposal", "compare", "mode", "brief", "step"];
  let plain = true;
  params.forEach((value, key) => {
    if (key === "year" && value === "2011") return;
    if (neutral.indexOf(key) < 0 && views.indexOf(key) < 0) plain = false;
  });
  if (!plain) return null;
  const brief = params.get("brief");
  if (brief !== null) {
    const b = c.briefings.filter((x) => x.id === brief)[0];
    const step = params.get("step") ?? "1";
    const n = /^[1-9][0-9]{0,2}$/.test(step) ? Number(step) : 0;
    return b && n >= 1 && n <= b.steps ? `brief-${b.id}-${n}` : null;
  }
  const compare = params.get("compare");
  if (compare !== null) {
    const pair = compare.split(",");
    const mode = params.get("mode") ?? "full";
    const [a, b] = c.proposals;
    // Only the comparison the build draws: the first two proposals, in their order.
    if (pair.length !== 2 || pair[0] !== a || pair[1] !== b || (mode !== "full" && mode !== "differences")) return null;
    return `compare-${a}-${b}${mode === "differences" ? "-differences" : ""}`;
  }
  const proposal = params.get("proposal");
  if (proposal !== null) return c.proposals.indexOf(proposal) >= 0 ? `proposal-${proposal}` : null;
  return params.has("step") || params.has("mode") ? null : fallback;
}
