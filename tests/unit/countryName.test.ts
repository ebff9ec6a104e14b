import { describe, expect, it } from "vitest";
import { countryName, loadReference } from "../../src/data/reference";

const ref = loadReference();

describe("countryName(ref, code, date)", () => {
  it("names North Macedonia as Macedonia before the Prespa agreement took effect on 12 February 2019", () => {
    expect(countryName(ref, "MKD", "2011-05-03")).toBe("Macedonia");
    expect(countryName(ref, "MKD", "2019-02-11")).toBe("Macedonia");
    expect(countryName(ref, "MKD", "2019-02-12")).toBe("North Macedonia");
  });

  it("names Eswatini as Swaziland in 2011", () => {
    expect(countryName(ref, "SWZ", "2011-05-03")).toBe("Swaziland");
    expect(countryName(ref, "SWZ", "2026-11-25")).toBe("Eswatini");
  });

  it("keeps names that did not change, and falls back to the code for an unknown country", () => {
    expect(countryName(ref, "POL", "2011-05-03")).toBe("Poland");
    expect(countryName(ref, "XYZ", "2011-05-03")).toBe("XYZ");
  });
});
