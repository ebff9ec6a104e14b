import { describe, expect, it } from "vitest";
import { changesBetween, describeChanges } from "../../../src/data/changes";
import { membersAt } from "../../../src/data/membership";
import { loadReference } from "../../../src/data/reference";

const ref = loadReference();

describe("changesBetween and describeChanges", () => {
  it("finds the four countries that joined NATO after May 2011, in order, South Sudan's independence and Crimea's occupation", () => {
    const c = changesBetween(ref, "2011-05-03", "2026-11-25");
    expect(c.joined.map((j) => j.country)).toEqual(["MNE", "MKD", "FIN", "SWE"]);
    expect(c.borders.map((b) => b.id)).toEqual(["south-sudan"]);
    expect(c.occupied).toEqual([{ id: "crimea", by: "RUS", from: "2014-03-18" }]);
  });
  it("says Crimea is Ukrainian territory occupied by Russia, not that it became Russian", () => {
    const line = describeChanges(ref, "2011-05-03", "2026-11-25", "en");
    expect(line).toMatch(/Crimea: Ukrainian territory occupied and annexed by Russia in 2014/);
    expect(line).not.toMatch(/Russian control|drawn under/);
    expect(describeChanges(ref, "2011-05-03", "2026-11-25", "ru")).toMatch(/Крым: украинская территория, оккупированная и аннексированная Россией/);
  });

  it("counts 28 members then and 32 today, and names the newcomers in the sentence", () => {
    expect(membersAt(ref, "nato", "2011-05-03").size).toBe(28);
    expect(membersAt(ref, "nato", "2026-11-25").size).toBe(32);
    const line = describeChanges(ref, "2011-05-03", "2026-11-25", "en");
    expect(line).toContain("from 28 to 32 members");
    for (const name of ["Montenegro (2017)", "North Macedonia (2020)", "Finland (2023)", "Sweden (2024)"]) expect(line).toContain(name);
    expect(line).toContain("Crimea");
  });

  it("says nothing changed between two dates with no change between them", () => {
    expect(changesBetween(ref, "2011-05-03", "2011-06-01")).toEqual({ joined: [], borders: [], occupied: [] });
    expect(describeChanges(ref, "2011-05-03", "2011-06-01", "en")).toMatch(/Nothing/);
  });

  it("says the same in Russian, with the Russian names of the group and the countries", () => {
    const line = describeChanges(ref, "2011-05-03", "2026-11-25", "ru");
    expect(line).toContain("НАТО");
    expect(line).toContain("с 28 до 32");
    expect(line).toContain("Черногория (2017), Северная Македония (2020), Финляндия (2023) и Швеция (2024)");
    expect(line).toContain("Крым");
    expect(line).toContain("Южный Судан");
    // No English left, apart from the name of the Natural Earth data set.
    expect(line.replace("Natural Earth", "")).not.toMatch(/[A-Za-z]/);
    expect(describeChanges(ref, "2011-05-03", "2011-06-01", "ru")).toMatch(/ничего не изменилось/);
  });
});
