import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import type { Lang } from "../../../src/i18n/lang";
import { screenFor } from "../../../src/screen/screenFor";
import type { Catalogue, Screen } from "../../../src/screen/types";
import type { ViewState } from "../../../src/state/viewState";
import { DARK, LIGHT } from "../../../src/theme";
import { svgDocument } from "../../../src/ui/svgExport";
import { fixtureModels, type LoadedFiles } from "../support";

/*
 * The print-ready SVG of a view, on the invented proposals of tests/fixtures/ (see fixtureModels in ../support.ts):
 * example-separate, whose two arrangements "Share information" («Обмен информацией»), and example-joint, "One shared
 * arrangement" («Общий механизм»).
 */
let f: LoadedFiles;
let geography: Geography;
let catalogue: Catalogue;

beforeAll(() => {
  f = fixtureModels();
  geography = prepareGeography();
  catalogue = { models: [...f.resolved.values()].map((r) => r.model), briefings: f.briefings, contexts: f.contexts };
}, 120_000);

const view = (lang: Lang, changes: Partial<ViewState>): ViewState => ({ mode: "full", linked: true, asOf: "model-date", embed: false, lang, theme: "auto", ...changes });
const exported = (screen: Screen) =>
  svgDocument({
    geography,
    globes: screen.globes,
    at: screen.camera.at,
    title: screen.title,
    viewTitles: screen.globes.map((g) => g.title),
    legend: screen.legend,
    note: "Illustrative only.",
    source: screen.sourceSummary,
    insets: screen.globes.map((g) => g.inset),
    theme: screen.theme,
  });
/** The inset elements of an SVG document: the nested <svg> with role="img" after each globe. */
const insetsOf = (svg: string) => [...svg.matchAll(/<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="0 0 ([\d.]+) [\d.]+" role="img" aria-label="([^"]*)">(.*?)<\/svg>/g)];

describe("svgDocument: the schematic inset", () => {
  it("draws each globe's inset, with its labels in the language shown", () => {
    const en = insetsOf(exported(screenFor(view("en", { proposal: "example-separate" }), catalogue, geography, "en", "2026-12-01")));
    expect(en).toHaveLength(1);
    expect(en[0]![3]).toMatch(/^Schematic, not tied to any place: /);
    expect(en[0]![4]).toContain(">Share information</text>");
    expect(en[0]![4]).toContain(">Group A's</text>");
    const ru = insetsOf(exported(screenFor(view("ru", { proposal: "example-separate" }), catalogue, geography, "ru", "2026-12-01")));
    expect(ru[0]![4]).toContain(">Обмен информацией</text>");
  });

  it("scales the inset's drawing with the document: its text is drawn larger than its own units", () => {
    const [inset] = insetsOf(exported(screenFor(view("en", { proposal: "example-joint" }), catalogue, geography, "en", "2026-12-01")));
    // Drawn 30% of a 1000-unit globe wide, from a drawing 260 units wide: the text grows with it.
    expect(Number(inset![1])).toBeCloseTo(300, 0);
    expect(Number(inset![2])).toBe(260);
    expect(inset![4]).toContain(">One shared arrangement</text>");
  });

  it("gives each globe of a comparison its own inset, in that globe's corner", () => {
    const svg = exported(screenFor(view("en", { compare: ["example-separate", "example-joint"] }), catalogue, geography, "en", "2026-12-01"));
    const insets = insetsOf(svg);
    expect(insets.map((m) => m[3]!.includes("Share information"))).toEqual([true, false]);
    expect(insets[1]![4]).toContain("One shared arrangement");
    const x = insets.map((m) => Number(/^<svg x="([\d.]+)"/.exec(m[0])![1]));
    expect(x[0]).toBeGreaterThan(500);
    expect(x[0]).toBeLessThan(1000);
    expect(x[1]).toBeGreaterThan(1500);
  });
});

describe("svgDocument: the colour scheme", () => {
  it("draws a dark screen in the dark theme's colours, from the same screen model and renderer (as Node can)", () => {
    const dark = exported(screenFor(view("en", { proposal: "example-joint", theme: "dark" }), catalogue, geography, "en", "2026-12-01"));
    const light = exported(screenFor(view("en", { proposal: "example-joint" }), catalogue, geography, "en", "2026-12-01"));
    expect(dark).toMatch(new RegExp(`^<\\?xml[^>]*>\\n<svg [^>]*><rect width="1000" height="\\d+" fill="${DARK.background}"/>`));
    expect(light).toMatch(new RegExp(`^<\\?xml[^>]*>\\n<svg [^>]*><rect width="1000" height="\\d+" fill="${LIGHT.background}"/>`));
    // The ocean, the borders, the names and the inset's panel.
    expect(dark).toContain(`fill="${DARK.ocean}"`);
    expect(dark).toContain(`stroke="${DARK.border}"`);
    expect(dark).toMatch(new RegExp(`data-label="country-POL"[^>]*fill="${DARK.labels.country.colour}"`));
    expect(dark).toContain(`fill="${DARK.inset.fill}" stroke="${DARK.inset.stroke}"`);
    expect(dark).toContain(`fill="${DARK.parties.orange}"`);
    for (const colour of [LIGHT.background, LIGHT.ocean, LIGHT.land, LIGHT.parties.blue, LIGHT.labels.country.colour]) expect(dark, colour).not.toContain(`"${colour}"`);
  });
});

describe("svgDocument: the globe's names", () => {
  /** The names written on the globes: text elements carrying a label id. */
  const namesOf = (svg: string) => new Map([...svg.matchAll(/data-label="([^"]+)"[^>]*>(?:<rect[^>]*\/>|<rect[^>]*><\/rect>|<text[^>]*>)*([^<]*)</g)].map((m) => [m[1]!, m[2]!]));

  it("writes the names the globe shows, in the language shown, at the size they have on screen", () => {
    const svg = exported(screenFor(view("en", { proposal: "example-joint" }), catalogue, geography, "en", "2026-12-01"));
    const names = namesOf(svg);
    expect(names.get("sea-baltic")).toBe("Baltic Sea");
    expect(names.get("country-POL")).toBe("Poland");
    expect([...names.keys()]).toContain("party-group-b");
    // Country names at the 3D globe's 12 px, on a globe drawn 1000 units wide.
    expect(svg).toMatch(/data-label="country-POL"[^>]*font-size="12"/);
    const ru = namesOf(exported(screenFor(view("ru", { proposal: "example-joint" }), catalogue, geography, "ru", "2026-12-01")));
    expect(ru.get("sea-baltic")).toBe("Балтийское море");
  });
});
