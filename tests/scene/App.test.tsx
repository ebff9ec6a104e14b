import { act } from "react";
import { describe, expect, it, vi } from "vitest";
import { SITE_FIXTURE, fixtureFiles, readRepoFile } from "../unit/support";
import { DARK, LIGHT } from "../../src/theme";
import { renderApp } from "./renderApp";

/*
 * The app around the globe, with the invented proposals of tests/fixtures/ (see fixtureModels in
 * tests/unit/support.ts): example-joint (two parties, six regions, two of them disputed) and example-separate.
 */
const SEPARATE = "tests/fixtures/example-separate.json";
const JOINT = "tests/fixtures/example-joint.json";
const separate = fixtureFiles()[SEPARATE]!;
const joint = fixtureFiles()[JOINT]!;
const SEPARATE_TITLE = "Example: each group keeps its own arrangement";
const JOINT_TITLE = "Example: one shared arrangement in two parts";


const render = (files: Record<string, string>, search = "") => renderApp(files, search);

const noticeText = (el: HTMLElement) => [...el.querySelectorAll(".notice__text")].map((n) => n.textContent ?? "");

describe("the app around the globe", () => {
  it("leaves out an invalid model, names the file, path and bad value, and still shows the other", async () => {
    const broken = JSON.parse(joint);
    broken.regions[0].countries[1] = "XYZ";
    const el = await render({ [SEPARATE]: separate, [JOINT]: JSON.stringify(broken) });
    expect(noticeText(el).join("\n")).toContain('tests/fixtures/example-joint.json: regions[0].countries[1]: unknown country "XYZ"');
    const buttons = [...el.querySelectorAll<HTMLButtonElement>(".switcher__button")].map((b) => b.dataset.proposal);
    expect(buttons).toEqual(["example-separate"]);
    expect(el.querySelector("h1")?.textContent).toBe(SEPARATE_TITLE);
    expect(el.querySelector(".illustrative-note")?.textContent).toMatch(/Illustrative only/);
  });

  it("reports a file that is not JSON at all", async () => {
    const el = await render({ [SEPARATE]: separate, "models/broken.json": "{ not json" });
    expect(noticeText(el).join("\n")).toMatch(/models\/broken\.json: not valid JSON/);
    expect(el.querySelectorAll(".switcher__button")).toHaveLength(1);
    // No site file: nothing after the note.
    expect(el.querySelector(".illustrative-note__details, .illustrative-note__extra, .illustrative-note__credit")).toBeNull();
  });

  it("explains itself without WebGL: a message, and the panel still describes the proposal", async () => {
    const el = await render({ [SEPARATE]: separate, [JOINT]: joint }, "?proposal=example-joint");
    // jsdom has no WebGL: the SVG globe is drawn instead (its module loads on demand), with a notice.
    await vi.waitFor(() => expect(el.querySelector("svg.svg-globe")).not.toBeNull(), { timeout: 60_000 });
    expect(noticeText(el).join("\n")).toMatch(/WebGL is unavailable/);
    expect(el.querySelector("h1")?.textContent).toBe(JOINT_TITLE);
    const regions = [...el.querySelectorAll(".regions li[data-region]")].map((li) => li.getAttribute("data-region"));
    expect(regions).toEqual(["core-a", "core-b", "poland-either", "czechia-either", "moldova-reading", "two-seas"]);
    expect(el.querySelector(".legend")?.textContent).toContain("Disputed: Group B on one reading, Group A on another");
  });

  it("switches proposals with the number keys and keeps the URL in step", async () => {
    // The switcher lists the proposals by id: example-joint first, example-separate second.
    const el = await render({ [SEPARATE]: separate, [JOINT]: joint });
    const pressed = () => el.querySelector('.switcher__button[aria-pressed="true"]')?.getAttribute("data-proposal");
    expect(pressed()).toBe("example-joint");
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "2" }));
    });
    expect(pressed()).toBe("example-separate");
    expect(new URLSearchParams(location.search).get("proposal")).toBe("example-separate");
  });

  it("shows a message when no model is valid, instead of a blank page", async () => {
    const el = await render({ "models/broken.json": "[]" });
    expect(el.querySelector(".empty")?.textContent).toMatch(/No valid proposal/);
    expect(noticeText(el).length).toBeGreaterThan(0);
  });

  const withSite = () => ({ [SEPARATE]: separate, [JOINT]: joint, "models/site.json": readRepoFile(SITE_FIXTURE) });
  const note = (el: HTMLElement) => el.querySelector(".stage .illustrative-note")!;

  it("prints the site file's date of revision and credit after the note, then its notes, in the note's box", async () => {
    const el = await render(withSite());
    expect(note(el).querySelector(".illustrative-note__details")?.textContent?.trim()).toBe("Updated 20 November 2026 · Graphic: Example Desk / The Example Daily");
    expect([...note(el).querySelectorAll(".illustrative-note__extra")].map((n) => n.textContent?.trim())).toEqual(["An invented note for the tests.", "A second invented note."]);
    expect(note(el).hasAttribute("data-keep-out")).toBe(true);
    // Beside the panel, the panel shows the notes instead (styles.css), so that the note over the globe stays short.
    expect([...el.querySelectorAll("[data-notes] li")].map((n) => n.textContent)).toEqual(["An invented note for the tests.", "A second invented note."]);
  });

  it("in Russian in an embed: the line in Russian, and the credit ready for the short note of a small frame", async () => {
    const el = await render(withSite(), "?lang=ru&embed=1");
    expect(note(el).querySelector(".illustrative-note__details")?.textContent?.trim()).toBe("Обновлено 20 ноября 2026 г. · Графика: отдел примеров / «Ежедневный пример»");
    expect(note(el).querySelector(".illustrative-note__short .illustrative-note__credit")?.textContent?.trim()).toBe("Графика: отдел примеров / «Ежедневный пример»");
  });

  it("shows text from a model as text: a label that looks like HTML appears literally", async () => {
    const hostile = JSON.parse(joint);
    hostile.regions[0].label.en = '<img src=x onerror="alert(1)">';
    hostile.title.en = "<script>alert(1)</script> Example";
    const el = await render({ [JOINT]: JSON.stringify(hostile) });
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("script")).toBeNull();
    expect(el.querySelector(".regions")?.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(el.querySelector("h1")?.textContent).toContain("<script>alert(1)</script> Example");
  });
});

