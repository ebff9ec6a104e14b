/**
 * Shared fixtures for the unit tests: the real reference data, the real atlas, the real model files, and the
 * invented files of tests/fixtures/ that the tests of a mechanism state their expectations from.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Topology } from "topojson-specification";
import topology from "world-atlas/countries-50m.json";
import { buildAtlas, type Atlas } from "../../src/data/atlas";
import { loadReference } from "../../src/data/loadReference";
import type { Reference } from "../../src/data/reference";
import type { Briefing } from "../../src/model/briefingSchema";
import type { Context } from "../../src/model/contextSchema";
import { loadModels } from "../../src/model/loadModels";
import { resolveModel, type ResolvedModel } from "../../src/model/resolve";

/** The repository's root, with a trailing slash: two folders above this file (worked out from its path, as jsdom's URL is not Node's). */
export const REPO = `${resolve(dirname(fileURLToPath(import.meta.url)), "../..")}/`;

export const MODEL_FILES = ["models/nato-two-systems.json", "models/russia-sectors.json"] as const;
export type ModelFile = (typeof MODEL_FILES)[number];

/** The briefing files in models/ ("type": "briefing"). Every .json in models/ except the schemas, the briefings and the context files is a model. */
export const BRIEFING_FILES = ["models/may-2011.json"] as const;
export type BriefingFile = (typeof BRIEFING_FILES)[number];

/** The context files in models/ ("type": "context"). */
export const CONTEXT_FILES = ["models/may-2011-context.json"] as const;
export type ContextFile = (typeof CONTEXT_FILES)[number];

/** The site file of models/ ("type": "site": credit, byline, notes, date of revision). */
export const SITE_FILES = ["models/site.json"] as const;

/**
 * An invented site file for the tests of the site file's mechanics (tests/fixtures/example-site.json, not among
 * FIXTURE_FILES, so that the other fixture tests print no credit): credit "Graphic: Example Desk / The Example Daily",
 * byline "By An Example Author", two invented notes, updated 2026-11-20.
 */
export const SITE_FIXTURE = "tests/fixtures/example-site.json";

/** The text of a file in the repository, e.g. "models/russia-sectors.json". */
export function readRepoFile(path: string): string {
  return readFileSync(REPO + path, "utf8");
}

/** A fresh, mutable copy of a real model file's JSON. */
export function modelJson(file: ModelFile): Record<string, any> {
  return JSON.parse(readRepoFile(file)) as Record<string, any>;
}

/** A fresh, mutable copy of a real briefing file's JSON. */
export function briefingJson(file: BriefingFile): Record<string, any> {
  return JSON.parse(readRepoFile(file)) as Record<string, any>;
}

/** A fresh, mutable copy of a real context file's JSON. */
export function contextJson(file: ContextFile): Record<string, any> {
  return JSON.parse(readRepoFile(file)) as Record<string, any>;
}

/** Every file of models/ as the app bundles them: { "models/<id>.json": text }, the JSON Schemas left out. */
export function allModelFiles(): Record<string, string> {
  const names = readdirSync(`${REPO}models`).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"));
  return Object.fromEntries(names.map((f) => [`models/${f}`, readRepoFile(`models/${f}`)]));
}

export function worldTopology(): Topology {
  return topology as unknown as Topology;
}

/** The atlas built from world-atlas's 1:50m countries and the reference in data/ (slow: call in beforeAll). */
export function realAtlas(ref: Reference = loadReference()): Atlas {
  return buildAtlas(worldTopology(), ref);
}

/** Unit vector for a longitude and latitude in degrees, written out here independently of the code under test:
 * y to the north pole, (0, 0) on +z, lon 90 on +x. */
export function unitVector(lon: number, lat: number): [number, number, number] {
  const la = (lat * Math.PI) / 180;
  const lo = (lon * Math.PI) / 180;
  return [Math.cos(la) * Math.sin(lo), Math.sin(la), Math.cos(la) * Math.cos(lo)];
}

/** Signed shoelace area of a flat [x0, y0, x1, y1, …] ring. */
export function shoelaceFlat(ring: readonly number[]): number {
  let s = 0;
  const n = ring.length / 2;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    s += ring[i * 2]! * ring[j * 2 + 1]! - ring[j * 2]! * ring[i * 2 + 1]!;
  }
  return s / 2;
}

/** Signed shoelace area of a ring of [x, y] pairs. */
export function shoelace(ring: readonly (readonly [number, number])[]): number {
  return shoelaceFlat(ring.flatMap(([x, y]) => [x, y]));
}

