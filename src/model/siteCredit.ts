import type { Site } from "./siteSchema";

/**
 * The site file with the CREDIT build option applied: a credit given when building (`CREDIT="…" npm run build`)
 * takes the place of the site file's credit, in every language and everywhere the credit is printed; without one,
 * the site file is as it is. With a credit and no site file, a site of that credit alone.
 */
export function withCredit(site: Site | null | undefined, credit: string | null): Site | null {
  if (!credit) return site ?? null;
  return { ...(site ?? { type: "site", notes: [] }), credit: { en: credit, ru: credit } };
}
