import { describe, expect, it } from "vitest";
import { loadReference } from "../../src/data/reference";
import { loadModels } from "../../src/model/loadModels";
import { modelJson, readRepoFile } from "./support";

const ref = loadReference();
const NATO = "models/nato-two-systems.json";
const RUSSIA = "models/russia-sectors.json";

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
    expect(r.errors).toEqual([`${RUSSIA}: regions[1].countries[1]: unknown country "XYZ"`]);
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
  it("loads both real models, sorted by file name, with no errors", () => {
    const r = loadModels({ [RUSSIA]: readRepoFile(RUSSIA), [NATO]: readRepoFile(NATO) }, ref);
    expect(r.errors).toEqual([]);
    expect(r.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
  });
  it("loads nothing from no files", () => expect(loadModels({}, ref)).toEqual({ models: [], errors: [] }));
});