/** Proposal models, briefings and context files, loaded as the app loads them and resolved on their dates. */
export interface LoadedFiles {
  ref: Reference;
  atlas: Atlas;
  /** Resolved proposal models by id. */
  resolved: Map<string, ResolvedModel>;
  briefings: Briefing[];
  contexts: Context[];
  /** Palette index of an atlas piece by key ("POL", "RUS/crimea"); throws for an unknown key. */
  piece(key: string): number;
  /** Palette index of a sea by id, counted from data/seas.json read directly; throws for an unknown id. */
  sea(id: string): number;
}

/** The real models, briefings and context files of models/. */
export type RealModels = LoadedFiles;

/** Loads the files with loadModels, which must report no errors, and resolves the models (slow: call in beforeAll). */
function loadFiles(files: Record<string, string>): LoadedFiles {
  const ref = loadReference();
  const atlas = realAtlas(ref);
  const loaded = loadModels(files, ref);
  if (loaded.errors.length) throw new Error(loaded.errors.join("\n"));
  const resolved = new Map(loaded.models.map((m) => [m.id, resolveModel(m, atlas, ref)]));
  const seas = (JSON.parse(readRepoFile("data/seas.json")) as { features: { id: string }[] }).features.map((f) => f.id);
  return {
    ref,
    atlas,
    resolved,
    briefings: loaded.briefings,
    contexts: loaded.contexts,
    piece(key) {
      const p = atlas.pieces.find((x) => x.key === key);
      if (!p) throw new Error(`no piece ${key}`);
      return p.index;
    },
    sea(id) {
      const i = seas.indexOf(id);
      if (i < 0) throw new Error(`no sea ${id}`);
      return atlas.pieces.length + i;
    },
  };
}

/** Loads every file of models/ with loadModels (which must report no errors) and resolves the models (slow: call in beforeAll). */
export function realModels(): RealModels {
  return loadFiles(allModelFiles());
}

/**
 * The invented files of tests/fixtures/ that the tests of a mechanism (legend, emphasis, the screen model, the
 * scene…) are written against, so that editing a shipped model breaks only the tests about its content:
 * - example-separate: group A (blue, proposed it) responsible for DEU and POL, group B (orange) for BLR; a link
 *   between the two groups' systems; every file cites Example Newswire, 3 May 2011;
 * - example-joint: group A for DEU; group B for BLR and UKR, for the Baltic and Black seas, and for MDA on a reading
 *   (ambiguous, no alternative); POL and CZE disputed (group B, or group A on another reading); proposed by group B;
 *   no link between two single parties; BLR and UKR rest on "Invented Agency, May 2", reported by Example Newswire;
 * - example-briefing: five steps (example-separate; example-joint with two-seas emphasised; example-joint with
 *   core-b and moldova-reading emphasised; the differences; both in full);
 * - example-context: four events, three people (two with statements), three sources cited one via the other, and two
 *   points of contention: example-joint with poland-either and czechia-either emphasised, and both proposals in full.
 * Every text in them is invented and says so; like every model they only shade who is responsible for which area.
 */
export const FIXTURE_FILES = [
  "tests/fixtures/example-separate.json",
  "tests/fixtures/example-joint.json",
  "tests/fixtures/example-briefing.json",
  "tests/fixtures/example-context.json",
] as const;
export type FixtureFile = (typeof FIXTURE_FILES)[number];

/** The fixture files as the app is handed files: { "tests/fixtures/<id>.json": text }. */
export function fixtureFiles(): Record<string, string> {
  return Object.fromEntries(FIXTURE_FILES.map((f) => [f, readRepoFile(f)]));
}

/** A fresh, mutable copy of a fixture file's JSON. */
export function fixtureJson(file: FixtureFile): Record<string, any> {
  return JSON.parse(readRepoFile(file)) as Record<string, any>;
}

/**
 * The fixtures of tests/fixtures/, loaded through the app's loader (src/model/loadModels.ts), which must report no
 * errors: a fixture that stops validating fails every test that uses it, loudly. Slow: call in beforeAll.
 */
export function fixtureModels(): LoadedFiles {
  return loadFiles(fixtureFiles());
}

/** Each message without its hint line: `<file>: <path>: <problem>`. */
export function withoutHints(errors: readonly string[]): string[] {
  return errors.map((e) => e.split("\n")[0]!);
}
