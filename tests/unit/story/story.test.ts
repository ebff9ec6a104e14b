import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import type { Briefing } from "../../../src/model/briefingSchema";
import { parseUrlState } from "../../../src/state/urlState";
import { embedSrc } from "../../../src/story/embedSrc";
import { loadStoryBriefing } from "../../../src/story/loadStoryBriefing";
import { STORY_BRIEFING } from "../../../src/story/storyBriefing";
import { storyContent } from "../../../src/story/storyContent";
import { SITE_FIXTURE, allModelFiles, briefingJson, readRepoFile, withoutHints } from "../support";

/** The story's briefing as the story page loads it: through the app's loader, validated. */
function storyBriefing(): Briefing {
  const loaded = loadStoryBriefing(allModelFiles(), loadReference());
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  return loaded.briefing;
}
const briefing = storyBriefing();
const KNOWN = { proposals: ["nato-two-systems", "russia-sectors"], briefings: [{ id: "may-2011", steps: briefing.steps.length }] };

describe("loadStoryBriefing: the story's briefing, loaded and validated as the app loads it", () => {
  const files = (change?: (b: Record<string, any>) => void, drop?: string) => {
    const all = allModelFiles();
    if (change) {
      const b = briefingJson("models/may-2011.json");
      change(b);
      all["models/may-2011.json"] = JSON.stringify(b);
    }
    if (drop) delete all[drop];
    return all;
  };

  it("tells the briefing models/may-2011.json, with its eight steps and its sources", () => {
    expect(STORY_BRIEFING).toBe("may-2011");
    expect(briefing.id).toBe("may-2011");
    expect(briefing.title.en).toBe("Missile defence talks, May 2011");
    expect(briefing.steps).toHaveLength(8);
    expect(briefing.sources.map((s) => s.id)).toContain("gsn-2011-05-03");
  });
  it("refuses a briefing with a problem, and gives the problem with its file and path", () => {
    const loaded = loadStoryBriefing(files((b) => delete b.steps[0].title.ru), loadReference());
    expect(loaded.ok).toBe(false);
    expect(withoutHints(loaded.ok ? [] : loaded.errors)).toEqual(["models/may-2011.json: steps[0].title.ru: missing Russian text"]);
  });
  it("refuses it when a proposal it shows does not load, as the app does", () => {
    const all = files();
    all["models/russia-sectors.json"] = "{";
    const loaded = loadStoryBriefing(all, loadReference());
    expect(loaded.ok).toBe(false);
    const errors = loaded.ok ? [] : loaded.errors;
    expect(errors.some((e) => e.startsWith("models/russia-sectors.json: "))).toBe(true);
    expect(errors.some((e) => e.startsWith("models/may-2011.json: "))).toBe(true);
  });
  it("gives the site file with the briefing; an invalid site file leaves the story without it, and the story still loads", () => {
    const loaded = loadStoryBriefing(files(), loadReference());
    expect(loaded.ok && loaded.site?.updated).toBe("2026-12-01");
    const all = files();
    all["models/site.json"] = JSON.stringify({ type: "site", credit: { en: "Graphic: x" } });
    const without = loadStoryBriefing(all, loadReference());
    expect(without.ok && without.site).toBeNull();
    expect(without.ok && without.briefing.id).toBe("may-2011");
  });
  it("says so when the file is missing", () => {
    expect(loadStoryBriefing(files(undefined, "models/may-2011.json"), loadReference())).toEqual({
      ok: false,
      errors: ["models/may-2011.json: no such briefing in models/"],
    });
  });
});

describe("storyContent: the story's text from the briefing file", () => {
  it("carries the site file's byline, line and notes in the language, and none without a site file", () => {
    const site = JSON.parse(readRepoFile(SITE_FIXTURE));
    const en = storyContent(briefing, "en", site).details;
    expect(en).toMatchObject({ byline: "By An Example Author", line: "Updated 20 November 2026 · Graphic: Example Desk / The Example Daily" });
    expect(en.notes).toEqual(["An invented note for the tests.", "A second invented note."]);
    expect(storyContent(briefing, "ru", site).details.line).toBe("Обновлено 20 ноября 2026 г. · Графика: отдел примеров / «Ежедневный пример»");
    expect(storyContent(briefing, "en").details).toMatchObject({ byline: null, line: "", notes: [] });
  });

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
      state: { mode: "full", linked: true, asOf: "model-date", embed: true, lang: "en", theme: "auto", brief: "may-2011", step: 1, origins: ["https://news.example"] },
      problems: [],
    });
  });
  it("carries the story's language", () => {
    const src = embedSrc("may-2011", "http://127.0.0.1:8080", "ru");
    expect(parseUrlState(src.slice(src.indexOf("?")), KNOWN)).toMatchObject({ state: { lang: "ru", origins: ["http://127.0.0.1:8080"] }, problems: [] });
  });
  it("carries the theme the story's address sets, and none for auto (the globe then follows the system, as the story does)", () => {
    const src = embedSrc("may-2011", "https://news.example", "en", "dark");
    expect(src).toBe("index.html?brief=may-2011&step=1&embed=1&origins=https://news.example&theme=dark");
    expect(parseUrlState(src.slice(src.indexOf("?")), KNOWN)).toMatchObject({ state: { theme: "dark" }, problems: [] });
    expect(embedSrc("may-2011", "https://news.example", "en", "auto")).toBe(embedSrc("may-2011", "https://news.example", "en"));
    expect(embedSrc("may-2011", "https://news.example", "en", "auto")).not.toContain("theme");
  });
});
