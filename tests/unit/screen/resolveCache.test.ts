import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import type { Model } from "../../../src/model/schema";
import { loadModels } from "../../../src/model/loadModels";
import { paint, resolvedOn } from "../../../src/screen/resolveCache";
import { readRepoFile } from "../support";

let geography: Geography;
let model: Model;

beforeAll(() => {
  geography = prepareGeography();
  const loaded = loadModels({ "tests/fixtures/pacific-example.json": readRepoFile("tests/fixtures/pacific-example.json") }, geography.ref);
  expect(loaded.errors).toEqual([]);
  model = loaded.models[0]!;
});

const pieceOf = (key: string) => geography.atlas.pieces.find((p) => p.key === key)!.index;

describe("resolvedOn", () => {
  it("resolves a model once per date, and again for another date", () => {
    const a = resolvedOn(model, "2011-05-03", geography);
    expect(resolvedOn(model, "2011-05-03", geography)).toBe(a);
    const b = resolvedOn(model, "2026-12-01", geography);
    expect(b).not.toBe(a);
    expect(b.date).toBe("2026-12-01");
  });
});

describe("paint", () => {
  it("gives the same palette for the same emphasis, and a new one for another", () => {
    const r = resolvedOn(model, "2011-05-03", geography);
    const all = paint(r, { regions: [] }, geography);
    expect(paint(r, { regions: [] }, geography)).toBe(all);
    const some = paint(r, { regions: [model.regions[0]!.id] }, geography);
    expect(some.key).not.toBe(all.key);
    expect(some.palette).not.toEqual(all.palette);
    expect(all.emphasis).toBeNull();
  });

  it("draws Crimea's borders with Ukraine in 2011, and the line of control once it is occupied (from 2014)", () => {
    const crimea = geography.atlas.pieces.find((p) => p.correction === "crimea")!.index;
    const before = paint(resolvedOn(model, "2011-05-03", geography), { regions: [] }, geography).borderOwners;
    const after = paint(resolvedOn(model, "2026-12-01", geography), { regions: [] }, geography).borderOwners;
    expect(before[crimea]).toBe("UKR");
    expect(after[crimea]).toBe("UKR/RUS");
    expect(before[pieceOf("UKR")]).toBe("UKR");
    expect(after[pieceOf("POL")]).toBe("POL");
  });
});

describe("border owners", () => {
  it("are one list per date, shared by every model of that date (so switching proposals keeps the borders' geometry)", () => {
    const loaded = loadModels(
      Object.fromEntries(["example-separate", "example-joint"].map((id) => [`tests/fixtures/${id}.json`, readRepoFile(`tests/fixtures/${id}.json`)])),
      geography.ref,
    );
    expect(loaded.errors).toEqual([]);
    const [a, b] = loaded.models.map((m) => paint(resolvedOn(m, "2011-05-03", geography), { regions: [] }, geography));
    expect(b!.borderOwners).toBe(a!.borderOwners);
    const later = paint(resolvedOn(loaded.models[0]!, "2026-12-01", geography), { regions: [] }, geography);
    expect(later.borderOwners).not.toBe(a!.borderOwners);
  });
});
