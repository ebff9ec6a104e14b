import { describe, expect, it } from "vitest";
import { changesBetween, describeChanges } from "../../../src/data/changes";
import { membersAt } from "../../../src/data/membership";
import { loadReference } from "../../../src/data/loadReference";
import { CorrectionsFile, type Correction } from "../../../src/data/referenceSchema";
import { readRepoFile } from "../support";

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

  it("reads, for the shipped data from 3 May 2011 to today, as one line naming each change once", () => {
    expect(describeChanges(ref, "2011-05-03", "2026-11-25", "en")).toBe(
      "NATO has grown from 28 to 32 members: Montenegro (2017), North Macedonia (2020), Finland (2023) and Sweden (2024) joined; " +
        "Crimea: Ukrainian territory occupied and annexed by Russia in 2014, an annexation that most states do not recognise; " +
        "South Sudan is independent.",
    );
    expect(describeChanges(ref, "2011-05-03", "2026-11-25", "ru")).toBe(
      "НАТО: число членов выросло с 28 до 32, вступили Черногория (2017), Северная Македония (2020), Финляндия (2023) и Швеция (2024); " +
        "Крым: украинская территория, оккупированная и аннексированная Россией в 2014 году (большинство государств аннексию не признаёт); " +
        "Южный Судан стал независимым.",
    );
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

describe("a border correction's own sentence for what changed (data/border-corrections.json, `change`)", () => {
  // A made-up correction that ends on 1 January 2020: Natural Earth's Norway drawn as Sweden's before then.
  const made: Correction = {
    id: "made-up",
    until: "2020-01-01",
    change: { en: "Norway is drawn on its own", ru: "Норвегия показана отдельно" },
    from: "NOR",
    to: "SWE",
    note: "Made up for a test.",
  };
  const withMade = { ...ref, corrections: [...ref.corrections, made] };

  it("says a new correction's change in the line, in each language, after the shipped ones", () => {
    expect(describeChanges(withMade, "2011-05-03", "2026-11-25", "en")).toMatch(/; South Sudan is independent; Norway is drawn on its own\.$/);
    expect(describeChanges(withMade, "2011-05-03", "2026-11-25", "ru")).toMatch(/; Южный Судан стал независимым; Норвегия показана отдельно\.$/);
  });
  it("says it only when its end date falls after the first date and on or before the second", () => {
    expect(describeChanges(withMade, "2019-06-01", "2019-12-31", "en")).toBe("Nothing in the data changed between these dates.");
    expect(describeChanges(withMade, "2019-06-01", "2020-01-01", "en")).toBe("Norway is drawn on its own.");
    expect(describeChanges(withMade, "2020-01-01", "2020-02-01", "en")).toBe("Nothing in the data changed between these dates.");
    expect(changesBetween(withMade, "2019-06-01", "2020-01-01").borders).toEqual([{ id: "made-up", until: "2020-01-01", change: made.change }]);
  });
  it("is required of every correction with an end date, and refused on one without", () => {
    const file = JSON.parse(readRepoFile("data/border-corrections.json")) as { corrections: Record<string, unknown>[] };
    expect(CorrectionsFile.safeParse(file).success).toBe(true);
    const ssd = file.corrections.findIndex((c) => c.id === "south-sudan");
    const without = structuredClone(file);
    delete without.corrections[ssd]!.change;
    const missing = CorrectionsFile.safeParse(without);
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [`corrections.${ssd}.change`, "a correction with an 'until' date needs 'change': what changed on that date, in English and Russian"],
    ]);
    const crimea = file.corrections.findIndex((c) => c.id === "crimea");
    const stray = structuredClone(file);
    stray.corrections[crimea]!.change = { en: "Crimea changed", ru: "Крым изменился" };
    expect(CorrectionsFile.safeParse(stray).error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [`corrections.${crimea}.change`, "only a correction with an 'until' date has a 'change'"],
    ]);
  });
});
