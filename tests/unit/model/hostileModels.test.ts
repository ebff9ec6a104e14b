/**
 * Hostile files in models/: thousands of generated and mutated inputs thrown at the loader and the validators.
 * Whatever a file holds, loading never throws; every problem is one message `<file>: <path>: <message>` (or
 * `<file>: not valid JSON: …` for text that is not JSON); the valid files still load; a file that passes
 * passes again, unchanged; and no file can reach Object.prototype.
 *
 * Every property runs with a fixed seed, so a run is repeatable; fast-check prints the smallest failing input.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { loadModels } from "../../../src/model/loadModels";
import { validateModel, validateModelText } from "../../../src/model/validate";
import { validateBriefing, validateBriefingText } from "../../../src/model/validateBriefing";
import { validateContext, validateContextText } from "../../../src/model/validateContext";
import { validateSite, validateSiteText } from "../../../src/model/validateSite";
import { BRIEFING_FILES, CONTEXT_FILES, MODEL_FILES, allModelFiles, briefingJson, contextJson, modelJson, withoutHints } from "../support";

const SEED = 20110503;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });
/** Thousands of runs take seconds; on a busy machine, more than the default 5 s. This is no timing assertion. */
const SLOW = { timeout: 240_000 };

const ref = loadReference();
const REAL_FILES = allModelFiles();
const REAL = loadModels(REAL_FILES, ref);
const [BRIEFING] = BRIEFING_FILES;
const [CONTEXT] = CONTEXT_FILES;
const X = "models/x.json";

type Kind = "model" | "briefing" | "context";
const KIND_OF: Record<string, Kind> = {
  ...Object.fromEntries(MODEL_FILES.map((f) => [f, "model" as const])),
  [BRIEFING]: "briefing",
  [CONTEXT]: "context",
};
const ALL_FILES = Object.keys(KIND_OF);

// ---------------------------------------------------------------------------------------------------------------
// JSON documents, their nodes and mutations
// ---------------------------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

const isObject = (v: unknown): v is { [key: string]: Json } => typeof v === "object" && v !== null && !Array.isArray(v);

/** A copy through JSON text, as a file would give it: own "__proto__" keys stay own keys, -0 becomes 0. */
const viaJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The real file's JSON, fresh. */
function realJson(file: string): Json {
  const kind = KIND_OF[file];
  if (kind === "briefing") return briefingJson(BRIEFING) as Json;
  if (kind === "context") return contextJson(CONTEXT) as Json;
  return modelJson(file as (typeof MODEL_FILES)[number]) as Json;
}

/** Every node of a document, depth first, with its path ([] for the root). */
function nodesOf(doc: Json): { path: Path; value: Json }[] {
  const out: { path: Path; value: Json }[] = [];
  const walk = (value: Json, path: Path) => {
    out.push({ path, value });
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (isObject(value)) for (const k of Object.keys(value)) walk(value[k]!, [...path, k]);
  };
  walk(doc, []);
  return out;
}

const getAt = (doc: Json, path: Path): Json => path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, doc);

/** Sets an own property, even one named "__proto__" (a plain assignment would set the prototype instead). */
function setOwn(parent: Json, key: string | number, value: Json): void {
  if (Array.isArray(parent)) parent[key as number] = value;
  else Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
}

/** `regions[3].countries[1]`, `(top level)`: the path as messages give it, written out here independently. */
function pathText(path: Path): string {
  const s = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
  return s || "(top level)";
}

type Mutation =
  | { kind: "delete-key"; at: number }
  | { kind: "replace-leaf"; at: number; value: Json }
  | { kind: "replace-node"; at: number; value: Json }
  | { kind: "insert-key"; at: number; key: string; value: Json }
  | { kind: "duplicate-element"; at: number; index: number }
  | { kind: "remove-element"; at: number; index: number }
  | { kind: "swap-elements"; at: number; index: number; other: number }
  | { kind: "hostile-string"; at: number; value: string };

