import { shownProposals, type StepShow } from "./briefingSchema";
import type { Model } from "./schema";

/**
 * Checks what a briefing step or a point of contention shows against the valid proposal models: every shown
 * proposal exists, a comparison sets two different proposals side by side, and every emphasised region is a
 * region of a shown proposal (of either, for a comparison), listed once. `at` is the path of the object holding
 * `show` and `emphasise` (`steps[2]`), `owner` names it in messages (`step "seas"`). Regions are not checked when
 * a shown proposal is unknown.
 */
export function checkShow(
  show: StepShow,
  emphasise: readonly string[],
  at: string,
  owner: string,
  modelsById: ReadonlyMap<string, Model>,
  err: (path: string, msg: string) => void,
): void {
  const shownIds = shownProposals(show);
  const showPaths = "proposal" in show ? [`${at}.show.proposal`] : [`${at}.show.compare[0]`, `${at}.show.compare[1]`];
  const shown: Model[] = [];
  let regionsKnown = true; // false when a shown proposal is unknown: the regions cannot be checked then
  shownIds.forEach((id, k) => {
    if (k > 0 && id === shownIds[0]) {
      err(showPaths[k]!, `cannot compare proposal "${id}" with itself`);
      return;
    }
    const m = modelsById.get(id);
    if (m) shown.push(m);
    else {
      err(showPaths[k]!, `unknown proposal "${id}"`);
      regionsKnown = false;
    }
  });

  const regions = new Set(shown.flatMap((m) => m.regions.map((r) => r.id)));
  const emphasised = new Set<string>();
  emphasise.forEach((r, j) => {
    const path = `${at}.emphasise[${j}]`;
    if (emphasised.has(r)) err(path, `region "${r}" is listed twice in ${owner}`);
    emphasised.add(r);
    if (regionsKnown && !regions.has(r)) {
      const where = shown.map((m) => `"${m.id}"`).join(" or ");
      err(path, `unknown region "${r}" in ${owner} (not a region of ${where}; known: ${[...regions].join(", ")})`);
    }
  });
}
