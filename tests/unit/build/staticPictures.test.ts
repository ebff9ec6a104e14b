import { describe, expect, it } from "vitest";
import { picturesOption } from "../../../src/build/staticPictures";

describe("picturesOption", () => {
  it("draws every view unless told to draw only the pages' first ones", () => {
    expect(picturesOption(undefined)).toBe("all");
    expect(picturesOption("")).toBe("all");
    expect(picturesOption(" first ")).toBe("first");
    expect(picturesOption("all")).toBe("all");
  });
  it("fails the build on any other value, naming it", () => {
    expect(() => picturesOption("none")).toThrow(/"all" or "first", not "none"/);
  });
});
