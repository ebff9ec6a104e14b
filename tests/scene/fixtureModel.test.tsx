import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Geography } from "../../src/data/geography";
import { prepareGeography } from "../../src/data/prepareGeography";
import { loadModels } from "../../src/model/loadModels";
import { buildPalette } from "../../src/model/palette";
import { resolveModel, type ResolvedModel } from "../../src/model/resolve";
import { textViewRows } from "../../src/model/textView";
import { LIGHT } from "../../src/theme";
import { openSections, renderApp } from "./renderApp";

/*
 * tests/fixtures/pacific-example.json: a small invented model of the South Pacific, not shipped in models/, that
 * shows a model can cover any region of the world. It is loaded by the app's own loader beside the shipped files,
 * and drawn: its countries take its parties' colours, and the text view lists them.
 */

const FIXTURE = "tests/fixtures/pacific-example.json";
const MODEL_FILES = ["nato-two-systems", "russia-sectors", "may-2011", "may-2011-context"].map((id) => `models/${id}.json`);
const files = Object.fromEntries([...MODEL_FILES, FIXTURE].map((f) => [f, readFileSync(f, "utf8")]));

let geography: Geography;
let pacific: ResolvedModel;

beforeAll(() => {
  geography = prepareGeography();
  const loaded = loadModels(files, geography.ref);
  expect(loaded.errors).toEqual([]);
  pacific = resolveModel(loaded.models.find((m) => m.id === "pacific-example")!, geography.atlas, geography.ref);
});

const hex = (p: Uint8Array, i: number) => `#${[...p.slice(i * 4, i * 4 + 3)].map((v) => v.toString(16).padStart(2, "0")).join("")}`;

/** The palette index of a country's piece. */
function piece(code: string): number {
  const p = geography.atlas.pieces.find((x) => x.key === code);
  if (!p) throw new Error(`no piece ${code}`);
  return p.index;
}

async function render(search: string) {
  const host = await renderApp(files, search);
  await vi.waitFor(() => expect(host.querySelector("svg.svg-globe")).not.toBeNull(), { timeout: 60_000 });
  return host;
}

describe("a model of another part of the world (tests/fixtures/pacific-example.json)", () => {
  it("loads with the app's validator beside the shipped models", () => {
    const loaded = loadModels(files, geography.ref);
    expect(loaded.models.map((m) => m.id)).toEqual(["nato-two-systems", "pacific-example", "russia-sectors"]);
    expect(loaded.briefings).toHaveLength(1);
  });

  it("puts its parties' colours in the palette: green west, purple east, stripes of both between, across the 180th meridian", () => {
    const width = geography.paletteWidth;
    const palette = buildPalette(pacific, geography.landCount, width);
    for (const code of ["AUS", "PNG", "SLB"]) expect([hex(palette, piece(code)), hex(palette, width + piece(code))], code).toEqual([LIGHT.parties.green, LIGHT.parties.green]);
    for (const code of ["NZL", "TON", "WSM"]) expect([hex(palette, piece(code)), hex(palette, width + piece(code))], code).toEqual([LIGHT.parties.purple, LIGHT.parties.purple]);
    for (const code of ["FJI", "VUT"]) expect([hex(palette, piece(code)), hex(palette, width + piece(code))], code).toEqual([LIGHT.parties.green, LIGHT.parties.purple]);
    // Nothing else in the world is shaded.
    const shaded = pacific.pieceCountry.filter((_, i) => pacific.areaRegion[i]! >= 0).sort();
    expect(shaded).toEqual(["AUS", "FJI", "NZL", "PNG", "SLB", "TON", "VUT", "WSM"]);
  });

  it("draws its countries in its colours and lists them in the text view", async () => {
    const el = await render("?proposal=pacific-example");
    expect(el.querySelector("h1")?.textContent).toBe("Illustrative example: two groups share responsibility in the South Pacific");
    expect(el.querySelector('path[data-piece="AUS"]')?.getAttribute("fill")).toBe(LIGHT.parties.green);
    expect(el.querySelector('path[data-piece="NZL"]')?.getAttribute("fill")).toBe(LIGHT.parties.purple);
    expect(el.querySelector('path[data-piece="FJI"]')?.getAttribute("fill")).toMatch(/^url\(#/); // stripes
    expect(el.querySelector('path[data-piece="RUS"]')?.getAttribute("fill")).not.toBe(LIGHT.parties.green);
    await openSections(el);

    const rows = [...el.querySelectorAll('table.text-view[data-model="pacific-example"] tr[data-region]')];
    expect(rows.map((r) => r.getAttribute("data-region"))).toEqual(["western-states", "eastern-states", "states-between"]);
    expect(rows.map((r) => r.querySelector("[data-countries]")?.getAttribute("data-countries"))).toEqual(["AUS PNG SLB", "NZL TON WSM", "FJI VUT"]);
    const table = el.querySelector('table.text-view[data-model="pacific-example"]')?.textContent ?? "";
    for (const name of ["Australia", "New Zealand", "Fiji", "Western group", "Eastern group"]) expect(table).toContain(name);
    expect([...el.querySelectorAll(".legend li")].map((li) => li.textContent).join(" | ")).toMatch(/Western group/);
  });

  it("speaks Russian with its own Russian texts", async () => {
    const el = await render("?proposal=pacific-example&lang=ru");
    expect(el.querySelector("h1")?.textContent).toBe("Условный пример: две группы делят ответственность в южной части Тихого океана");
    const rows = textViewRows(pacific, "ru");
    expect(rows.map((r) => r.responsible)).toEqual(["Западная группа", "Восточная группа", expect.stringContaining("Восточная группа")]);
    await openSections(el);
    const table = el.querySelector('table.text-view[data-model="pacific-example"]')?.textContent ?? "";
    for (const text of ["Западные государства", "Австралия", "Фиджи"]) expect(table).toContain(text);
  });
});
