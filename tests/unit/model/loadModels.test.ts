import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { loadModels } from "../../../src/model/loadModels";
import { briefingJson, contextJson, modelJson, readRepoFile, withoutHints } from "../support";

const ref = loadReference();
const NATO = "models/nato-two-systems.json";
const RUSSIA = "models/russia-sectors.json";
const MAY = "models/may-2011.json";
const CONTEXT = "models/may-2011-context.json";

describe("loadModels", () => {
  it("loads the valid file and names the invalid one (invalid JSON)", () => {
    const r = loadModels({ [NATO]: readRepoFile(NATO), "models/broken.json": "{ not json" }, ref);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems"]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.startsWith("models/broken.json: not valid JSON")).toBe(true);
  });
  it("loads the valid file and names the invalid one (a model with an unknown country)", () => {
    const bad = modelJson(RUSSIA);
    bad.regions[1].countries = ["BLR", "XYZ", "MDA"];
    const r = loadModels({ [RUSSIA]: JSON.stringify(bad), [NATO]: readRepoFile(NATO) }, ref);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems"]);
    expect(withoutHints(r.errors)).toEqual([`${RUSSIA}: regions[1].countries[1]: unknown country "XYZ"`]);
  });
  it("reports every error of every invalid file", () => {
    const a = modelJson(NATO);
    a.range = 1;
    const r = loadModels({ [NATO]: JSON.stringify(a), "models/empty.json": "" }, ref);
    expect(r.models).toEqual([]);
    expect(r.errors).toHaveLength(2);
    expect(r.errors.some((e) => e.startsWith(`${NATO}: (top level): unknown field "range"`))).toBe(true);
    expect(r.errors.some((e) => e.startsWith("models/empty.json: not valid JSON"))).toBe(true);
  });
  it("loads both real models, sorted by id, with no errors", () => {
    const r = loadModels({ [RUSSIA]: readRepoFile(RUSSIA), [NATO]: readRepoFile(NATO) }, ref);
    expect(r.errors).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(r.briefings).toEqual([]);
    expect(r.contexts).toEqual([]);
  });
  it("loads nothing from no files", () => expect(loadModels({}, ref)).toEqual({ models: [], briefings: [], contexts: [], errors: [] }));
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
    const other = briefingJson(MAY);
    other.id = "a-briefing";
    const r = loadModels(
      { "models/a-briefing.json": JSON.stringify(other), [MAY]: readRepoFile(MAY), [NATO]: readRepoFile(NATO), [RUSSIA]: readRepoFile(RUSSIA) },
      ref,
    );
    expect(r.errors).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["a-briefing", "may-2011"]);
  });
  it("a mixed set: valid models and briefing load, each invalid file is left out and reported", () => {
    const badModel = modelJson(NATO);
    badModel.id = "bad-model";
    badModel.regions[0].rangeKm = 500;
    const badBriefing = briefingJson(MAY);
    badBriefing.id = "bad-briefing";
    badBriefing.steps[1].show = { compare: ["russia-sectors", "russia-sectors"] };
    const r = loadModels(
      {
        [RUSSIA]: readRepoFile(RUSSIA),
        "models/bad-briefing.json": JSON.stringify(badBriefing),
        [NATO]: readRepoFile(NATO),
        "models/broken.json": "{ not json",
        [MAY]: readRepoFile(MAY),
        "models/bad-model.json": JSON.stringify(badModel),
      },
      ref,
    );
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["may-2011"]);
    expect(r.errors).toHaveLength(3);
    expect(withoutHints(r.errors)[0]).toBe(`models/bad-model.json: regions[0]: unknown field "rangeKm"`);
    expect(r.errors[1]!.startsWith("models/broken.json: not valid JSON")).toBe(true);
    expect(withoutHints(r.errors)[2]).toBe(`models/bad-briefing.json: steps[1].show.compare[1]: cannot compare proposal "russia-sectors" with itself`);
  });
  it("a briefing that shows a model whose file is invalid is itself reported; the rest loads", () => {
    const bad = modelJson(RUSSIA);
    bad.regions[1].countries = ["BLR", "XYZ", "MDA"];
    const r = loadModels({ [MAY]: readRepoFile(MAY), [RUSSIA]: JSON.stringify(bad), [NATO]: readRepoFile(NATO) }, ref);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems"]);
    expect(r.briefings).toEqual([]);
    expect(withoutHints(r.errors)[0]).toBe(`${RUSSIA}: regions[1].countries[1]: unknown country "XYZ"`);
    const briefingErrors = r.errors.slice(1);
    expect(briefingErrors.length).toBeGreaterThan(0);
    for (const e of briefingErrors) expect(e).toMatch(/^models\/may-2011\.json: steps\[\d+\]\.show\.(proposal|compare\[1\]): unknown proposal "russia-sectors"$/);
    const steps = briefingJson(MAY).steps as { show: { proposal?: string; compare?: string[] } }[];
    const showingRussia = steps.filter((s) => s.show.proposal === "russia-sectors" || s.show.compare?.includes("russia-sectors")).length;
    expect(briefingErrors).toHaveLength(showingRussia);
  });
  it("a file with another type, or an array, is validated as a model", () => {
    const proposal = modelJson(NATO);
    proposal.type = "proposal";
    const r = loadModels({ [NATO]: JSON.stringify(proposal), "models/list.json": JSON.stringify([{ type: "briefing" }]) }, ref);
    expect(r.models).toEqual([]);
    expect(r.briefings).toEqual([]);
    expect(withoutHints(r.errors)[0]).toBe(`models/list.json: (top level): expected object, got a list (value: [{"type":"briefing"}])`);
    expect(withoutHints(r.errors)[1]).toBe(`${NATO}: (top level): unknown field "type"`);
  });
});

