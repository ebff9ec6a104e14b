import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseUrlState } from "../../../src/state/urlState";
import { embedSrc } from "../../../src/story/embedSrc";
import { storyContent, type StoryBriefing } from "../../../src/story/storyContent";

const briefing = JSON.parse(readFileSync("models/may-2011.json", "utf8")) as StoryBriefing;
const KNOWN = { proposals: ["nato-two-systems", "russia-sectors"], briefings: [{ id: "may-2011", steps: briefing.steps.length }] };

describe("storyContent: the story's text from the briefing file", () => {
  it("gives the briefing's title, summary and every step in order, counted from 1, in English", () => {
    const story = storyContent(briefing, "en");
    expect(story.title).toBe(briefing.title.en);
    expect(story.summary).toBe(briefing.summary.en);
    expect(story.steps.map((s) => s.id)).toEqual(briefing.steps.map((s) => s.id));
    expect(story.steps.map((s) => s.n)).toEqual(briefing.steps.map((_, i) => i + 1));
    expect(story.steps[2]).toMatchObject({ label: `Step 3 of ${briefing.steps.length}`, title: briefing.steps[2]!.title.en, caption: briefing.steps[2]!.caption.en });
  });
  it("names each step's sources by publication and date, in the language", () => {
    const en = storyContent(briefing, "en").steps[0]!.sources;
    expect(en).toMatch(/^Sources: /);
    expect(en).toContain("Global Security Newswire, 3 May 2011");
    const ru = storyContent(briefing, "ru").steps[0]!.sources;
    expect(ru).toMatch(/^Источники: /);
    expect(ru).toContain("3 мая 2011 г.");
    expect(ru).not.toContain("г..");
  });
  it("is all Russian with lang ru", () => {
    const story = storyContent(briefing, "ru");
    expect(story.title).toBe(briefing.title.ru);
    expect(story.steps.map((s) => s.caption)).toEqual(briefing.steps.map((s) => s.caption.ru));
    expect(story.steps[0]!.label).toBe(`Шаг 1 из ${briefing.steps.length}`);
  });
});

describe("embedSrc: the story's embedded globe", () => {
  it("is a relative address of the app, embedded, on the briefing's first step, taking commands from the story's origin", () => {
    const src = embedSrc("may-2011", "https://news.example", "en");
    expect(src).toBe("index.html?brief=may-2011&step=1&embed=1&origins=https://news.example");
    expect(parseUrlState(src.slice(src.indexOf("?")), KNOWN)).toEqual({
      state: { mode: "full", linked: true, asOf: "model-date", embed: true, lang: "en", brief: "may-2011", step: 1, origins: ["https://news.example"] },
      problems: [],
    });
  });
  it("carries the story's language", () => {
    const src = embedSrc("may-2011", "http://127.0.0.1:8080", "ru");
    expect(parseUrlState(src.slice(src.indexOf("?")), KNOWN)).toMatchObject({ state: { lang: "ru", origins: ["http://127.0.0.1:8080"] }, problems: [] });
  });
});
