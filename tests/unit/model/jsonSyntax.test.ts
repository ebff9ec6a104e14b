import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../../src/model/closest";
import { findJsonSyntaxError } from "../../../src/model/jsonSyntax";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("findJsonSyntaxError", () => {
  it("finds nothing wrong in text that JSON.parse accepts", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeUndefined();
      }),
      { seed: 7, numRuns: 500 },
    );
    expect(findJsonSyntaxError(' \n{ "a": [1, -0.5e+3, true, null, "\\u00e9\\n"] }\r\n')).toBeUndefined();
  });

  it("finds an error, wherever it is, in text that JSON.parse rejects (JSON with a character cut or added)", () => {
    const broken = fc.tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "'", "}", "]", ":", "x", "\n", "\\")).map(([json, at, insert]) => {
      const i = at % (json.length + 1);
      return insert === "" ? json.slice(0, i) + json.slice(i + 1) : json.slice(0, i) + insert + json.slice(i);
    });
    fc.assert(
      fc.property(broken, (text) => {
        const found = findJsonSyntaxError(text);
        expect(found === undefined).toBe(parses(text));
        if (found) {
          expect(found.line).toBeGreaterThanOrEqual(1);
          expect(found.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { seed: 8, numRuns: 2000 },
    );
  });

  it("gives the line and column of the first character that is not JSON", () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ problem: 'expected "," or "}"', line: 3, column: 3 });
    expect(findJsonSyntaxError('[1, 2')).toMatchObject({ problem: 'expected "," or "]", but the file ends', line: 1, column: 6 });
  });

  it("advises on the usual slips: a trailing comma, single quotes, a comment, an empty file", () => {
    expect(findJsonSyntaxError('{ "a": [1, 2,] }')?.hint).toBe('JSON allows no comma before "]": remove the last comma');
    expect(findJsonSyntaxError("{ 'a': 1 }")?.hint).toBe('JSON strings and field names take double quotes (")');
    expect(findJsonSyntaxError('{ "a": 1 // one\n}')?.hint).toBe('JSON has no comments; a model file can carry notes in "$comment" fields');
    expect(findJsonSyntaxError("  \n")?.hint).toBe("the file is empty");
    expect(findJsonSyntaxError('{ "a": tru }')?.hint).toBe('line 1: { "a": tru }');
  });
});

describe("closest", () => {
  it("counts insertions, deletions, substitutions and swaps as one edit each", () => {
    expect(editDistance("countires", "countries")).toBe(1);
    expect(editDistance("colour", "color")).toBe(1);
    expect(editDistance("RUT", "RUS")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("gives the nearest candidates first, at most `limit`, none further than `maxDistance`", () => {
    expect(closest("countires", ["id", "label", "countries", "groups"])).toEqual(["countries"]);
    expect(closest("zzz", ["id", "label"])).toEqual([]);
    expect(closest("RUT", ["AUT", "RUS", "VUT", "ZAF"], { limit: 2, maxDistance: 1 })).toEqual(["AUT", "RUS"]);
    expect(closest("GER", ["DEU", "GEO"], { prefers: (c) => c === "DEU", maxDistance: 1 })).toEqual(["DEU", "GEO"]);
    expect(closest("a".repeat(100_000), ["a"])).toEqual([]);
  });
});
