import { describe, expect, it } from "vitest";
import { readPlaceholder, type PlaceholderFields } from "../../../src/embed/placeholder";

const SCRIPT = "https://news.example/globe/embed.js";
const PAGE = "https://paper.example";
const fields = (changes: Partial<PlaceholderFields> = {}): PlaceholderFields => ({
  view: "?brief=may-2011",
  title: "Missile defence talks, May 2011",
  text: "Missile defence talks, May 2011 (interactive globe)",
  ...changes,
});
const read = (changes: Partial<PlaceholderFields> = {}, script = SCRIPT, page = PAGE) => readPlaceholder(fields(changes), script, page);
const problem = (r: ReturnType<typeof readPlaceholder>) => (r.ok ? undefined : r.problem);

describe("readPlaceholder: the frame a placeholder gets", () => {
  it("the globe beside the script, with the view, embed=1 and the page's origin, titled by data-title", () => {
    expect(read()).toEqual({
      ok: true,
      src: "https://news.example/globe/index.html?brief=may-2011&embed=1&origins=https://paper.example",
      title: "Missile defence talks, May 2011",
    });
  });
  it("an empty view is the globe's first view", () => {
    expect(read({ view: "" })).toMatchObject({ ok: true, src: "https://news.example/globe/index.html?embed=1&origins=https://paper.example" });
  });
  it("keeps every parameter of the view, in its order, written readably", () => {
    const r = read({ view: "?compare=nato-two-systems,russia-sectors&mode=differences&at=30,54,2.4&lang=ru" });
    expect(r).toMatchObject({
      ok: true,
      src: "https://news.example/globe/index.html?compare=nato-two-systems,russia-sectors&mode=differences&at=30,54,2.4&lang=ru&embed=1&origins=https://paper.example",
    });
  });
  it("sets embed itself, and adds the page's origin to any origins the view names", () => {
    expect(read({ view: "?embed=0&proposal=russia-sectors" })).toMatchObject({ src: "https://news.example/globe/index.html?proposal=russia-sectors&embed=1&origins=https://paper.example" });
    expect(read({ view: "?origins=https://staging.paper.example" })).toMatchObject({
      src: "https://news.example/globe/index.html?embed=1&origins=https://staging.paper.example,https://paper.example",
    });
    expect(read({ view: "?origins=https://paper.example" })).toMatchObject({ src: "https://news.example/globe/index.html?embed=1&origins=https://paper.example" });
  });
  it("names no origin for a page that has none to name (a file, a sandboxed page)", () => {
    expect(read({}, SCRIPT, "null")).toMatchObject({ src: "https://news.example/globe/index.html?brief=may-2011&embed=1" });
  });
  it("takes the link's text, its spaces folded, when there is no data-title; cuts a title of more than 200 characters", () => {
    expect(read({ title: null, text: "\n  Missile defence talks,\n  May 2011  " })).toMatchObject({ title: "Missile defence talks, May 2011" });
    expect(read({ title: "   ", text: "The link" })).toMatchObject({ title: "The link" });
    const long = read({ title: "x".repeat(300) });
    expect(long.ok && long.title.length).toBe(200);
    expect(long.ok && long.title.endsWith("…")).toBe(true);
  });
});

describe("readPlaceholder: placeholders that keep their link", () => {
  it("a view that is not the query of the globe's address: an address, a javascript: URL, a bare parameter", () => {
    for (const view of ["javascript:alert(1)", "https://evil.example/?brief=may-2011", "//evil.example/", "brief=may-2011", "index.html?brief=may-2011", " data:text/html,x"]) {
      expect(problem(read({ view })), view).toMatch(/^data-proposal-globe=".*" is not a view of the globe: write it as the query of its address, like "\?brief=may-2011"$/);
    }
  });
  it("a view naming a parameter the globe does not have, such as Pym's or a script's", () => {
    expect(problem(read({ view: "?brief=may-2011&onload=alert(1)" }))).toBe('data-proposal-globe="?brief=may-2011&onload=alert(1)" names "onload", which is not a parameter of the globe');
    expect(problem(read({ view: "?childId=x" }))).toMatch(/names "childId"/);
  });
  it("a view longer than 2,000 characters", () => {
    expect(problem(read({ view: `?brief=${"x".repeat(2000)}` }))).toBe("data-proposal-globe is longer than 2000 characters");
  });
  it("no title at all", () => {
    expect(problem(read({ title: null, text: "  " }))).toBe('the placeholder for "?brief=may-2011" needs a data-title, the frame\'s title for screen readers');
  });
  it("a script that is not loaded from a web address", () => {
    expect(problem(read({}, "file:///home/me/embed.js"))).toMatch(/is not a web address/);
    expect(problem(read({}, ""))).toMatch(/is not a web address/);
  });
});
