import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { loadModels } from "../../../src/model/loadModels";
import { fixtureJson, readRepoFile, withoutHints, type FixtureFile } from "../support";

const ref = loadReference();
// The shipped files, for the tests that load the real models.
const NATO = "models/nato-two-systems.json";
const RUSSIA = "models/russia-sectors.json";
const MAY = "models/may-2011.json";
const MAY_CONTEXT = "models/may-2011-context.json";
/*
 * The loader's mechanics are tested on the invented files of tests/fixtures/ (see fixtureModels in ../support.ts),
 * handed over under the names they would have in models/: example-separate and example-joint; example-briefing,
 * whose steps 2 and 3 show example-joint and steps 4 and 5 compare example-separate with it; example-context, whose
 * first point shows example-joint and whose second compares example-separate with it.
 */
const SEPARATE = "models/example-separate.json";
const JOINT = "models/example-joint.json";
const BRIEFING = "models/example-briefing.json";
const CONTEXT = "models/example-context.json";
const fixture = (name: string): Record<string, any> => fixtureJson(`tests/fixtures/${name.slice("models/".length)}` as FixtureFile);
const text = (name: string): string => readRepoFile(`tests/fixtures/${name.slice("models/".length)}`);

describe("loadModels", () => {
  it("loads the valid file and names the invalid one (invalid JSON)", () => {
    const r = loadModels({ [SEPARATE]: text(SEPARATE), "models/broken.json": "{ not json" }, ref);
    expect(r.models.map((m) => m.id)).toEqual(["example-separate"]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.startsWith("models/broken.json: not valid JSON")).toBe(true);
  });
  it("loads the valid file and names the invalid one (a model with an unknown country)", () => {
    const bad = fixture(JOINT);
    bad.regions[1].countries = ["BLR", "XYZ", "UKR"];
    const r = loadModels({ [JOINT]: JSON.stringify(bad), [SEPARATE]: text(SEPARATE) }, ref);
    expect(r.models.map((m) => m.id)).toEqual(["example-separate"]);
    expect(withoutHints(r.errors)).toEqual([`${JOINT}: regions[1].countries[1]: unknown country "XYZ"`]);
  });
  it("reports every error of every invalid file", () => {
    const a = fixture(SEPARATE);
    a.range = 1;
    const r = loadModels({ [SEPARATE]: JSON.stringify(a), "models/empty.json": "" }, ref);
    expect(r.models).toEqual([]);
    expect(r.errors).toHaveLength(2);
    expect(r.errors.some((e) => e.startsWith(`${SEPARATE}: (top level): unknown field "range"`))).toBe(true);
    expect(r.errors.some((e) => e.startsWith("models/empty.json: not valid JSON"))).toBe(true);
  });
  it("loads both real models, sorted by id, with no errors", () => {
    const r = loadModels({ [RUSSIA]: readRepoFile(RUSSIA), [NATO]: readRepoFile(NATO) }, ref);
    expect(r.errors).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(r.briefings).toEqual([]);
    expect(r.contexts).toEqual([]);
  });
  it("loads nothing from no files", () => expect(loadModels({}, ref)).toEqual({ models: [], briefings: [], contexts: [], site: null, errors: [] }));
});

