import { afterEach, describe, expect, it } from "vitest";
import { prepareCatalogue } from "../../../src/build/prepareCatalogue";
import { readReference } from "../../../src/data/readReference";
import { referenceFromJson } from "../../../src/data/referenceJson";
import { loadModels } from "../../../src/model/loadModels";
import { starterModel } from "../../../src/model/starterModel";
import { tempRepo, type TempRepo } from "../cli/cliSupport";
import { allModelFiles } from "../support";

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** What the page gets: the module's JSON text, parsed. */
const viaJson = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("prepareCatalogue: what the build hands the page", () => {
  it("is the shipped files as the app's loader gives them, all valid, and the same after JSON", () => {
    const { catalogue } = prepareCatalogue(process.cwd());
    const inPage = loadModels(allModelFiles(), readReference());
    expect(inPage.errors).toEqual([]);
    expect(catalogue).toEqual(inPage);
    expect(viaJson(catalogue)).toEqual(inPage);
    expect(catalogue.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(catalogue.briefings.map((b) => b.id)).toEqual(["may-2011"]);
  });

  it("gives the page the reference of data/ as it is, maps and all, after JSON", () => {
    const { reference } = prepareCatalogue(process.cwd());
    const ref = readReference();
    const back = referenceFromJson(viaJson(reference));
    expect(back).toEqual(ref);
    expect(back.countries).toBeInstanceOf(Map);
    expect(back.countries.get("RUS")).toEqual(ref.countries.get("RUS"));
    expect([...back.groups.keys()]).toEqual([...ref.groups.keys()]);
    expect(back.territories.size).toBeGreaterThan(0);
  });

  it("throws, naming the file, the path and the problem, when a model is invalid", () => {
    repo = tempRepo(true);
    const m = starterModel("x", "2011-05-03") as Record<string, any>;
    m.regions[0].countries = ["XYZ"];
    repo.write("models/x.json", m);
    expect(() => prepareCatalogue(repo!.dir)).toThrow(/^models\/ has problems:\nmodels\/x\.json: regions\[0\]\.countries\[0\]: unknown country "XYZ"/);
  });
});