/** Applies a mutation in place; `at` picks the node among those it can apply to (modulo their number). */
function mutate(doc: Json, m: Mutation): void {
  const all = nodesOf(doc);
  const pick = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
  const parentOf = (path: Path) => getAt(doc, path.slice(0, -1));
  const isLeaf = (v: Json) => v === null || typeof v !== "object";
  switch (m.kind) {
    case "delete-key": {
      const n = pick(all.filter((x) => typeof x.path.at(-1) === "string"), m.at);
      if (n) delete (parentOf(n.path) as Record<string, Json>)[n.path.at(-1) as string];
      return;
    }
    case "replace-leaf":
    case "replace-node":
    case "hostile-string": {
      const candidates = all.filter(
        (x) => x.path.length > 0 && (m.kind === "replace-node" || (m.kind === "replace-leaf" ? isLeaf(x.value) : typeof x.value === "string")),
      );
      const n = pick(candidates, m.at);
      if (n) setOwn(parentOf(n.path), n.path.at(-1)!, viaJson(m.value));
      return;
    }
    case "insert-key": {
      const n = pick(all.filter((x) => isObject(x.value)), m.at);
      if (n) setOwn(n.value, m.key, viaJson(m.value));
      return;
    }
    case "duplicate-element":
    case "remove-element":
    case "swap-elements": {
      const n = pick(all.filter((x) => Array.isArray(x.value) && x.value.length >= (m.kind === "swap-elements" ? 2 : 1)), m.at);
      if (!n) return;
      const list = n.value as Json[];
      const i = m.index % list.length;
      if (m.kind === "duplicate-element") list.splice(i, 0, viaJson(list[i]!));
      else if (m.kind === "remove-element") list.splice(i, 1);
      else {
        const j = (i + 1 + (m.other % (list.length - 1))) % list.length;
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return;
    }
  }
}

/** A mutated copy of `doc`, as it would come back from a file. */
function mutated(doc: Json, mutations: readonly Mutation[]): Json {
  const copy = viaJson(doc);
  for (const m of mutations) mutate(copy, m);
  return viaJson(copy);
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------------------------

const HUGE = 100_000;
const HOSTILE_STRINGS: string[] = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "a".repeat(HUGE),
  `${"a-".repeat(HUGE / 2)}!`, // nearly an id, to the very end
  "9".repeat(HUGE),
  `${" ".repeat(HUGE)}x`,
  "\u0000\u0001\u0007\u001b[31m\u007f\u0085\u2028\u2029",
  "\u202e\u200b\ufeff\ud800", // right-to-left override, zero-width space, BOM, a lone surrogate
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "",
  " ",
  "\n\t",
  "%s%n${x}{{x}}",
  "../../etc/passwd",
  "models/x.json: (top level): not a real message",
];
const EDGE_VALUES: Json[] = [
  0, -1, 1.34, 1.35, 6, 6.01, 180, 180.5, -90.5, 1e308, -1e308, 5e-324, 2 ** 53 + 1,
  true, false, null, [], {}, [[]], { en: "" }, { en: " " }, { en: "x", ru: "" }, { en: "x", fr: "y" },
  "2011-02-29", "2012-02-29", "2011-5-3", "0000-00-00", "9999-12-31",
  "nato", "russia", "nato-two-systems", "russia-sectors", "ambiguous", "clear", "system", "centre", "both",
  "briefing", "context", "RUS", "XKX", "XYZ", "baltic", "black", { proposal: "russia-sectors" },
  { compare: ["nato-two-systems", "nato-two-systems"] }, { compare: ["nato-two-systems", "russia-sectors"], mode: "differences" },
];
const HOSTILE_KEYS = [
  "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "", " ", "type", "$schema", "id",
  "site", "rangeKm", "lat", "lon", "range", "coverage", "trajectory", "en", "ru", "mode", "via", "endDate", "approximate",
  "quote", "alternativeParty", "emphasise",
];

/** Every node of every real file: plausible values that get past the schema and reach the reference checks. */
const REAL_NODES: Json[] = ALL_FILES.flatMap((f) => nodesOf(realJson(f)).map((n) => n.value));

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/) },
);
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 2, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_VALUES) },
  { weight: 3, arbitrary: fc.nat().map((i) => REAL_NODES[i % REAL_NODES.length]!) },
);
const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: hostileString },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete-key" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("replace-leaf" as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant("replace-node" as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant("insert-key" as const), at: fc.nat(), key: hostileKey, value: hostileValue }),
  fc.record({ kind: fc.constant("duplicate-element" as const), at: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constant("remove-element" as const), at: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constant("swap-elements" as const), at: fc.nat(), index: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("hostile-string" as const), at: fc.nat(), value: hostileString }),
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

