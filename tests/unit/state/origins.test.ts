import { describe, expect, it } from "vitest";
import { MAX_ORIGINS, isOrigin, parseOrigins } from "../../../src/state/origins";

describe("isOrigin: an origin written as location.origin writes it", () => {
  it("accepts http and https origins, with a port when it is not the default", () => {
    for (const good of ["https://news.example", "http://news.example", "http://127.0.0.1:8080", "https://a.b.example:8443", "http://localhost:5173", "https://xn--e1afmkfd.xn--p1ai", "http://[::1]:4173"])
      expect(isOrigin(good), good).toBe(true);
  });
  it("rejects anything else: paths, trailing slashes, default ports, upper case, other schemes, wildcards, users", () => {
    for (const bad of [
      "",
      "*",
      "null",
      "news.example",
      "//news.example",
      "https://news.example/",
      "https://news.example/story",
      "https://news.example?x=1",
      "https://news.example#top",
      "https://news.example:443",
      "http://news.example:80",
      "https://News.Example",
      "HTTPS://news.example",
      "https://user@news.example",
      "https://*.example",
      "ftp://news.example",
      "file://",
      "javascript:alert(1)",
      "data:text/html,x",
      " https://news.example",
      "https://news.example ",
      "https://пример.рф",
      "https://",
    ])
      expect(isOrigin(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe("parseOrigins: origin,origin,…", () => {
  it("reads one origin or several, in order", () => {
    expect(parseOrigins("https://news.example")).toEqual(["https://news.example"]);
    expect(parseOrigins("https://news.example,http://127.0.0.1:8080")).toEqual(["https://news.example", "http://127.0.0.1:8080"]);
  });
  it("rejects the whole list when any part is not an origin, is empty or is repeated", () => {
    for (const bad of ["", ",", "https://news.example,", ",https://news.example", "https://news.example, https://other.example", "https://news.example,https://news.example", "https://news.example,*"])
      expect(parseOrigins(bad), JSON.stringify(bad)).toBeNull();
  });
  it(`takes at most ${MAX_ORIGINS} origins`, () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `https://s${i}.example`).join(",");
    expect(parseOrigins(list(MAX_ORIGINS))).toHaveLength(MAX_ORIGINS);
    expect(parseOrigins(list(MAX_ORIGINS + 1))).toBeNull();
  });
});
