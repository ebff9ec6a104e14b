import { describe, expect, it } from "vitest";
import { charsIn, distinguishing, fitLines, shortText, textWidth } from "../../../src/screen/insetText";

describe("insetText", () => {
  it("fitLines breaks at spaces, and breaks a word longer than a line with a hyphen, every line within the width", () => {
    expect(fitLines("Exchange data on threats", textWidth("Exchange data", 10), 10)).toEqual(["Exchange data", "on threats"]);
    const lines = fitLines("Сверхдлиннаянеразрывнаячасть сектора", 60, 10);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]!.endsWith("-")).toBe(true);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(60);
    expect(lines.join("").replace(/-/g, "")).toBe("Сверхдлиннаянеразрывнаячастьсектора");
  });

  it("shortText keeps the first words within the cap, ends with an ellipsis, and never on a short word", () => {
    expect(shortText("Exchange data on potential missile threats", 500, 10, 16)).toBe("Exchange data…");
    expect(shortText("Обмен данными о потенциальных ракетных угрозах", 500, 10, 16)).toBe("Обмен данными…");
    expect(shortText("Pass information", 500, 10, 16)).toBe("Pass information");
    expect(shortText("Incomprehensibilities", 500, 10, 8)).toBe("Incompr…");
    expect(shortText("Share information", 500, 10, 16).length).toBeLessThanOrEqual(16);
  });

  it("charsIn is how many characters of the estimate fit a width, at least one", () => {
    expect(textWidth("x".repeat(charsIn(100, 10)), 10)).toBeLessThanOrEqual(100);
    expect(textWidth("x".repeat(charsIn(100, 10) + 1), 10)).toBeGreaterThan(100);
    expect(charsIn(1, 10)).toBe(1);
  });

  it("distinguishing drops the words that begin and end every label, and leaves a single label alone", () => {
    expect(distinguishing(["Joint data processing centre", "Joint fire control centre"])).toEqual(["Data processing", "Fire control"]);
    expect(distinguishing(["Совместный центр обработки данных", "Совместный центр управления огнём"])).toEqual(["Обработки данных", "Управления огнём"]);
    expect(distinguishing(["Shared centre"])).toEqual(["Shared centre"]);
    expect(distinguishing(["North part", "South part"])).toEqual(["North", "South"]);
    expect(distinguishing(["Centre", "Centre two"])).toEqual(["Centre", "Centre two"]);
  });
});
