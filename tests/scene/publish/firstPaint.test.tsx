import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { firstPaintScript, startFirstPaint, type FirstPaintData } from "../../../src/publish/firstPaint";
import { FIRST_PAINT_TIMING } from "../../../src/publish/pictureFiles";
import { pictureStemFor } from "../../../src/publish/pictureViews";

const data: FirstPaintData = {
  catalogue: { proposals: ["a", "b"], briefings: [] },
  defaultStem: "proposal-a",
  titles: { "proposal-a": { en: "A in English", ru: "А по-русски" } },
  alts: { "proposal-a": { en: "A's globe", ru: "Глобус А" } },
  kicker: { en: "Kicker", ru: "Надзаголовок" },
  note: { en: "Illustrative only", ru: "Только для иллюстрации" },
  noteShort: { en: "Illustrative", ru: "Иллюстрация" },
  details: { en: "Updated 1 December 2026", ru: "Обновлено 1 декабря 2026 г." },
  size: 1000,
};

const MARKUP = `<div id="first-paint"><p data-first-paint="kicker">Kicker</p><h1 data-first-paint="title">A in English</h1><div class="first-paint__stage"></div><p data-first-paint="note">Illustrative only</p><p data-first-paint="details">Updated 1 December 2026</p></div>`;

function paintAt(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  document.body.innerHTML = MARKUP;
  startFirstPaint(pictureStemFor, data);
  return document.getElementById("first-paint")!;
}

afterEach(() => {
  document.head.querySelectorAll('meta[name="robots"]').forEach((m) => m.remove());
  document.documentElement.className = "";
});

describe("the first paint's script", () => {
  it("shows the picture and the title of the view the address opens on, in its language", () => {
    const el = paintAt("?lang=ru");
    expect(document.documentElement.lang).toBe("ru");
    expect(document.documentElement.classList.contains("js")).toBe(true);
    expect(el.querySelector("h1")!.textContent).toBe("А по-русски");
    expect(el.querySelector("[data-first-paint=note]")!.textContent).toBe("Только для иллюстрации");
    expect(el.querySelector("[data-first-paint=details]")!.textContent).toBe("Обновлено 1 декабря 2026 г.");
    const img = el.querySelector("img")!;
    expect(img.getAttribute("src")).toBe("pictures/proposal-a.ru.globe.png");
    expect(img.alt).toBe("Глобус А");
    // Named for the Element Timing API, so that the time it is painted can be measured.
    expect(img.getAttribute("elementtiming")).toBe(FIRST_PAINT_TIMING);
    // Where scripts run, the app is what assistive technology reads; the picture is only its stand-in.
    expect(el.getAttribute("aria-hidden")).toBe("true");
    expect(document.querySelector('meta[name="robots"]')).toBeNull();
  });

  it("paints in the scheme the app will choose: the address's theme, else the system's", () => {
    let el = paintAt("?theme=dark&lang=en");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(el.querySelector("img")!.getAttribute("src")).toBe("pictures/proposal-a.en.dark.globe.png");
    el = paintAt("?theme=light");
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(el.querySelector("img")!.getAttribute("src")).toBe("pictures/proposal-a.en.globe.png");
  });

  it("keeps an embed out of search engines", () => {
    paintAt("?embed=1");
    expect(document.querySelector('meta[name="robots"]')!.getAttribute("content")).toBe("noindex");
    expect(document.documentElement.classList.contains("first-paint-embed")).toBe(true);
  });

  it("shows no picture and no title for a view the build drew none of", () => {
    for (const search of ["?proposal=b", "?at=1,2,3", "?proposal=zzz"]) {
      const el = paintAt(search);
      expect(el.querySelector("img"), search).toBeNull();
      expect(el.querySelector("h1")!.textContent).toBe("");
      expect(el.classList.contains("first-paint--bare")).toBe(true);
    }
  });

  it("is written whole into the page, with the hash its policy allows it by", () => {
    const script = firstPaintScript(data);
    expect(script.hash).toBe(`'sha256-${createHash("sha256").update(script.text).digest("base64")}'`);
    expect(script.text).not.toContain("</script");
    window.history.replaceState(null, "", "/?lang=ru");
    document.body.innerHTML = MARKUP;
    new Function(script.text)();
    expect(document.querySelector("h1")!.textContent).toBe("А по-русски");
  });
});
