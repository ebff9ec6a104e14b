import { describe, expect, it } from "vitest";
import type { StartResult } from "../../bench/measureStart";
import type { StartPage } from "../../bench/page";
import { START_HEADER, startCells, summarizeStarts } from "../../bench/startTable";

/** A start-up load with only the figures the table reads. */
function load(page: StartPage, firstColouredMs: number, pictureMs: number | null | "none", run = 1): StartResult {
  return {
    page,
    profile: "desktop",
    run,
    url: `http://x/${page}`,
    firstColouredMs,
    firstColouredPaintedMs: firstColouredMs + 16,
    firstPicture: pictureMs === "none" ? { shown: false, paintedMs: null } : { shown: true, paintedMs: pictureMs },
    markFrame: null,
    jsBeforeColoured: null,
    bytes: null,
    renderer: null,
    errors: [],
    wallMs: 0,
  };
}

const column = (name: string) => START_HEADER.indexOf(name);

describe("the start-up table's first picture", () => {
  const starts = [
    load("sphere", 500, "none"),
    load("app", 2000, 120, 1),
    load("app", 2100, 140, 2),
    load("app", 2200, 200, 3),
    load("embed", 1900, 180, 1),
    load("embed", 1950, null, 2),
    load("story", 2500, null),
    load("baseline", 14000, "none"),
  ];
  const rows = summarizeStarts(starts, ["desktop"]);
  const row = (page: StartPage) => rows.find((r) => r.page === page)!;
  const cells = (page: StartPage) => startCells(row(page));
  const at = column("first picture painted (median)");

  it("takes the median paint time and its ratio to the sphere's first coloured frame, against the 0.3x target", () => {
    expect(row("app").firstPictureMs).toBe(140);
    expect(row("app").pictureToSphere).toBeCloseTo(0.28);
    expect(cells("app").slice(at, at + 4)).toEqual(["140 ms", "0.28x", "≤ 0.3x", "yes"]);
  });

  it("says how many loads painted it, when not all did", () => {
    expect(cells("embed").slice(at, at + 4)).toEqual(["180 ms (1 of 2 loads)", "0.36x", "≤ 0.3x", "NO"]);
  });

  it("says so where the picture was shown and never painted", () => {
    expect(cells("story").slice(at, at + 4)).toEqual(["not painted", "–", "≤ 0.3x", ""]);
  });

  it("reads n/a where the page shows no picture, and not loaded where it was not loaded", () => {
    expect(cells("sphere").slice(at, at + 4)).toEqual(["n/a", "n/a", "", ""]);
    expect(cells("baseline").slice(at, at + 4)).toEqual(["n/a", "n/a", "", ""]);
    const phone = summarizeStarts(starts, ["phone"]).find((r) => r.page === "app")!;
    expect(startCells(phone).slice(at, at + 4)).toEqual(["not loaded", "", "", ""]);
  });

  it("keeps one cell per column", () => {
    for (const r of rows) expect(startCells(r)).toHaveLength(START_HEADER.length);
  });
});
