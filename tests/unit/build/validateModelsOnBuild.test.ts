import { afterEach, describe, expect, it } from "vitest";
import { validateModelsOnBuild } from "../../../src/build/validateModels";
import { starterModel } from "../../../src/model/starterModel";
import { tempRepo, type TempRepo } from "../cli/cliSupport";

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** Runs the plugin's build start as Vite would; its `error` throws, as Vite's does. */
async function buildStart(dir: string): Promise<void> {
  const plugin = validateModelsOnBuild(dir);
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  await (plugin.buildStart as (this: typeof context) => Promise<void>).call(context);
}

describe("npm run build checks models/ first", () => {
  it("fails with the validator's messages when a model has a problem", { timeout: 240_000 }, async () => {
    repo = tempRepo();
    const m = starterModel("x", "2011-05-03") as Record<string, any>;
    m.regions[0].countries = ["XYZ"];
    repo.write("models/x.json", m);
    await expect(buildStart(repo.dir)).rejects.toThrow(/^models\/ has problems, so the app is not built:\nmodels\/x\.json: regions\[0\]\.countries\[0\]: unknown country "XYZ"/);
  });
  it("fails on a file that once crashed the page (10,000 nested lists), naming it", { timeout: 240_000 }, async () => {
    repo = tempRepo();
    repo.write("models/x.json", "[".repeat(10_000));
    await expect(buildStart(repo.dir)).rejects.toThrow(/models\/x\.json: .*nested more than 32 levels deep/);
  });
  it("goes on when every file is valid (the shipped models)", { timeout: 240_000 }, async () => {
    repo = tempRepo(true);
    await expect(buildStart(repo.dir)).resolves.toBeUndefined();
  });
});