describe("loadModels with context files", () => {
  const all = () => ({ [CONTEXT]: readRepoFile(CONTEXT), [MAY]: readRepoFile(MAY), [RUSSIA]: readRepoFile(RUSSIA), [NATO]: readRepoFile(NATO) });

  it("loads the real models, briefing and context file, each in its own list, with no errors", () => {
    const r = loadModels(all(), ref);
    expect(r.errors).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["may-2011"]);
    expect(r.contexts.map((c) => c.id)).toEqual(["may-2011-context"]);
    expect(r.contexts[0]!.events.length).toBeGreaterThan(5);
    expect(r.contexts[0]!.contention[0]!.show).toEqual({ compare: ["nato-two-systems", "russia-sectors"], mode: "full" });
  });

  it("tells context files by \"type\": \"context\", and sorts them by id", () => {
    const other = contextJson(CONTEXT);
    other.id = "a-context";
    const r = loadModels({ ...all(), "models/a-context.json": JSON.stringify(other) }, ref);
    expect(r.errors).toEqual([]);
    expect(r.contexts.map((c) => c.id)).toEqual(["a-context", "may-2011-context"]);
    expect(r.models).toHaveLength(2);
    expect(r.briefings).toHaveLength(1);
  });

  it("an invalid context file is left out and reported after the models, in file-name order with the briefings; the rest loads", () => {
    const badContext = contextJson(CONTEXT);
    badContext.events[0].people = ["nobody"];
    const badBriefing = briefingJson(MAY);
    badBriefing.id = "z-briefing";
    badBriefing.steps[0].show = { proposal: "abc" };
    const badModel = modelJson(NATO);
    badModel.id = "bad-model";
    badModel.range = 1;
    const r = loadModels(
      { ...all(), [CONTEXT]: JSON.stringify(badContext), "models/z-briefing.json": JSON.stringify(badBriefing), "models/bad-model.json": JSON.stringify(badModel) },
      ref,
    );
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(r.briefings.map((b) => b.id)).toEqual(["may-2011"]);
    expect(r.contexts).toEqual([]);
    expect(withoutHints(r.errors)).toEqual([
      `models/bad-model.json: (top level): unknown field "range"`,
      `${CONTEXT}: events[0].people[0]: unknown person "nobody"`,
      `models/z-briefing.json: steps[0].show.proposal: unknown proposal "abc"`,
    ]);
  });

  it("a context file that shows a model whose file is invalid is itself reported", () => {
    const bad = modelJson(RUSSIA);
    bad.regions[1].countries = ["BLR", "XYZ", "MDA"];
    const r = loadModels({ [CONTEXT]: readRepoFile(CONTEXT), [RUSSIA]: JSON.stringify(bad), [NATO]: readRepoFile(NATO) }, ref);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems"]);
    expect(r.contexts).toEqual([]);
    expect(withoutHints(r.errors)[0]).toBe(`${RUSSIA}: regions[1].countries[1]: unknown country "XYZ"`);
    const contextErrors = r.errors.slice(1);
    const points = contextJson(CONTEXT).contention as { show: { proposal?: string; compare?: string[] } }[];
    const showingRussia = points.filter((p) => p.show.proposal === "russia-sectors" || p.show.compare?.includes("russia-sectors")).length;
    expect(showingRussia).toBeGreaterThan(0);
    expect(contextErrors).toHaveLength(showingRussia);
    for (const e of contextErrors) expect(e).toMatch(/^models\/may-2011-context\.json: contention\[\d+\]\.show\.(proposal|compare\[1\]): unknown proposal "russia-sectors"$/);
  });

  it("invalid JSON in a context file is reported like any other file's", () => {
    const r = loadModels({ ...all(), [CONTEXT]: '{ "type": "context", ' }, ref);
    expect(r.contexts).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.startsWith(`${CONTEXT}: not valid JSON`)).toBe(true);
  });
});