/** A colour as jsdom writes it back from a style (rgb(r, g, b)), to compare with a theme's #rrggbb. */
const asStyled = (hex: string) => Object.assign(document.createElement("i").style, { color: hex }).color;

/** A matchMedia for jsdom whose dark-scheme query matches while `dark.value` is true, and can announce a change. */
function fakeSystem(dark: { value: boolean }) {
  const listeners = new Set<() => void>();
  vi.stubGlobal("matchMedia", (query: string) => ({
    get matches() {
      return query === "(prefers-color-scheme: dark)" && dark.value;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }));
  return () => act(async () => listeners.forEach((l) => l()));
}

describe("the colour scheme", () => {
  const globe = async (el: HTMLElement) => {
    await vi.waitFor(() => expect(el.querySelector("svg.svg-globe path")).not.toBeNull(), { timeout: 60_000 });
    return el.querySelector<SVGElement>("svg.svg-globe")!;
  };
  const legendSwatch = (el: HTMLElement) => el.querySelector<HTMLElement>(".legend .swatch")!.style.background;

  it("theme=dark draws the page, the key, the globe, its names and its schematic in the dark theme", async () => {
    const el = await render({ [SEPARATE]: separate, [JOINT]: joint }, "?proposal=example-separate&theme=dark");
    const svg = await globe(el);
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(svg.querySelector("path")!.getAttribute("fill")).toBe(DARK.ocean);
    expect(legendSwatch(el)).toBe(asStyled(DARK.parties.blue));
    expect(el.querySelector(".schematic-inset rect")!.getAttribute("fill")).toBe(DARK.inset.fill);
    await vi.waitFor(() => expect(svg.querySelector('text[data-label^="country-"]')).not.toBeNull(), { timeout: 60_000 });
    expect(svg.querySelector('text[data-label^="country-"]')!.getAttribute("fill")).toBe(DARK.labels.country.colour);
    expect(svg.querySelector('text[data-label^="country-"]')!.getAttribute("stroke")).toBe(DARK.labels.halo);
    expect(new URL(location.href).searchParams.get("theme")).toBe("dark");
  });

  it("auto follows the system's scheme as it changes, and keeps theme out of the address", async () => {
    const dark = { value: false };
    const change = fakeSystem(dark);
    const el = await render({ [SEPARATE]: separate }, "?proposal=example-separate");
    const svg = await globe(el);
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(svg.querySelector("path")!.getAttribute("fill")).toBe(LIGHT.ocean);
    expect(legendSwatch(el)).toBe(asStyled(LIGHT.parties.blue));
    dark.value = true;
    await change();
    expect(document.documentElement.dataset.theme).toBe("dark");
    await vi.waitFor(() => expect(el.querySelector("svg.svg-globe path")!.getAttribute("fill")).toBe(DARK.ocean));
    expect(legendSwatch(el)).toBe(asStyled(DARK.parties.blue));
    expect(new URL(location.href).searchParams.has("theme")).toBe(false);
  });
});
