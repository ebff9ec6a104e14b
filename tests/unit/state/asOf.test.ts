import { describe, expect, it } from "vitest";
import { asOfFromYear, yearParam } from "../../../src/state/asOf";

describe("AsOf and the year the URL and the embed protocol write", () => {
  it("each model's own date is written 2011, today is written today", () => {
    expect(yearParam("model-date")).toBe("2011");
    expect(yearParam("today")).toBe("today");
  });
  it("reads back only those two spellings", () => {
    expect(asOfFromYear("2011")).toBe("model-date");
    expect(asOfFromYear("today")).toBe("today");
    for (const other of ["model-date", "2024", "Today", "", " 2011", "2011 ", "now"]) expect(asOfFromYear(other), other).toBeUndefined();
  });
});
