/** Shared fixtures for the unit tests: the real reference data, the real atlas and the real model files. */
import { readFileSync, readdirSync } from "node:fs";
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

export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export const MODEL_FILES = ["models/nato-two-systems.json", "models/russia-sectors.json"] as const;
export type ModelFile = (typeof MODEL_FILES)[number];

/** The briefing files in models/ ("type": "briefing"). Every .json in models/ except the schemas, the briefings and the context files is a model. */
export const BRIEFING_FILES = ["models/may-2011.json"] as const;
export type BriefingFile = (typeof BRIEFING_FILES)[number];

/** The context files in models/ ("type": "context"). */
export const CONTEXT_FILES = ["models/may-2011-context.json"] as const;
export type ContextFile = (typeof CONTEXT_FILES)[number];

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

/** The real models, briefings and context files of models/, loaded as the app loads them and resolved on their dates. */
export interface RealModels {
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

/** Loads every file of models/ with loadModels (which must report no errors) and resolves the models (slow: call in beforeAll). */
export function realModels(): RealModels {
  const ref = loadReference();
  const atlas = realAtlas(ref);
  const loaded = loadModels(allModelFiles(), ref);
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

/** Each message without its hint line: `<file>: <path>: <problem>`. */
export function withoutHints(errors: readonly string[]): string[] {
  return errors.map((e) => e.split("\n")[0]!);
}
