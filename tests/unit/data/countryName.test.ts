import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { countryName, seaName } from "../../../src/data/reference";

const ref = loadReference();

describe("countryName(ref, code, date, lang)", () => {
  it("names North Macedonia as Macedonia before the Prespa agreement took effect on 12 February 2019", () => {
    expect(countryName(ref, "MKD", "2011-05-03", "en")).toBe("Macedonia");
    expect(countryName(ref, "MKD", "2019-02-11", "en")).toBe("Macedonia");
    expect(countryName(ref, "MKD", "2019-02-12", "en")).toBe("North Macedonia");
  });

  it("names Eswatini as Swaziland in 2011", () => {
    expect(countryName(ref, "SWZ", "2011-05-03", "en")).toBe("Swaziland");
    expect(countryName(ref, "SWZ", "2026-11-25", "en")).toBe("Eswatini");
  });

  it("keeps names that did not change, and falls back to the code for an unknown country", () => {
    expect(countryName(ref, "POL", "2011-05-03", "en")).toBe("Poland");
    expect(countryName(ref, "XYZ", "2011-05-03", "en")).toBe("XYZ");
  });

  it("names countries in Russian from data/countries.json, and by the names of the date from data/name-changes.json", () => {
    expect(countryName(ref, "POL", "2011-05-03", "ru")).toBe("Польша");
    expect(countryName(ref, "MKD", "2011-05-03", "ru")).toBe("Македония");
    expect(countryName(ref, "MKD", "2019-02-12", "ru")).toBe("Северная Македония");
    expect(countryName(ref, "SWZ", "2011-05-03", "ru")).toBe("Свазиленд");
    expect(countryName(ref, "XYZ", "2011-05-03", "ru")).toBe("XYZ");
  });

  it("has a Russian name, in Cyrillic, for every country", () => {
    for (const code of ref.countries.keys()) expect(countryName(ref, code, "2011-05-03", "ru"), code).toMatch(/[А-ЯЁа-яё]/);
  });
});

describe("seaName(ref, id, lang)", () => {
  it("names the seas in English and Russian, and falls back to the id for an unknown sea", () => {
    expect(seaName(ref, "baltic", "en")).toBe("Baltic Sea");
    expect(seaName(ref, "baltic", "ru")).toBe("Балтийское море");
    expect(seaName(ref, "nowhere", "ru")).toBe("nowhere");
  });
});
