// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderStory, renderStoryProblems } from "../../../src/story/renderStory";
import type { StoryContent } from "../../../src/story/storyContent";
import { NO_DETAILS } from "../../../src/screen/publicationDetails";

/** A story of one invented step. */
const CONTENT: StoryContent = {
  lang: "en",
  briefing: "example-briefing",
  title: "An example story",
  summary: "An invented summary.",
  steps: [{ n: 1, id: "one", label: "Step 1 of 1", title: "One", caption: "An invented caption.", sources: "Sources: Example Newswire." }],
  details: NO_DETAILS,
};

describe("renderStory: the site file's details", () => {
  it("prints the byline under the title, and the date of revision, the credit and the notes in the footer, as text", () => {
    const root = document.createElement("main");
    const details = { updated: "Updated 1 December 2026", credit: "<b>Graphic</b>", byline: "By An Example Author", notes: ["First note.", "Second note."], line: "Updated 1 December 2026 · <b>Graphic</b>" };
    renderStory(root, { ...CONTENT, details }, "index.html?embed=1");
    expect(root.querySelector("h1 + .story-byline")?.textContent).toBe("By An Example Author");
    const foot = root.querySelector("footer.story-foot")!;
    expect(foot.querySelector(".story-details")?.textContent).toBe("Updated 1 December 2026 · <b>Graphic</b>");
    expect(foot.querySelector("b")).toBeNull();
    expect([...foot.querySelectorAll(".story-notes li")].map((li) => li.textContent)).toEqual(["First note.", "Second note."]);
    expect(foot.querySelector(".story-notes")?.getAttribute("aria-label")).toBe("Notes on the graphic");
  });
  it("prints none of them without a site file", () => {
    const root = document.createElement("main");
    renderStory(root, CONTENT, "index.html?embed=1");
    expect(root.querySelector(".story-byline, .story-details, .story-notes")).toBeNull();
    expect(root.querySelector("footer .story-translation")).not.toBeNull();
  });
});

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
