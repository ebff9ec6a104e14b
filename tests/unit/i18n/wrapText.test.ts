import { describe, expect, it } from "vitest";
import { wrap } from "../../../src/i18n/wrapText";

describe("wrap", () => {
  const texts = [
    "Exchange data on potential missile threats",
    "One joint system, split into sectors",
    "Joint data processing centre",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z",
    "Twenty characters ok twenty characters ok",
  ];
  for (const max of [5, 10, 20, 30]) {
    it(`never exceeds ${max} characters except for a single long word`, () => {
      for (const t of texts) {
        for (const line of wrap(t, max)) if (line.length > max) expect(line).not.toContain(" ");
      }
    });
  }
  it("keeps every word, in order", () => {
    for (const t of texts) expect(wrap(t, 12).join(" ")).toBe(t);
  });
  it("breaks at spaces: 'Exchange data on potential missile threats' at 20", () => {
    expect(wrap("Exchange data on potential missile threats", 20)).toEqual(["Exchange data on", "potential missile", "threats"]);
  });
  it("allows a line of exactly max characters", () => expect(wrap("abcde fghij", 11)).toEqual(["abcde fghij"]));
  it("puts a word longer than max on a line of its own", () => {
    expect(wrap("a Supercalifragilistic b", 10)).toEqual(["a", "Supercalifragilistic", "b"]);
  });
  it("returns no lines for empty text", () => expect(wrap("", 20)).toEqual([]));
  it("wraps Russian text the same way, by characters: the link label of the data exchange at 20", () => {
    expect(wrap("Обмен данными о потенциальных ракетных угрозах", 20)).toEqual(["Обмен данными о", "потенциальных", "ракетных угрозах"]);
  });
  it("wraps a note for an exported image at its width (here 40 characters)", () => {
    expect(wrap("Illustrative, not operational: the areas are simplified from the published accounts.", 40)).toEqual([
      "Illustrative, not operational: the areas",
      "are simplified from the published",
      "accounts.",
    ]);
  });
});
