// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderStoryProblems } from "../../../src/story/renderStory";

describe("renderStoryProblems: the story page when its briefing does not load", () => {
  it("shows each problem, with its file, as an alert in the page's language, and the language links", () => {
    const root = document.createElement("main");
    renderStoryProblems(root, "en", ["models/may-2011.json: steps[0].title.ru: missing Russian text", "models/x.json: (top level): not JSON"]);
    const alert = root.querySelector('[role="alert"]')!;
    expect([...alert.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "A file in models/ was not loaded. models/may-2011.json: steps[0].title.ru: missing Russian text",
      "A file in models/ was not loaded. models/x.json: (top level): not JSON",
    ]);
    expect([...root.querySelectorAll(".story-lang a")].map((a) => a.getAttribute("href"))).toEqual(["story.html", "story.html?lang=ru"]);
    expect(document.documentElement.lang).toBe("en");
  });
  it("keeps the story's theme in its language links", () => {
    const root = document.createElement("main");
    renderStoryProblems(root, "ru", ["models/x.json: (top level): not JSON"], "dark");
    expect([...root.querySelectorAll(".story-lang a")].map((a) => a.getAttribute("href"))).toEqual(["story.html?theme=dark", "story.html?lang=ru&theme=dark"]);
  });
  it("in Russian with lang ru, and as text, never as markup", () => {
    const root = document.createElement("main");
    renderStoryProblems(root, "ru", ["models/<b>x</b>.json: (top level): not JSON"]);
    expect(root.querySelector("b")).toBeNull();
    expect(root.querySelector('[role="alert"] p')!.textContent).toBe("Файл из models/ не загружен. Сообщение проверки (на английском языке): models/<b>x</b>.json: (top level): not JSON");
    expect(document.documentElement.lang).toBe("ru");
  });
});
