import { readFileSync } from "node:fs";
import { act } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "./renderApp";

const nato = readFileSync("models/nato-two-systems.json", "utf8");
const russia = readFileSync("models/russia-sectors.json", "utf8");


const render = (files: Record<string, string>, search = "") => renderApp(files, search);

const noticeText = (el: HTMLElement) => [...el.querySelectorAll(".notice__text")].map((n) => n.textContent ?? "");

describe("the app around the globe", () => {
  it("leaves out an invalid model, names the file, path and bad value, and still shows the other", async () => {
    const broken = JSON.parse(russia);
    broken.regions[0].countries[1] = "XYZ";
    const el = await render({ "models/nato-two-systems.json": nato, "models/russia-sectors.json": JSON.stringify(broken) });
    expect(noticeText(el).join("\n")).toContain('models/russia-sectors.json: regions[0].countries[1]: unknown country "XYZ"');
    const buttons = [...el.querySelectorAll<HTMLButtonElement>(".switcher__button")].map((b) => b.dataset.proposal);
    expect(buttons).toEqual(["nato-two-systems"]);
    expect(el.querySelector("h1")?.textContent).toContain("NATO");
    expect(el.querySelector(".illustrative-note")?.textContent).toMatch(/Illustrative only/);
  });

  it("reports a file that is not JSON at all", async () => {
    const el = await render({ "models/nato-two-systems.json": nato, "models/broken.json": "{ not json" });
    expect(noticeText(el).join("\n")).toMatch(/models\/broken\.json: not valid JSON/);
    expect(el.querySelectorAll(".switcher__button")).toHaveLength(1);
  });

  it("explains itself without WebGL: a message, and the panel still describes the proposal", async () => {
    const el = await render({ "models/nato-two-systems.json": nato, "models/russia-sectors.json": russia }, "?proposal=russia-sectors");
    // jsdom has no WebGL: the SVG globe is drawn instead (its module loads on demand), with a notice.
    await vi.waitFor(() => expect(el.querySelector("svg.svg-globe")).not.toBeNull(), { timeout: 60_000 });
    expect(noticeText(el).join("\n")).toMatch(/WebGL is unavailable/);
    expect(el.querySelector("h1")?.textContent).toContain("Russia");
    expect(el.querySelectorAll(".regions li").length).toBeGreaterThanOrEqual(6);
    expect(el.querySelector(".legend")?.textContent).toMatch(/Disputed/);
  });

  it("switches proposals with the number keys and keeps the URL in step", async () => {
    const el = await render({ "models/nato-two-systems.json": nato, "models/russia-sectors.json": russia });
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "2" }));
    });
    expect(el.querySelector('.switcher__button[aria-pressed="true"]')?.getAttribute("data-proposal")).toBe("russia-sectors");
    expect(new URLSearchParams(location.search).get("proposal")).toBe("russia-sectors");
  });

  it("shows a message when no model is valid, instead of a blank page", async () => {
    const el = await render({ "models/broken.json": "[]" });
    expect(el.querySelector(".empty")?.textContent).toMatch(/No valid proposal/);
    expect(noticeText(el).length).toBeGreaterThan(0);
  });

  it("shows text from a model as text: a label that looks like HTML appears literally", async () => {
    const hostile = JSON.parse(russia);
    hostile.regions[0].label.en = '<img src=x onerror="alert(1)">';
    hostile.title.en = "<script>alert(1)</script> Russia";
    const el = await render({ "models/russia-sectors.json": JSON.stringify(hostile) });
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("script")).toBeNull();
    expect(el.querySelector(".regions")?.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(el.querySelector("h1")?.textContent).toContain("<script>alert(1)</script> Russia");
  });
});
