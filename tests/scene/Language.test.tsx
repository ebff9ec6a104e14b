import { readFileSync, readdirSync } from "node:fs";
import { act } from "react";
import { describe, expect, it } from "vitest";
import { fixtureFiles } from "../unit/support";
import { openSections, renderApp } from "./renderApp";

const files = Object.fromEntries(
  readdirSync("models")
    .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
    .map((f) => [`models/${f}`, readFileSync(`models/${f}`, "utf8")]),
);


const render = (search = "") => renderApp(files, search);
/** The invented files of tests/fixtures/ (see fixtureModels in tests/unit/support.ts), for the switch's mechanics. */
const renderFixtures = (search = "") => renderApp(fixtureFiles(), search);

/** Everything a reader can see or hear: text, and the attributes that screen readers read out. */
function readable(el: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    // Style and script are not text; the embed code is HTML to copy, the same in every language.
    if (parent && /^(STYLE|SCRIPT|TEXTAREA)$/.test(parent.tagName)) continue;
    if (n.textContent?.trim()) out.push(n.textContent.trim());
  }
  for (const a of el.querySelectorAll("[aria-label], [title], [aria-roledescription], [alt], [placeholder]")) {
    for (const name of ["aria-label", "title", "aria-roledescription", "alt", "placeholder"]) {
      const v = a.getAttribute(name);
      if (v?.trim()) out.push(v.trim());
    }
  }
  return out;
}

/**
 * Latin words that rightly stay in the Russian interface: the name of the other language on the language switch
 * (marked lang="en"), names of publications and data sets that Russian texts write in Latin too (the models' own
 * Russian texts write Global Security Newswire so), file formats and technical names, key caps as printed on keys,
 * and the roman numerals of the article's citations (Интерфакс II).
 */
const LATIN_ALLOWED = new Set([
  "English",
  "Global", "Security", "Newswire", "GSN",
  "Natural", "Earth",
  // The UN's classification, M49, is written in Latin letters in Russian too.
  "M",
  "WebGL", "SVG", "PNG", "K",
  // The video's and the handout's formats and the browser interface that encodes (MP4, WebM, H.264, VP9, WebVTT, PDF).
  "WebCodecs", "MP", "WebM", "H", "VP", "WebVTT", "PDF",
  "Tab", "PageDown", "PageUp", "Home", "End", "Enter", "Esc", "Shift",
  "I", "II", "III", "IV",
  "x",
]);

/** The Latin words of what a reader gets, that are not in the allow-list. */
function englishLeft(el: HTMLElement): string[] {
  const words = readable(el).flatMap((s) => (s.match(/[A-Za-z]+/g) ?? []).map((w) => `${w} (in "${s.slice(0, 80)}")`));
  return words.filter((w) => !LATIN_ALLOWED.has(w.split(" ")[0]!));
}

describe("the interface in Russian (?lang=ru)", () => {
  const views: [what: string, search: string][] = [
    ["a proposal", "?lang=ru&proposal=russia-sectors"],
    ["a comparison of differences", "?lang=ru&compare=nato-two-systems,russia-sectors&mode=differences"],
    ["a briefing step", "?lang=ru&brief=may-2011&step=5"],
    ["a point of contention", "?lang=ru&point=sectors-and-nato-members"],
    ["borders and membership of today", "?lang=ru&proposal=nato-two-systems&year=today"],
    ["an embedded view", "?lang=ru&proposal=russia-sectors&embed=1"],
  ];
  for (const [what, search] of views) {
    it(`leaves no English in ${what}`, async () => {
      const el = await render(search);
      // Every section open and shown (the embed has none): their words are checked too.
      if (!search.includes("embed=1")) await openSections(el);
      expect(englishLeft(el)).toEqual([]);
      expect(document.documentElement.lang).toBe("ru");
    });
  }

  it("writes the URL's problems in Russian, and the page title", async () => {
    const el = await render("?lang=ru&proposal=warsaw-pact&mode=other");
    const notices = [...el.querySelectorAll(".notice__text")].map((n) => n.textContent ?? "");
    expect(notices.some((n) => n.startsWith('Параметр адреса proposal="warsaw-pact" не учтён'))).toBe(true);
    expect(notices.some((n) => n.includes("WebGL недоступен"))).toBe(true);
    expect(document.title).toMatch(/^ПРО в Европе/);
    expect(englishLeft(el).filter((w) => !/^(proposal|warsaw|pact|mode|other|full|differences) /.test(w))).toEqual([]);
  });
});

describe("the language switch", () => {
  it("shows English and Русский, the current one pressed, each marked with its language", async () => {
    const el = await renderFixtures();
    const buttons = [...el.querySelectorAll<HTMLButtonElement>(".language-switch button")];
    expect(buttons.map((b) => [b.textContent, b.lang, b.getAttribute("aria-pressed")])).toEqual([
      ["English", "en", "true"],
      ["Русский", "ru", "false"],
    ]);
    expect(el.querySelector(".language-switch")?.getAttribute("aria-label")).toBe("Language");
  });

  it("switches every string, the page's lang and title, the URL and the messages, and back", async () => {
    const el = await renderFixtures("?proposal=example-joint&foo=1");
    await openSections(el);
    const before = readable(el).join("\n");
    expect(before).toContain("Points of contention");
    expect(document.documentElement.lang).toBe("en");
    const noticeText = () => [...el.querySelectorAll(".notice__text")].map((n) => n.textContent ?? "").join("\n");
    expect(noticeText()).toContain('Unknown URL parameter "foo" was ignored.');

    await act(async () => el.querySelector<HTMLButtonElement>('.language-switch button[lang="ru"]')!.click());
    expect(document.documentElement.lang).toBe("ru");
    expect(document.title).toMatch(/^ПРО в Европе/);
    expect(new URLSearchParams(location.search).get("lang")).toBe("ru");
    expect(el.querySelector('.language-switch button[lang="ru"]')?.getAttribute("aria-pressed")).toBe("true");
    expect(el.querySelector(".proposal__title")?.textContent).toBe("Пример: общий механизм из двух частей");
    expect(el.querySelector("details[data-section=contention] summary")?.textContent).toBe("Спорные вопросы");
    expect(noticeText()).toContain('Неизвестный параметр адреса "foo" не учтён.');
    expect(englishLeft(el).filter((w) => !w.startsWith("foo "))).toEqual([]);

    await act(async () => el.querySelector<HTMLButtonElement>('.language-switch button[lang="en"]')!.click());
    expect(document.documentElement.lang).toBe("en");
    expect(new URLSearchParams(location.search).get("lang")).toBeNull();
    expect(readable(el).join("\n")).toBe(before);
  });
});
