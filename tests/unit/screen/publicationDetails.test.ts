import { describe, expect, it } from "vitest";
import type { Site } from "../../../src/model/siteSchema";
import { NO_DETAILS, publicationDetails } from "../../../src/screen/publicationDetails";

/** A site file as the loader gives it (invented words). */
const SITE: Site = {
  type: "site",
  credit: { en: "Graphic: Example Desk", ru: "Графика: отдел примеров" },
  byline: { en: "By An Example Author", ru: "Автор: Пример Примеров" },
  notes: [
    { en: "First note.", ru: "Первое примечание." },
    { en: "Second note.", ru: "Второе примечание." },
  ],
  updated: "2026-12-01",
};

describe("publicationDetails: what the desk prints under the graphic, in a language", () => {
  it("in English: the date of revision written out, then the credit, on one line; the byline and the notes apart", () => {
    expect(publicationDetails(SITE, "en")).toEqual({
      updated: "Updated 1 December 2026",
      credit: "Graphic: Example Desk",
      byline: "By An Example Author",
      notes: ["First note.", "Second note."],
      line: "Updated 1 December 2026 · Graphic: Example Desk",
    });
  });

  it("in Russian, with the Russian date format", () => {
    expect(publicationDetails(SITE, "ru")).toEqual({
      updated: "Обновлено 1 декабря 2026 г.",
      credit: "Графика: отдел примеров",
      byline: "Автор: Пример Примеров",
      notes: ["Первое примечание.", "Второе примечание."],
      line: "Обновлено 1 декабря 2026 г. · Графика: отдел примеров",
    });
  });

  it("a line of either part alone, and nothing without a site file or without both", () => {
    expect(publicationDetails({ type: "site", notes: [], updated: "2011-05-03" }, "en").line).toBe("Updated 3 May 2011");
    expect(publicationDetails({ type: "site", notes: [], credit: SITE.credit }, "ru").line).toBe("Графика: отдел примеров");
    expect(publicationDetails({ type: "site", notes: [] }, "en")).toEqual({ updated: null, credit: null, byline: null, notes: [], line: "" });
    expect(publicationDetails(null, "en")).toEqual(NO_DETAILS);
    expect(publicationDetails(undefined, "ru")).toEqual(NO_DETAILS);
  });
});
