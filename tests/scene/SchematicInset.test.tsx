import { act } from "react";
import { describe, expect, it, vi } from "vitest";
import { fixtureFiles } from "../unit/support";
import { renderApp } from "./renderApp";

/*
 * The schematic inset in the corner of each globe's frame, in the app in jsdom (no WebGL, so the SVG globes), with the
 * invented proposals of tests/fixtures/ (see fixtureModels in tests/unit/support.ts): example-separate (two
 * arrangements that "Share information") and example-joint ("One shared arrangement" with two parts and a centre).
 * The switcher lists them by id: example-joint first (key 1), example-separate second (key 2).
 */
const files = fixtureFiles();

/** The insets on screen, frame by frame, once the SVG globes are drawn. */
async function insets(el: HTMLElement, count = 1): Promise<HTMLElement[]> {
  await vi.waitFor(() => expect(el.querySelectorAll("svg.svg-globe")).toHaveLength(count), { timeout: 60_000 });
  return [...el.querySelectorAll<HTMLElement>(".globe__frame")].map((frame) => {
    const found = frame.querySelectorAll<HTMLElement>(".schematic-inset[data-keep-out]");
    expect(found).toHaveLength(1);
    return found[0]!;
  });
}
/** The words drawn in an inset's full drawing. */
const drawnText = (inset: HTMLElement) => [...inset.querySelectorAll(".schematic-inset__drawing--full text")].map((t) => t.textContent).join(" ");

describe("the schematic inset in the globe's frame", () => {
  it("shows the proposal's systems and their exchange as an image labelled in the language shown, clear of the place labels", async () => {
    const el = await renderApp(files, "?proposal=example-separate");
    const [inset] = await insets(el);
    expect(inset!.getAttribute("role")).toBe("img");
    expect(inset!.hasAttribute("data-keep-out")).toBe(true);
    expect(inset!.getAttribute("aria-label")).toMatch(/^Schematic, not tied to any place: Group A's arrangement \(Group A\); .*each way: Share information\.$/);
    expect(drawnText(inset!)).toContain("Share information");
    // Both drawings are there for the stylesheet to choose from, each hidden from screen readers (the label says it all).
    expect(inset!.querySelectorAll("svg.schematic-inset__drawing")).toHaveLength(2);
    for (const svg of inset!.querySelectorAll("svg")) expect(svg.getAttribute("aria-hidden")).toBe("true");
  });

  it("switches with the proposal", async () => {
    const el = await renderApp(files, "?proposal=example-separate");
    await insets(el);
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "1" }));
    });
    const [inset] = await insets(el);
    expect(inset!.getAttribute("aria-label")).toMatch(/^Schematic, not tied to any place: One shared arrangement \(Group A and Group B\), made up of /);
    expect(drawnText(inset!)).toContain("One shared arrangement");
    expect(drawnText(inset!)).not.toContain("Share information");
  });

  it("is in Russian when the page is", async () => {
    const el = await renderApp(files, "?proposal=example-separate&lang=ru");
    const [inset] = await insets(el);
    expect(inset!.getAttribute("aria-label")).toMatch(/^Схема, не привязанная к местности: Механизм группы А \(Группа А\); .*Обмен информацией\.$/);
    expect(drawnText(inset!)).toContain("Обмен информацией");
    expect(drawnText(inset!)).not.toMatch(/[A-Za-z]/);
  });

  it("draws a node's label that looks like markup as text", async () => {
    const hostile = JSON.parse(files["tests/fixtures/example-separate.json"]!);
    hostile.nodes[0].label.en = '<img src=x onerror="alert(1)"> arrangement';
    const el = await renderApp({ "tests/fixtures/example-separate.json": JSON.stringify(hostile) }, "?proposal=example-separate");
    const [inset] = await insets(el);
    expect(el.querySelector("img")).toBeNull();
    expect(inset!.querySelector("image, foreignObject, script")).toBeNull();
    expect(inset!.getAttribute("aria-label")).toContain('<img src=x onerror="alert(1)"> arrangement');
    expect(drawnText(inset!)).toContain("<img");
  });

  it("gives each frame of a comparison its own inset", async () => {
    const el = await renderApp(files, "?compare=example-separate,example-joint");
    const [left, right] = await insets(el, 2);
    expect(left!.getAttribute("aria-label")).toContain("Share information");
    expect(right!.getAttribute("aria-label")).toContain("One shared arrangement");
  });
});
