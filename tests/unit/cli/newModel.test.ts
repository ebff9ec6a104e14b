import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runNewModel } from "../../../src/cli/newModelCommand";
import { runValidate } from "../../../src/cli/validateCommand";
import { loadReference } from "../../../src/data/loadReference";
import { loadModels } from "../../../src/model/loadModels";
import { captured, tempRepo, type TempRepo } from "./cliSupport";
import { allModelFiles } from "../support";

const TODAY = "2026-01-15";
let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

function newModel(...args: string[]) {
  repo ??= tempRepo();
  const io = captured(repo.dir);
  const status = runNewModel(args, io, TODAY);
  return { status, io, read: (id: string) => readFileSync(join(repo!.dir, "models", `${id}.json`), "utf8") };
}

describe("npm run new-model -- <id>", () => {
  it("writes models/<id>.json, which npm run validate accepts as it is", () => {
    const r = newModel("pacific-example");
    expect(r.status).toBe(0);
    expect(r.io.stdout[0]).toMatch(/^models\/pacific-example\.json written\. .*npm run validate models\/pacific-example\.json$/);
    const io = captured(repo!.dir);
    expect(runValidate(["models/pacific-example.json"], io)).toBe(0);
    expect(io.stdout).toEqual(["models/pacific-example.json: ok", "1 file checked: all valid"]);
  });

  it("loads in the app beside the shipped models, with its id, today's date and the schema for editors", () => {
    const text = newModel("pacific-example").read("pacific-example");
    const loaded = loadModels({ ...allModelFiles(), "models/pacific-example.json": text }, loadReference());
    expect(loaded.errors).toEqual([]);
    const m = loaded.models.find((x) => x.id === "pacific-example")!;
    expect(m.date).toBe(TODAY);
    expect(JSON.parse(text).$schema).toBe("./model.schema.json");
  });

  it("explains itself: $comment fields say what to do, and every text says what to replace, in both languages", () => {
    const m = JSON.parse(newModel("pacific-example").read("pacific-example"));
    expect(m.$comment).toContain("REPLACE");
    expect(m.$comment).toContain("npm run validate models/pacific-example.json");
    expect(m.parties[0].$comment).toContain("colour");
    expect(m.regions[0].$comment).toContain("data/countries.json");
    const texts: { en: string; ru: string }[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === "object" && "en" in v && "ru" in v) texts.push(v as { en: string; ru: string });
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(m);
    expect(texts.length).toBeGreaterThan(8);
    for (const t of texts) {
      expect(t.en.startsWith("REPLACE: ")).toBe(true);
      expect(t.ru.startsWith("ЗАМЕНИТЬ: ")).toBe(true);
    }
  });

  it("refuses a file that already exists, and leaves it as it was", () => {
    repo = tempRepo();
    repo.write("models/taken.json", "{ mine }");
    const r = newModel("taken");
    expect(r.status).toBe(1);
    expect(r.io.stderr).toEqual(["new-model: models/taken.json already exists; choose another id, or edit that file"]);
    expect(r.read("taken")).toBe("{ mine }");
  });

  it("refuses an id that is not lower-case words joined by hyphens, saying why and what would do, and writes nothing", () => {
    const r = newModel("Pacific Example");
    expect(r.status).toBe(1);
    expect(r.io.stderr).toEqual([
      'new-model: "Pacific Example" is not a valid id: it must be lower-case letters and digits joined by hyphens, e.g. "pacific-example"',
    ]);
    for (const bad of ["../escape", "x.json", "-x", "a--b", "ÿ"]) expect(newModel(bad).status).not.toBe(0);
    expect(readdirSync(join(repo!.dir, "models"))).toEqual([]);
    expect(existsSync(join(repo!.dir, "escape.json"))).toBe(false);
  });

  it("without an id, or with two, prints the usage and exits 2", () => {
    const none = newModel();
    expect(none.status).toBe(2);
    expect(none.io.stderr[0]).toBe("new-model: no id given");
    expect(none.io.stderr[1]).toMatch(/^usage: npm run new-model -- <id>/);
    expect(newModel("a", "b").status).toBe(2);
  });
});
