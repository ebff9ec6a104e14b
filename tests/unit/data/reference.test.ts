import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledReferenceFiles, loadReference } from "../../../src/data/loadReference";
import { readReference, readReferenceFiles } from "../../../src/data/readReference";
import { makeReference } from "../../../src/data/makeReference";
import { REPO, readRepoFile } from "../support";

/** The data files as they are on disk, parsed here, keyed by path: the shipped ones, or others put in their place. */
const shipped = () => readReferenceFiles();
const SHIPPED_PATHS = [
  "data/border-corrections.json",
  "data/countries.json",
  "data/groups/nato-members.json",
  "data/groups/un-m49-eastern-europe.json",
  "data/groups/un-m49-europe.json",
  "data/name-changes.json",
  "data/seas.json",
  "data/territories.json",
];
/** A made-up group of two countries. */
const group = (id: string, members: string[]) => ({ id, name: { en: id, ru: id }, description: "Made up for a test.", members: members.map((country) => ({ country })) });

describe("the reference's files, gathered in each environment", () => {
  it("through Vite (the page, the tests, the build): every file of data/ and data/groups/, keyed by its path", () => {
    expect(Object.keys(bundledReferenceFiles).sort()).toEqual(SHIPPED_PATHS);
  });
  it("from disk (the command-line tools, under Node): the same files with the same contents", () => {
    expect(Object.keys(shipped()).sort()).toEqual(SHIPPED_PATHS);
    for (const path of SHIPPED_PATHS) expect(shipped()[path], path).toEqual(JSON.parse(readRepoFile(path)));
    expect(shipped()).toEqual(bundledReferenceFiles);
  });
  it("gives the same reference either way: the groups of data/groups/, in the order of their file names", () => {
    expect([...loadReference().groups.keys()]).toEqual(["nato", "eastern-europe", "europe"]);
    expect([...readReference().groups.keys()]).toEqual(["nato", "eastern-europe", "europe"]);
    expect(readReference().groups.get("nato")!.members).toHaveLength(32);
    expect(readReference().groups.get("europe")).toEqual(loadReference().groups.get("europe"));
  });
});

describe("makeReference: groups come from the group files, as many as there are", () => {
  it("takes a group added as a file of its own, with no other change", () => {
    const ref = makeReference({ ...shipped(), "data/groups/baltic.json": group("baltic", ["EST", "LVA", "LTU"]) });
    expect([...ref.groups.keys()]).toEqual(["baltic", "nato", "eastern-europe", "europe"]);
    expect(ref.groups.get("baltic")!.members.map((m) => m.country)).toEqual(["EST", "LVA", "LTU"]);
  });
  it("works with no group at all", () => {
    const files = Object.fromEntries(Object.entries(shipped()).filter(([path]) => !path.startsWith("data/groups/")));
    expect(makeReference(files).groups.size).toBe(0);
  });
  it("names a group file's real path in its problem", () => {
    const broken = structuredClone(shipped()) as Record<string, any>;
    broken["data/groups/un-m49-europe.json"].members[0].country = "pol";
    expect(() => makeReference(broken)).toThrow(/^data\/groups\/un-m49-europe\.json: members\.0\.country: /);
    expect(() => makeReference({ ...shipped(), "data/groups/baltic.json": { ...group("baltic", ["EST"]), name: { en: "Baltic" } } })).toThrow(
      /^data\/groups\/baltic\.json: name\.ru: /,
    );
  });
  it("refuses two group files with the same id, naming both", () => {
    expect(() => makeReference({ ...shipped(), "data/groups/alliance.json": group("nato", ["EST"]) })).toThrow(
      'data/groups/nato-members.json: id: the group id "nato" is already the id of data/groups/alliance.json',
    );
  });
  it("refuses a file it does not read (a group file left at the top of data/), and names a missing one", () => {
    const files = shipped();
    expect(() => makeReference({ ...files, "data/nato-members.json": files["data/groups/nato-members.json"] })).toThrow(
      "data/nato-members.json: not a reference file (groups go in data/groups/)",
    );
    const { "data/seas.json": _seas, ...withoutSeas } = files;
    expect(() => makeReference(withoutSeas)).toThrow("data/seas.json: missing");
  });
});

describe("readReference: a data/ folder read from disk", () => {
  const copy = () => {
    const root = mkdtempSync(join(tmpdir(), "globe-data-"));
    cpSync(join(REPO, "data"), join(root, "data"), { recursive: true });
    return `${root}/`;
  };
  it("reads a group file added to data/groups/", () => {
    const root = copy();
    try {
      writeFileSync(`${root}data/groups/baltic.json`, JSON.stringify(group("baltic", ["EST", "LVA", "LTU"])));
      expect([...readReference(root).groups.keys()]).toEqual(["baltic", "nato", "eastern-europe", "europe"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it("names a file that is not valid JSON", () => {
    const root = copy();
    try {
      writeFileSync(`${root}data/groups/un-m49-europe.json`, "{ not json");
      expect(() => readReference(root)).toThrow(/^data\/groups\/un-m49-europe\.json: not valid JSON: /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