// ---------------------------------------------------------------------------------------------------------------
// What a well-formed verdict looks like
// ---------------------------------------------------------------------------------------------------------------

/** A path as formatPath writes it: `(top level)`, `view.lat`, `regions[3].countries[1]`, `$schema`. */
const PATH = String.raw`(?:\(top level\)|[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*)`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const short = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} characters)` : s);

const messagePatterns = new Map<string, RegExp>();
/** Every message is `<one of files>: <path>: <message>`, and there is at least one. */
function expectReported(errors: readonly string[], files: readonly string[]): void {
  expect(errors.length).toBeGreaterThan(0);
  const key = files.join("|");
  let re = messagePatterns.get(key);
  if (!re) messagePatterns.set(key, (re = new RegExp(`^(?:${files.map(escapeRe).join("|")}): ${PATH}: \\S`)));
  for (const e of errors) if (!re.test(e)) throw new Error(`not "<file>: <path>: <message>": ${short(e)}`);
}

/**
 * Every message points into the file: the path up to its last step leads to an object or list of the document
 * (the last step may be missing: a required field, an alternativeParty an ambiguous region lacks).
 */
function expectPathsInDocument(errors: readonly string[], file: string, doc: unknown): void {
  for (const e of errors) {
    const path = e.slice(file.length + 2).split(": ")[0]!;
    if (path === "(top level)") continue;
    const steps = [...path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
    let at: unknown = doc;
    for (const step of steps.slice(0, -1)) {
      const inside = typeof at === "object" && at !== null && Object.prototype.hasOwnProperty.call(at, step);
      if (!inside) throw new Error(`the message points at ${path}, which is not in the file: ${short(e)}`);
      at = (at as Record<string | number, unknown>)[step];
    }
    if (typeof at !== "object" || at === null) throw new Error(`the message points inside a ${typeof at} at ${path}: ${short(e)}`);
  }
}

const parsesAsJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Exactly one message, `<file>: not valid JSON: …`. */
function expectNotJson(errors: readonly string[], file: string): void {
  expect(errors).toHaveLength(1);
  if (!errors[0]!.startsWith(`${file}: not valid JSON: `)) throw new Error(`not a "not valid JSON" message: ${short(errors[0]!)}`);
}

/**
 * Structural equality, strict like toStrictEqual (own keys, undefined-valued keys and prototypes count; key order
 * does not), but quick enough to run thousands of times on whole files.
 */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a);
  if (ka.length !== Reflect.ownKeys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k]));
}

function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (!same(actual, expected)) expect(actual, what).toStrictEqual(expected); // only on failure: the full diff
}

type Verdict = { ok: true } | { ok: false; errors: string[] };

/** The verdict on a text: not JSON gives the one message; otherwise ok, or messages each naming the file and a path. */
function expectWellFormedVerdict(r: Verdict, text: string, file: string): void {
  if (!parsesAsJson(text)) {
    expect(r.ok).toBe(false);
    if (!r.ok) expectNotJson(r.errors, file);
  } else if (!r.ok) expectReported(r.errors, [file]);
}

/** Validates a value as the given kind of file, against the real models. */
function validateAs(kind: Kind, value: unknown, file: string): Verdict & { value?: unknown } {
  if (kind === "model") {
    const r = validateModel(value, file, ref);
    return r.ok ? { ok: true, value: r.model } : r;
  }
  if (kind === "briefing") {
    const r = validateBriefing(value, file, REAL.models);
    return r.ok ? { ok: true, value: r.briefing } : r;
  }
  const r = validateContext(value, file, REAL.models);
  return r.ok ? { ok: true, value: r.context } : r;
}

function validateTextAs(kind: Kind, text: string, file: string): Verdict & { value?: unknown } {
  if (kind === "model") {
    const r = validateModelText(text, file, ref);
    return r.ok ? { ok: true, value: r.model } : r;
  }
  if (kind === "briefing") {
    const r = validateBriefingText(text, file, REAL.models);
    return r.ok ? { ok: true, value: r.briefing } : r;
  }
  const r = validateContextText(text, file, REAL.models);
  return r.ok ? { ok: true, value: r.context } : r;
}

/** The real files loaded with `files` added or replaced. */
const loadWith = (files: Record<string, string>) => loadModels({ ...REAL_FILES, ...files }, ref);

const REAL_IDS = [...REAL.models, ...REAL.briefings, ...REAL.contexts].map((x) => x.id);

/**
 * Every real file except `except` (and, for a broken model, the files that show it) still loads. Files are
 * validated one by one, so with the errors already checked to name only the files allowed to fail, it is enough
 * to find the ids of the others among those loaded.
 */
function expectRealFilesStillLoad(loaded: ReturnType<typeof loadModels>, except?: string): void {
  const id = except?.replace(/^models\/|\.json$/g, "");
  // A briefing or context file shows models: with a model broken, they may rightly be rejected too.
  const mayFail = except !== undefined && KIND_OF[except] === "model" ? [id, "may-2011", "may-2011-context"] : [id];
  const got = new Set([...loaded.models, ...loaded.briefings, ...loaded.contexts].map((x) => x.id));
  for (const realId of REAL_IDS) {
    if (!mayFail.includes(realId) && !got.has(realId)) throw new Error(`the real file "${realId}" no longer loads`);
  }
}

const polluted = () =>
  Object.prototype.hasOwnProperty.call(Object.prototype, "polluted") || "polluted" in {} || "polluted" in [] || "polluted" in Object.create(Object.prototype);

afterEach(() => {
  // Clean up before reporting, so that one failure cannot spread to the other tests.
  const dirty = polluted();
  delete (Object.prototype as Record<string, unknown>).polluted;
  expect(dirty, "Object.prototype was polluted").toBe(false);
});

// ---------------------------------------------------------------------------------------------------------------
// The specs
// ---------------------------------------------------------------------------------------------------------------

describe("the real files, the starting point for every mutation", () => {
  it("load with no errors: two models, one briefing, one context file", () => {
    expect(REAL.errors).toEqual([]);
    expect(REAL.models.map((m) => m.id)).toEqual(["nato-two-systems", "russia-sectors"]);
    expect(REAL.briefings.map((b) => b.id)).toEqual(["may-2011"]);
    expect(REAL.contexts.map((c) => c.id)).toEqual(["may-2011-context"]);
  });
});

describe("(a) any JSON value as a file in models/", () => {
  it("never makes loadModels throw; each message names models/x.json and a path; the real files still load", SLOW, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const loaded = loadWith({ [X]: JSON.stringify(value) });
        expectReported(loaded.errors, [X]);
        expectPathsInDocument(loaded.errors, X, viaJson(value));
        expectRealFilesStillLoad(loaded);
      }),
      runs(400),
    );
  });

  it("the same for objects made of the formats' own field names with random values (models, briefings, context files)", SLOW, () => {
    const fieldNames = [...new Set(ALL_FILES.flatMap((f) => nodesOf(realJson(f)).flatMap((n) => n.path.filter((p) => typeof p === "string"))))];
    const lookalike = fc.record(
      {
        type: fc.oneof(fc.constantFrom("briefing", "context", "model", "Briefing"), hostileValue),
        fields: fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), hostileKey), hostileValue, { maxKeys: 12 }),
      },
      { requiredKeys: ["fields"] },
    );
    fc.assert(
      fc.property(lookalike, ({ type, fields }) => {
        const doc = type === undefined ? fields : { ...fields, type };
        const loaded = loadWith({ [X]: JSON.stringify(doc) });
        expectReported(loaded.errors, [X]);
        expectPathsInDocument(loaded.errors, X, viaJson(doc));
        expectRealFilesStillLoad(loaded);
      }),
      runs(400),
    );
  });

  it("the same for site files: objects of the site file's field names with random values, validated as the site file", SLOW, () => {
    const fieldNames = ["$schema", "$comment", "credit", "byline", "notes", "updated", "en", "ru"];
    const lookalike = fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), hostileKey), hostileValue, { maxKeys: 8 });
    const dates = { models: REAL.models, contexts: REAL.contexts, today: "2026-12-01" };
    fc.assert(
      fc.property(lookalike, fc.boolean(), (fields, text) => {
        const doc = { ...fields, type: "site" };
        const r = text ? validateSiteText(JSON.stringify(doc), X, dates) : validateSite(viaJson(doc), X, dates);
        if (!r.ok) {
          expectReported(r.errors, [X]);
          expectPathsInDocument(r.errors, X, viaJson(doc));
        } else expect(validateSite(viaJson(r.site), X, dates)).toEqual(r);
      }),
      runs(400),
    );
  });

  it("never makes a validator throw, for any JavaScript value at all (not only JSON)", SLOW, () => {
    const anything = fc.anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        for (const kind of ["model", "briefing", "context"] as const) {
          const r = validateAs(kind, value, X);
          expect(r.ok).toBe(false);
          if (!r.ok) expectReported(r.errors, [X]);
        }
      }),
      runs(400),
    );
  });
});

/**
 * Mutates a real file and checks the verdict: validating the value and its JSON text agree, neither changes its
 * input, a file that passes passes again unchanged (idempotent), and one that fails says where. Returns how
 * many mutated files passed and failed, so the test can check that the mutations reach both.
 */
function checkMutations(file: string, numRuns: number): { passed: number; failed: number } {
  const kind = KIND_OF[file]!;
  const original = realJson(file);
  const tally = { passed: 0, failed: 0 };
  fc.assert(
    fc.property(mutations, (ms) => {
      const doc = mutated(original, ms);
      const text = JSON.stringify(doc);
      const fromValue = validateAs(kind, doc, file);
      const fromText = validateTextAs(kind, text, file);
      expectSame(fromText, fromValue, "validating the text gives what validating the value gives");
      expect(JSON.stringify(doc), "the validator changed its input").toBe(text);
      if (fromValue.ok) {
        tally.passed++;
        expectSame(validateAs(kind, fromValue.value, file), fromValue, "a second validation of the result");
        expectSame(validateTextAs(kind, JSON.stringify(fromValue.value), file), fromValue, "validation of the result's JSON");
      } else {
        tally.failed++;
        expectReported(fromValue.errors, [file]);
        expectPathsInDocument(fromValue.errors, file, doc);
      }
    }),
    runs(numRuns),
  );
  return tally;
}

describe("(b) mutated proposal models", () => {
  for (const file of MODEL_FILES) {
    it(`${file}: validateModel and validateModelText never throw; a pass is idempotent, a failure names the file and a path`, SLOW, () => {
      const { passed, failed } = checkMutations(file, 400);
      expect(passed).toBeGreaterThan(0);
      expect(failed).toBeGreaterThan(0);
    });
  }
});

describe("(c) mutated briefings and context files, against the real models", () => {
  for (const file of [BRIEFING, CONTEXT]) {
    it(`${file}: the validator never throws; a pass is idempotent, a failure names the file and a path`, SLOW, () => {
      const { passed, failed } = checkMutations(file, 400);
      expect(passed).toBeGreaterThan(0);
      expect(failed).toBeGreaterThan(0);
    });
  }
});

describe("(b, c) mutated files through loadModels", () => {
  it("any real file mutated: loadModels never throws, every message names a file and a path, the other files still load", SLOW, () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_FILES), mutations, (file, ms) => {
        const loaded = loadWith({ [file]: JSON.stringify(mutated(realJson(file), ms)) });
        if (loaded.errors.length) expectReported(loaded.errors, ALL_FILES);
        // Only the mutated file, or (for a model) the files that show it, can be rejected.
        const allowed = KIND_OF[file] === "model" ? [file, BRIEFING, CONTEXT] : [file];
        for (const e of loaded.errors) expect(allowed.some((f) => e.startsWith(`${f}: `)), short(e)).toBe(true);
        expectRealFilesStillLoad(loaded, file);
      }),
      runs(200),
    );
  });
});

describe("(d) text that is not JSON", () => {
  const realText = (file: string) => REAL_FILES[file]!;

  it("random bytes: one 'not valid JSON' message naming the file (or, if the bytes happen to be JSON, a verdict by path)", SLOW, () => {
    const text = fc.oneof(
      fc.uint8Array({ maxLength: 1000 }).map((bytes) => new TextDecoder().decode(bytes)),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.constantFrom("", " ", "{", "}", "[", "nul", "NaN", "undefined", "{'id': 'x'}", '{"a":1,}', "\u0000"),
    );
    fc.assert(
      fc.property(text, fc.constantFrom<Kind>("model", "briefing", "context"), (t, kind) => {
        expectWellFormedVerdict(validateTextAs(kind, t, X), t, X);
        const loaded = loadWith({ [X]: t });
        if (!parsesAsJson(t)) expectNotJson(loaded.errors, X);
        else expectReported(loaded.errors, [X]);
        expectRealFilesStillLoad(loaded);
      }),
      runs(400),
    );
  });

  it("a real file cut short at any point: one 'not valid JSON' message naming the file", SLOW, () => {
    const cut = fc.constantFrom(...ALL_FILES).chain((file) =>
      // Up to, not including, the closing brace: every such prefix lacks it, so none is JSON.
      fc.record({ file: fc.constant(file), at: fc.integer({ min: 0, max: realText(file).lastIndexOf("}") }) }),
    );
    fc.assert(
      fc.property(cut, ({ file, at }) => {
        const text = realText(file).slice(0, at);
        const r = validateTextAs(KIND_OF[file]!, text, file);
        expect(r.ok).toBe(false);
        if (!r.ok) expectNotJson(r.errors, file);
        const loaded = loadWith({ [file]: text });
        expectNotJson(
          loaded.errors.filter((e) => e.startsWith(`${file}: `)),
          file,
        );
        expectRealFilesStillLoad(loaded, file);
      }),
      runs(400),
    );
  });

  it("a real file with random bytes spliced in: never a throw, and a well-formed verdict", SLOW, () => {
    const spliced = fc.record({
      file: fc.constantFrom(...ALL_FILES),
      at: fc.nat(),
      junk: fc.oneof(
        fc.string({ unit: "binary", minLength: 1, maxLength: 8 }),
        fc.constantFrom(",", "}", "]", '"', "\\", "\u0000", "/*", "//", "NaN"),
      ),
    });
    fc.assert(
      fc.property(spliced, ({ file, at, junk }) => {
        const original = realText(file);
        const i = at % (original.length + 1);
        const text = original.slice(0, i) + junk + original.slice(i);
        expectWellFormedVerdict(validateTextAs(KIND_OF[file]!, text, file), text, file);
      }),
      runs(400),
    );
  });
});

describe("(e) a prototype-pollution attempt anywhere in a file", () => {
  /** Key and value, the value written as JSON text so that a nested "__proto__" is an own key too. */
  const ATTEMPTS: [key: string, value: Json][] = (
    [
      ["__proto__", '{"polluted": true}'],
      ["constructor", '{"prototype": {"polluted": true}}'],
      ["__proto__", '{"__proto__": {"polluted": true}}'],
      ["prototype", '{"polluted": true}'],
    ] as const
  ).map(([key, json]) => [key, JSON.parse(json) as Json]);

  it("does not pollute Object.prototype, and is rejected as an unknown field at its path", SLOW, () => {
    const attempt = fc.record({ file: fc.constantFrom(...ALL_FILES), at: fc.nat(), which: fc.nat({ max: ATTEMPTS.length - 1 }) });
    fc.assert(
      fc.property(attempt, ({ file, at, which }) => {
        const [key, payload] = ATTEMPTS[which]!;
        const doc = realJson(file);
        const objects = nodesOf(doc).filter((n) => isObject(n.value));
        const target = objects[at % objects.length]!;
        // Built as text, so that JSON.parse makes the key an own property, as it would from a file.
        setOwn(target.value, key, viaJson(payload));
        const text = JSON.stringify(doc);
        expect(text).toContain(`"${key}":`);
        const expected = [`${file}: ${pathText(target.path)}: unknown field "${key}"`];

        const kind = KIND_OF[file]!;
        const fromText = validateTextAs(kind, text, file);
        expect(fromText.ok).toBe(false);
        if (!fromText.ok) expect(withoutHints(fromText.errors)).toEqual(expected);
        const fromValue = validateAs(kind, JSON.parse(text), file);
        expect(fromValue.ok).toBe(false);
        if (!fromValue.ok) expect(withoutHints(fromValue.errors)).toEqual(expected);
        const loaded = loadWith({ [file]: text });
        expect(withoutHints(loaded.errors)).toContain(expected[0]);
        expectRealFilesStillLoad(loaded, file);

        expect(polluted()).toBe(false);
      }),
      runs(400),
    );
  });

  it("an own __proto__ key at the top of models/x.json, whatever the file declares itself to be", () => {
    for (const type of [undefined, "briefing", "context"]) {
      const text = `{"__proto__": {"polluted": true}${type ? `, "type": "${type}"` : ""}}`;
      const loaded = loadWith({ [X]: text });
      expect(loaded.errors.length).toBeGreaterThan(0);
      expect(withoutHints(loaded.errors)).toContain(`${X}: (top level): unknown field "__proto__"`);
      expect(polluted()).toBe(false);
    }
  });
});

/** Written out here, apart from the validator's own lists: what a reader-facing text may not contain. */
const UNCLEAN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const OPERATIONAL_TEXT = /\d\s*(°|km|mi)|\d+\s+(interceptor|radar|missile|launcher)/i;

describe("text that is not clean, too long, or operational is rejected at its path", () => {
  const NATO = MODEL_FILES[0];
  const labelAt = (s: string, lang: "en" | "ru") => {
    const m = modelJson(NATO);
    m.regions[0].label[lang] = s;
    return validateModelText(JSON.stringify(m), NATO, ref);
  };
  it("a control, bidirectional or replacement character, or a lone surrogate", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("\u0000", "\u0007", "\u001b", "\u202e", "\u2066", "\u200f", "\ufffd", "\ud800", "\udc00"),
        fc.string({ maxLength: 10 }),
        fc.constantFrom("en", "ru"),
        (bad, rest, lang) => {
          const r = labelAt(`A${rest}${bad}${rest}B`, lang);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.errors.some((e) => e.startsWith(`${NATO}: regions[0].label.${lang}: the text contains `))).toBe(true);
        },
      ),
      runs(200),
    );
  });
  it("a text longer than the limit, whatever its characters, with one message", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_001, max: 200_000 }), fc.constantFrom("a", "я", "-", " "), (length, ch) => {
        const r = labelAt(`x${ch.repeat(length)}`, "en");
        expect(r.ok ? [] : r.errors).toEqual([`${NATO}: regions[0].label.en: a text of more than 20,000 characters`]);
      }),
      runs(20),
    );
  });
  it("coordinates, distances and counts of systems in free text", () => {
    for (const note of ["radar site 54.1N 21.3E", "sites at 54.1° and 21.3°", "a range of 3,000 km", "2 500 километров", "24 interceptors", "10 противоракет"]) {
      const m = modelJson(NATO);
      m.regions[0].note.en = note;
      const r = validateModelText(JSON.stringify(m), NATO, ref);
      expect(r.ok, note).toBe(false);
      if (!r.ok) expect(r.errors.join("\n"), note).toMatch(/^models\/nato-two-systems\.json: regions\[0\]\.note\.en: the text gives (coordinates|a distance|a count of weapons or sensors)/);
    }
  });
});

describe("text from a model is treated as text", () => {
  const NATO = MODEL_FILES[0];
  const IMG = "<img src=x onerror=alert(1)>";

  it(`validateModel accepts the label ${IMG} and keeps it exactly`, () => {
    const m = modelJson(NATO);
    m.regions[0].label = { en: IMG, ru: IMG };
    m.title.en = IMG;
    m.nodes[0].label.en = IMG;
    const r = validateModel(m, NATO, ref);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.model.regions[0]!.label).toEqual({ en: IMG, ru: IMG });
    expect(r.model.title.en).toBe(IMG);
    expect(r.model.nodes[0]!.label.en).toBe(IMG);
    const again = validateModelText(JSON.stringify(m), NATO, ref);
    expect(again.ok && again.model.regions[0]!.label.en).toBe(IMG);
  });

  it("any clean text with a visible character is accepted as a label and kept as it is, only trimmed of white space at either end", SLOW, () => {
    const text = fc
      .oneof(
        fc.constantFrom(...HOSTILE_STRINGS),
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.tuple(fc.constantFrom("", " ", "\n", "\u00a0", "\ufeff"), fc.constantFrom(IMG, "<b>x</b>", "&amp;", "{{x}}")).map(([pad, s]) => pad + s + pad),
      )
      .filter((s) => s.trim().length > 0 && !UNCLEAN_TEXT.test(s) && s.length <= 20_000 && !OPERATIONAL_TEXT.test(s));
    fc.assert(
      fc.property(text, fc.constantFrom("en", "ru"), (s, lang) => {
        const m = modelJson(NATO);
        m.regions[0].label[lang] = s;
        const r = validateModelText(JSON.stringify(m), NATO, ref);
        expect(r.ok ? [] : r.errors).toEqual([]);
        if (r.ok) expect(r.model.regions[0]!.label[lang]).toBe(s.trim());
      }),
      runs(400),
    );
  });
});

describe("the shapes that once broke the loader: depth, length, count, fields written twice, encodings", () => {
  const NATO = MODEL_FILES[0];
  const load = (text: string) => loadModels({ ...REAL_FILES, [NATO]: text }, ref);
  /** The loader answers, the other files still load, and the broken file has its problems, each naming it. */
  const expectRefused = (text: string, problem: RegExp) => {
    const started = Date.now();
    const r = load(text);
    expect(Date.now() - started, "answers within 10 s (a guard against a hang)").toBeLessThan(10_000);
    expect(r.models.map((m) => m.id)).not.toContain("nato-two-systems");
    expect(r.models.map((m) => m.id)).toContain("russia-sectors");
    expect(r.errors.filter((e) => e.startsWith(`${NATO}: `)).some((e) => problem.test(e)), r.errors.join("\n").slice(0, 300)).toBe(true);
  };
  it("nesting of any depth past the limit, of lists or objects, inside a real file", () => {
    fc.assert(
      fc.property(fc.integer({ min: 33, max: 20_000 }), fc.boolean(), (depth, lists) => {
        const deep = lists ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
        expectRefused(REAL_FILES[NATO]!.replace('"$schema"', `"$comment": ${deep}, "$schema"`), /nested more than 32 levels deep/);
      }),
      runs(20),
    );
  });
  it("lists past the limit, and fields written twice at any place", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2_001, max: 50_000 }), (n) => {
        const m = modelJson(NATO);
        m.regions[1].countries = Array.from({ length: n }, (_, i) => (i % 2 ? "RUS" : "XYZ"));
        expectRefused(JSON.stringify(m), /a list of more than 2,000 items/);
      }),
      runs(10),
    );
    /** JSON text of a value with one object's field written twice (the same value both times). */
    const twice = (value: Json, target: object, key: string): string => {
      if (Array.isArray(value)) return `[${value.map((v) => twice(v, target, key)).join(",")}]`;
      if (!isObject(value)) return JSON.stringify(value);
      const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${twice(v, target, key)}`);
      if (value === target) fields.unshift(`${JSON.stringify(key)}:${twice(value[key]!, target, key)}`);
      return `{${fields.join(",")}}`;
    };
    const doc = realJson(NATO);
    const objects = nodesOf(doc).filter((n) => isObject(n.value) && Object.keys(n.value).length > 0);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (i, j) => {
        const target = objects[i % objects.length]!.value as { [key: string]: Json };
        const keys = Object.keys(target);
        expectRefused(twice(doc, target, keys[j % keys.length]!), /is written twice in the same object/);
      }),
      runs(100),
    );
  });
  it("any unclean character anywhere in a text of the file", () => {
    fc.assert(
      fc.property(fc.constantFrom("\\u0000", "\\u202e", "\\ud800", "\\ufffd", "\\u2066"), fc.nat(), (bad, k) => {
        const text = JSON.stringify(modelJson(NATO));
        const places = [...text.matchAll(/"en":"/g)].map((x) => x.index! + 6);
        const at = places[k % places.length]!;
        expectRefused(`${text.slice(0, at)}${bad}${text.slice(at)}`, /the text contains/);
      }),
      runs(50),
    );
  });
});
