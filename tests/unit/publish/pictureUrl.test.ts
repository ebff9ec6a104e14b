import { describe, expect, it } from "vitest";
import { pictureUrlFor } from "../../../src/publish/pictureUrl";

const c = { proposals: ["a", "b"], briefings: [{ id: "talks", steps: 2 }] };
const page = "https://news.example/globe/index.html?proposal=b";

describe("pictureUrlFor", () => {
  it("gives the view's share card beside the page, in the language, without the reader's camera", () => {
    expect(pictureUrlFor("?proposal=b&at=10,50,2", page, "ru", c, "all", "proposal-a")).toBe("https://news.example/globe/pictures/proposal-b.ru.card.png");
    expect(pictureUrlFor("?brief=talks&step=2", page, "en", c, "all", "proposal-a")).toBe("https://news.example/globe/pictures/brief-talks-2.en.card.png");
  });
  it("gives none where the build drew none", () => {
    expect(pictureUrlFor("?proposal=b", page, "en", c, "none", "proposal-a")).toBeNull();
    expect(pictureUrlFor("?year=today", page, "en", c, "all", "proposal-a")).toBeNull();
    expect(pictureUrlFor("?proposal=b", page, "en", c, "first", "proposal-a", ["brief-talks-1"])).toBeNull();
    expect(pictureUrlFor("?brief=talks", page, "en", c, "first", "proposal-a", ["brief-talks-1"])).toBe("https://news.example/globe/pictures/brief-talks-1.en.card.png");
    expect(pictureUrlFor("", page, "en", c, "first", "proposal-a")).toBe("https://news.example/globe/pictures/proposal-a.en.card.png");
  });
});
