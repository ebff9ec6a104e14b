/** The invented files of tests/fixtures/ that the mechanism tests are written against: they must keep loading. */
import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { loadModels } from "../../../src/model/loadModels";
import { fixtureFiles, fixtureModels } from "../support";

describe("the fixtures of tests/fixtures/", () => {
  it("load through the app's loader without errors: two proposals, a briefing and a context file", () => {
    const loaded = loadModels(fixtureFiles(), loadReference());
    expect(loaded.errors).toEqual([]);
    expect(loaded.models.map((m) => m.id)).toEqual(["example-joint", "example-separate"]);
    expect(loaded.briefings.map((b) => b.id)).toEqual(["example-briefing"]);
    expect(loaded.contexts.map((c) => c.id)).toEqual(["example-context"]);
  });

  it("the briefing and the context file are checked against the fixture proposals: without them, neither loads", () => {
    const { "tests/fixtures/example-separate.json": _a, "tests/fixtures/example-joint.json": _b, ...rest } = fixtureFiles();
    const loaded = loadModels(rest, loadReference());
    expect(loaded.briefings).toEqual([]);
    expect(loaded.contexts).toEqual([]);
    expect(loaded.errors.some((e) => e.startsWith('tests/fixtures/example-briefing.json: steps[0].show.proposal: unknown proposal "example-separate"'))).toBe(true);
    expect(loaded.errors.some((e) => e.startsWith('tests/fixtures/example-context.json: contention[0].show.proposal: unknown proposal "example-joint"'))).toBe(true);
  });

  it("fixtureModels resolves both proposals and gives the briefing five steps and the context two points", () => {
    const f = fixtureModels();
    expect([...f.resolved.keys()].sort()).toEqual(["example-joint", "example-separate"]);
    expect(f.briefings[0]!.steps.map((s) => s.id)).toEqual(["separate", "seas", "group-b", "differences", "side-by-side"]);
    expect(f.contexts[0]!.contention.map((p) => p.id)).toEqual(["who-answers-for-poland", "one-or-two"]);
  });

  it("differ in the ways the tests rely on: Poland is group A's in one and disputed in the other", () => {
    const f = fixtureModels();
    const regionOf = (id: string, code: string) => f.resolved.get(id)!.regions.find((r) => r.countries.includes(code));
    expect(regionOf("example-separate", "POL")?.party.id).toBe("group-a");
    expect(regionOf("example-joint", "POL")).toMatchObject({ id: "poland-either", certainty: "ambiguous" });
    expect(regionOf("example-joint", "POL")?.alternativeParty?.id).toBe("group-a");
    expect(regionOf("example-separate", "UKR")).toBeUndefined();
    expect(regionOf("example-joint", "UKR")?.party.id).toBe("group-b");
  });

  it("a fixture that stops validating makes fixtureModels fail, naming the file", () => {
    const files = fixtureFiles();
    const bad = JSON.parse(files["tests/fixtures/example-joint.json"]!);
    bad.regions[0].countries = ["XYZ"];
    const loaded = loadModels({ ...files, "tests/fixtures/example-joint.json": JSON.stringify(bad) }, loadReference());
    expect(loaded.errors[0]).toMatch(/^tests\/fixtures\/example-joint\.json: regions\[0\]\.countries\[0\]: unknown country "XYZ"/);
  });
});
