import { describe, expect, it } from "vitest";
import { eventTargets } from "../../../src/embed/eventTargets";

const ALLOWED = ["https://news.example", "http://127.0.0.1:8080"];

describe("eventTargets: where the embedded globe posts its events", () => {
  it("to the host page's origin when the browser gives it and it is allowed", () => {
    expect(eventTargets(ALLOWED, { ancestorOrigin: "http://127.0.0.1:8080" })).toEqual(["http://127.0.0.1:8080"]);
  });
  it("nowhere when the host page's origin is known and not allowed", () => {
    expect(eventTargets(ALLOWED, { ancestorOrigin: "https://evil.example" })).toEqual([]);
    expect(eventTargets(ALLOWED, { referrer: "https://evil.example/page.html" })).toEqual([]);
    expect(eventTargets(ALLOWED, { commandOrigin: "https://evil.example", ancestorOrigin: "https://news.example" })).toEqual([]);
  });
  it("to the origin of the last allowed command first, then the browser's ancestor origin, then the referrer's", () => {
    expect(eventTargets(ALLOWED, { commandOrigin: "https://news.example", ancestorOrigin: "http://127.0.0.1:8080" })).toEqual(["https://news.example"]);
    expect(eventTargets(ALLOWED, { ancestorOrigin: "https://news.example", referrer: "http://127.0.0.1:8080/" })).toEqual(["https://news.example"]);
    expect(eventTargets(ALLOWED, { referrer: "https://news.example/2011/05/story.html?x=1" })).toEqual(["https://news.example"]);
  });
  it("to every allowed origin when the host cannot be told (postMessage then delivers only to the right one)", () => {
    expect(eventTargets(ALLOWED, {})).toEqual(ALLOWED);
    expect(eventTargets(ALLOWED, { referrer: "" })).toEqual(ALLOWED);
    expect(eventTargets(ALLOWED, { referrer: "not a url" })).toEqual(ALLOWED);
    expect(eventTargets(ALLOWED, { referrer: "about:blank" })).toEqual(ALLOWED);
  });
  it("nowhere when nothing is allowed", () => {
    expect(eventTargets([], {})).toEqual([]);
    expect(eventTargets([], { ancestorOrigin: "https://news.example" })).toEqual([]);
  });
});