describe("loadModels with briefings", () => {
  it("loads the real models and the real briefing (which sorts before the models it shows)", () => {
    const r = loadModels({ [MAY]: readRepoFile(MAY), [RUSSIA]: readRepoFile(RUSSIA), [NATO]: readRepoFile(NATO) }, ref);
    expect(r.errors).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["may-2011"]);
    expect(r.briefings[0]!.steps[0]!.show).toEqual({ proposal: "nato-two-systems" });
  });
  it("tells briefings from models by \"type\": \"briefing\", and sorts each by id", () => {
    const other = fixture(BRIEFING);
    other.id = "a-briefing";
    const r = loadModels(
      { "models/a-briefing.json": JSON.stringify(other), [BRIEFING]: text(BRIEFING), [SEPARATE]: text(SEPARATE), [JOINT]: text(JOINT) },
      ref,
    );
    expect(r.errors).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(["example-joint", "example-separate"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["a-briefing", "example-briefing"]);
  });
  it("a mixed set: valid models and briefing load, each invalid file is left out and reported", () => {
    const badModel = fixture(SEPARATE);
    badModel.id = "bad-model";
    badModel.regions[0].rangeKm = 500;
    const badBriefing = fixture(BRIEFING);
    badBriefing.id = "bad-briefing";
    badBriefing.steps[0].show = { compare: ["example-joint", "example-joint"] };
    const r = loadModels(
      {
        [JOINT]: text(JOINT),
        "models/bad-briefing.json": JSON.stringify(badBriefing),
        [SEPARATE]: text(SEPARATE),
        "models/broken.json": "{ not json",
        [BRIEFING]: text(BRIEFING),
        "models/bad-model.json": JSON.stringify(badModel),
      },
      ref,
    );
    expect(r.models.map((m) => m.id)).toEqual(["example-joint", "example-separate"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["example-briefing"]);
    expect(r.errors).toHaveLength(3);
    expect(withoutHints(r.errors)[0]).toBe(`models/bad-model.json: regions[0]: unknown field "rangeKm"`);
    expect(r.errors[1]!.startsWith("models/broken.json: not valid JSON")).toBe(true);
    expect(withoutHints(r.errors)[2]).toBe(`models/bad-briefing.json: steps[0].show.compare[1]: cannot compare proposal "example-joint" with itself`);
  });
  it("a briefing that shows a model whose file is invalid is itself reported; the rest loads", () => {
    const bad = fixture(JOINT);
    bad.regions[1].countries = ["BLR", "XYZ", "UKR"];
    const r = loadModels({ [BRIEFING]: text(BRIEFING), [JOINT]: JSON.stringify(bad), [SEPARATE]: text(SEPARATE) }, ref);
    expect(r.models.map((m) => m.id)).toEqual(["example-separate"]);
    expect(r.briefings).toEqual([]);
    // Every step that shows example-joint: steps 2 and 3 alone, steps 4 and 5 as the second of a comparison.
    expect(withoutHints(r.errors)).toEqual([
      `${JOINT}: regions[1].countries[1]: unknown country "XYZ"`,
      `${BRIEFING}: steps[1].show.proposal: unknown proposal "example-joint"`,
      `${BRIEFING}: steps[2].show.proposal: unknown proposal "example-joint"`,
      `${BRIEFING}: steps[3].show.compare[1]: unknown proposal "example-joint"`,
      `${BRIEFING}: steps[4].show.compare[1]: unknown proposal "example-joint"`,
    ]);
  });
  it("a file with another type, or an array, is validated as a model", () => {
    const proposal = fixture(SEPARATE);
    proposal.type = "proposal";
    const r = loadModels({ [SEPARATE]: JSON.stringify(proposal), "models/list.json": JSON.stringify([{ type: "briefing" }]) }, ref);
    expect(r.models).toEqual([]);
    expect(r.briefings).toEqual([]);
    // In file-name order.
    expect(withoutHints(r.errors)).toEqual([
      `${SEPARATE}: (top level): unknown field "type"`,
      `models/list.json: (top level): expected object, got a list (value: [{"type":"briefing"}])`,
    ]);
  });
});

describe("loadModels with context files", () => {
  const all = () => ({ [CONTEXT]: text(CONTEXT), [BRIEFING]: text(BRIEFING), [JOINT]: text(JOINT), [SEPARATE]: text(SEPARATE) });

  it("loads the real models, briefing and context file, each in its own list, with no errors", () => {
    const r = loadModels({ [MAY_CONTEXT]: readRepoFile(MAY_CONTEXT), [MAY]: readRepoFile(MAY), [RUSSIA]: readRepoFile(RUSSIA), [NATO]: readRepoFile(NATO) }, ref);
    expect(r.errors).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["may-2011"]);
    expect(r.contexts.map((c) => c.id)).toEqual(["may-2011-context"]);
    expect(r.contexts[0]!.events.length).toBeGreaterThan(5);
    expect(r.contexts[0]!.contention[0]!.show).toEqual({ compare: ["nato-two-systems", "russia-sectors"], mode: "full" });
  });

  it("tells context files by \"type\": \"context\", and sorts them by id", () => {
    const other = fixture(CONTEXT);
    other.id = "a-context";
    const r = loadModels({ ...all(), "models/a-context.json": JSON.stringify(other) }, ref);
    expect(r.errors).toEqual([]);
    expect(r.contexts.map((c) => c.id)).toEqual(["a-context", "example-context"]);
    expect(r.models).toHaveLength(2);
    expect(r.briefings).toHaveLength(1);
  });

  it("an invalid context file is left out and reported after the models, in file-name order with the briefings; the rest loads", () => {
    const badContext = fixture(CONTEXT);
    badContext.events[0].people = ["nobody"];
    const badBriefing = fixture(BRIEFING);
    badBriefing.id = "z-briefing";
    badBriefing.steps[0].show = { proposal: "abc" };
    const badModel = fixture(SEPARATE);
    badModel.id = "bad-model";
    badModel.range = 1;
    const r = loadModels(
      { ...all(), [CONTEXT]: JSON.stringify(badContext), "models/z-briefing.json": JSON.stringify(badBriefing), "models/bad-model.json": JSON.stringify(badModel) },
      ref,
    );
    expect(r.models.map((m) => m.id)).toEqual(["example-joint", "example-separate"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["example-briefing"]);
    expect(r.contexts).toEqual([]);
    expect(withoutHints(r.errors)).toEqual([
      `models/bad-model.json: (top level): unknown field "range"`,
      `${CONTEXT}: events[0].people[0]: unknown person "nobody"`,
      `models/z-briefing.json: steps[0].show.proposal: unknown proposal "abc"`,
    ]);
  });

  it("a context file that shows a model whose file is invalid is itself reported", () => {
    const bad = fixture(JOINT);
    bad.regions[1].countries = ["BLR", "XYZ", "UKR"];
    const r = loadModels({ [CONTEXT]: text(CONTEXT), [JOINT]: JSON.stringify(bad), [SEPARATE]: text(SEPARATE) }, ref);
    expect(r.models.map((m) => m.id)).toEqual(["example-separate"]);
    expect(r.contexts).toEqual([]);
    expect(withoutHints(r.errors)).toEqual([
      `${JOINT}: regions[1].countries[1]: unknown country "XYZ"`,
      `${CONTEXT}: contention[0].show.proposal: unknown proposal "example-joint"`,
      `${CONTEXT}: contention[1].show.compare[1]: unknown proposal "example-joint"`,
    ]);
  });

  it("invalid JSON in a context file is reported like any other file's", () => {
    const r = loadModels({ ...all(), [CONTEXT]: '{ "type": "context", ' }, ref);
    expect(r.contexts).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.startsWith(`${CONTEXT}: not valid JSON`)).toBe(true);
  });
});
