import { describe, expect, it } from "vitest";
import { publicUrl, shareTags, type ShareCard } from "../../../src/publish/shareTags";

const card: ShareCard = { title: "T", description: "D", image: "pictures/x.en.card.png", imageAlt: "A", width: 1200, height: 630, page: "story.html" };
const byName = (tags: ReturnType<typeof shareTags>) => Object.fromEntries(tags.map((t) => [t.attrs.property ?? t.attrs.name ?? t.attrs.rel, t.attrs.content ?? t.attrs.href]));

describe("publicUrl", () => {
  it("takes an absolute http(s) address and ends it with a slash", () => {
    expect(publicUrl("https://news.example/globe")).toBe("https://news.example/globe/");
    expect(publicUrl(" http://127.0.0.1:8080/a/b/ ")).toBe("http://127.0.0.1:8080/a/b/");
  });
  it("is null when unset or empty", () => {
    expect(publicUrl(undefined)).toBeNull();
    expect(publicUrl("  ")).toBeNull();
  });
  it("rejects what cannot be a page's address, saying why", () => {
    expect(() => publicUrl("news.example/globe")).toThrow(/absolute address/);
    expect(() => publicUrl("ftp://news.example/")).toThrow(/https:\/\//);
    expect(() => publicUrl("javascript:alert(1)")).toThrow(/https:\/\//);
    expect(() => publicUrl("https://news.example/?a=1")).toThrow(/no query/);
  });
});

describe("shareTags", () => {
  it("without the build's address, writes the card's words but nothing that must be absolute", () => {
    const t = byName(shareTags(card, null));
    expect(t).toMatchObject({ "og:title": "T", "og:description": "D", description: "D", "twitter:card": "summary_large_image", "og:locale": "en_GB", "og:locale:alternate": "ru_RU" });
    for (const absent of ["og:image", "og:url", "canonical", "twitter:image"]) expect(t[absent], absent).toBeUndefined();
  });
  it("with it, gives the picture and the page absolute addresses and the picture's size and words", () => {
    const t = byName(shareTags(card, "https://news.example/globe/"));
    expect(t).toMatchObject({
      "og:image": "https://news.example/globe/pictures/x.en.card.png",
      "twitter:image": "https://news.example/globe/pictures/x.en.card.png",
      "og:image:width": "1200",
      "og:image:height": "630",
      "og:image:alt": "A",
      "twitter:image:alt": "A",
      "og:url": "https://news.example/globe/story.html",
      canonical: "https://news.example/globe/story.html",
    });
  });
});
