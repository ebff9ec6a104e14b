import { describe, expect, it } from "vitest";
import { pictureStemFor, pictureViews } from "../../../src/publish/pictureViews";

const catalogue = { proposals: ["a", "b", "c"], briefings: [{ id: "talks", steps: 3 }] };

describe("pictureViews", () => {
  it("lists each proposal, each briefing step and the comparison of the first two proposals in both modes", () => {
    expect(pictureViews(catalogue)).toEqual([
      { stem: "proposal-a", search: "?proposal=a" },
      { stem: "proposal-b", search: "?proposal=b" },
      { stem: "proposal-c", search: "?proposal=c" },
      { stem: "brief-talks-1", search: "?brief=talks&step=1" },
      { stem: "brief-talks-2", search: "?brief=talks&step=2" },
      { stem: "brief-talks-3", search: "?brief=talks&step=3" },
      { stem: "compare-a-b", search: "?compare=a,b" },
      { stem: "compare-a-b-differences", search: "?compare=a,b&mode=differences" },
    ]);
  });

  it("draws no comparison with a single proposal", () => {
    expect(pictureViews({ proposals: ["a"], briefings: [] })).toEqual([{ stem: "proposal-a", search: "?proposal=a" }]);
  });
});

describe("pictureStemFor", () => {
  const stem = (search: string) => pictureStemFor(search, catalogue, "proposal-a");

  it("opens a bare address, or one that only names the language, the frame or the host, on the default view", () => {
    for (const search of ["", "?", "?lang=ru", "?embed=1&origins=https://news.example", "?theme=dark", "?year=2011", "?initialWidth=600&childId=globe&parentTitle=x&parentUrl=y"])
      expect(stem(search), search).toBe("proposal-a");
  });

  it("names a proposal, a briefing step (the first without a step) and the drawn comparison", () => {
    expect(stem("?proposal=c")).toBe("proposal-c");
    expect(stem("?brief=talks")).toBe("brief-talks-1");
    expect(stem("?brief=talks&step=3&lang=ru")).toBe("brief-talks-3");
    expect(stem("?compare=a,b")).toBe("compare-a-b");
    expect(stem("?compare=a,b&mode=differences")).toBe("compare-a-b-differences");
    // A briefing comes before a comparison, which comes before a proposal, as in the app.
    expect(stem("?proposal=c&compare=a,b&brief=talks&step=2")).toBe("brief-talks-2");
  });

  it("gives no picture where none shows what the page will", () => {
    for (const search of [
      "?proposal=zzz",
      "?brief=nope",
      "?brief=talks&step=4",
      "?brief=talks&step=0",
      "?brief=talks&step=1.5",
      "?compare=b,a",
      "?compare=a,c",
      "?compare=a",
      "?compare=a,b&mode=odd",
      "?at=10,50,2",
      "?year=today",
      "?point=x",
      "?step=2",
      "?mode=differences",
      "?unknown=1",
    ])
      expect(stem(search), search).toBeNull();
  });

  it("is self-contained, so that the page can run it as an inline script", () => {
    const copy = new Function(`return (${pictureStemFor.toString()})`)() as typeof pictureStemFor;
    expect(copy("?brief=talks&step=2", catalogue, "proposal-a")).toBe("brief-talks-2");
  });
});
