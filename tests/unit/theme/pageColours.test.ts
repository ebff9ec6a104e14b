import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DARK, LIGHT } from "../../../src/theme";

/** The custom properties a stylesheet's block sets, by the block's selector written out (`:root`, `:root[data-theme="dark"]`). */
function properties(file: string, selector: string): Record<string, string> {
  const css = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const start = css.indexOf(`${selector} {`);
  expect(start, `${file}: ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+|color-scheme):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

// The page's own colours live in its stylesheets, the globe's in src/themes.ts: where they name the same colour
// (the page behind the globe, land in nobody's charge), they must agree, in both schemes.
describe.each([
  ["light", ":root", LIGHT],
  ["dark", ':root[data-theme="dark"]', DARK],
] as const)("the %s scheme's page colours", (scheme, selector, theme) => {
  it("the app's page background and land are the theme's", () => {
    const p = properties("src/styles.css", selector);
    expect(p["--bg"]).toBe(theme.background);
    expect(p["--land"]).toBe(theme.land);
    expect(p["color-scheme"]).toBe(scheme);
  });
  it("the story's page background is the theme's", () => {
    const p = properties("src/story/story.css", selector);
    expect(p["--bg"]).toBe(theme.background);
    expect(p["color-scheme"]).toBe(scheme);
  });
});

describe("the dark scheme's page colours", () => {
  it("set every colour the light scheme sets", () => {
    for (const file of ["src/styles.css", "src/story/story.css"]) {
      const light = Object.keys(properties(file, ":root")).filter((k) => k.startsWith("--"));
      expect(light.length, file).toBeGreaterThan(4);
      expect(Object.keys(properties(file, ':root[data-theme="dark"]')).filter((k) => k.startsWith("--")), file).toEqual(expect.arrayContaining(light));
    }
  });
});

describe("the pages before their script has run", () => {
  it("declare both schemes, and a dark system gets the dark background at once", () => {
    for (const html of ["src/index.html", "src/story.html"]) expect(readFileSync(html, "utf8"), html).toContain('<meta name="color-scheme" content="light dark" />');
    for (const file of ["src/styles.css", "src/story/story.css"]) {
      const css = readFileSync(file, "utf8");
      expect(css, file).toContain(`@media (prefers-color-scheme: dark) {\n  :root:not([data-theme]) { background: ${DARK.background}; color-scheme: dark; }`);
    }
  });
});
