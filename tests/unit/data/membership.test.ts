import { describe, expect, it } from "vitest";
import { membersAt, withTerritories } from "../../../src/data/membership";
import { loadReference } from "../../../src/data/loadReference";
import type { Reference } from "../../../src/data/reference";

const ref = loadReference();

// The 28 member states of NATO in May 2011, written out by hand.
const NATO_2011 = [
  "BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA", "GRC", "TUR",
  "DEU", "ESP", "CZE", "HUN", "POL", "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN", "ALB", "HRV",
];

describe("membersAt (real data/groups/nato-members.json)", () => {
  it("NATO had 28 members on 2011-05-03", () => expect(membersAt(ref, "nato", "2011-05-03").size).toBe(28));
  it("the 2011 members are exactly the 28 states listed by hand", () => {
    expect([...membersAt(ref, "nato", "2011-05-03")].sort()).toEqual([...NATO_2011].sort());
  });
  it("the 2011 set has none of MNE, MKD, FIN, SWE", () => {
    const m = membersAt(ref, "nato", "2011-05-03");
    for (const c of ["MNE", "MKD", "FIN", "SWE"]) expect(m.has(c)).toBe(false);
  });
  it("NATO has 32 members on 2026-11-25, including MNE, MKD, FIN and SWE", () => {
    const m = membersAt(ref, "nato", "2026-11-25");
    expect(m.size).toBe(32);
    for (const c of ["MNE", "MKD", "FIN", "SWE"]) expect(m.has(c)).toBe(true);
  });
  it("Albania and Croatia are members on 2009-04-01 but not on 2009-03-31", () => {
    for (const c of ["ALB", "HRV"]) {
      expect(membersAt(ref, "nato", "2009-04-01").has(c)).toBe(true);
      expect(membersAt(ref, "nato", "2009-03-31").has(c)).toBe(false);
    }
  });
  it("Finland is a member from 2023-04-04 and Sweden from 2024-03-07", () => {
    expect(membersAt(ref, "nato", "2023-04-03").has("FIN")).toBe(false);
    expect(membersAt(ref, "nato", "2023-04-04").has("FIN")).toBe(true);
    expect(membersAt(ref, "nato", "2024-03-06").has("SWE")).toBe(false);
    expect(membersAt(ref, "nato", "2024-03-07").has("SWE")).toBe(true);
  });
  it("has the 12 founding members on 1949-08-24 and none the day before", () => {
    expect(membersAt(ref, "nato", "1949-08-24").size).toBe(12);
    expect(membersAt(ref, "nato", "1949-08-23").size).toBe(0);
  });
  it("throws on an unknown group, naming it", () => {
    expect(() => membersAt(ref, "warsaw-pact", "1970-01-01")).toThrow(/unknown group "warsaw-pact"/);
  });
});

describe("membersAt with a member that left", () => {
  const synthetic: Reference = {
    ...ref,
    groups: new Map([
      [
        "club",
        {
          id: "club",
          name: { en: "Club", ru: "Клуб" },
          description: "test group",
          members: [
            { country: "AAA", joined: "2000-01-01", left: "2005-06-01" },
            { country: "BBB", joined: "2001-01-01" },
          ],
        },
      ],
    ]),
  };
  it("counts a state up to the day before it left", () => {
    expect([...membersAt(synthetic, "club", "2005-05-31")].sort()).toEqual(["AAA", "BBB"]);
  });
  it("no longer counts it from the day it left", () => {
    expect([...membersAt(synthetic, "club", "2005-06-01")]).toEqual(["BBB"]);
  });
  it("counts nobody before anyone joined", () => expect(membersAt(synthetic, "club", "1999-12-31").size).toBe(0));
});

describe("withTerritories (real data/territories.json)", () => {
  it("adds Greenland and the Faroe Islands for Denmark", () => {
    expect([...withTerritories(ref, new Set(["DNK"]))].sort()).toEqual(["DNK", "FRO", "GRL"]);
  });
  it("adds Åland for Finland", () => expect([...withTerritories(ref, new Set(["FIN"]))].sort()).toEqual(["ALA", "FIN"]));
  it("adds nothing for a state without listed territories", () => expect([...withTerritories(ref, new Set(["POL"]))]).toEqual(["POL"]));
  it("adds nothing for a territory's own code", () => expect([...withTerritories(ref, new Set(["GRL"]))]).toEqual(["GRL"]));
  it("does not change the set it is given", () => {
    const s = new Set(["DNK"]);
    withTerritories(ref, s);
    expect([...s]).toEqual(["DNK"]);
  });
  it("the 2011 NATO members with territories include GRL and FRO but not ALA", () => {
    const s = withTerritories(ref, membersAt(ref, "nato", "2011-05-03"));
    expect(s.has("GRL")).toBe(true);
    expect(s.has("FRO")).toBe(true);
    expect(s.has("ALA")).toBe(false);
  });
});
