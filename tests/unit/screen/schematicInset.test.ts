import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import type { Lang } from "../../../src/i18n/lang";
import type { Model } from "../../../src/model/schema";
import { validateModelText } from "../../../src/model/validate";
import { textWidth } from "../../../src/screen/insetText";
import { insetVariant, schematicInset, type InsetLayout, type InsetSymbol, type InsetText, type SchematicInset } from "../../../src/screen/schematicInset";
import { fixtureJson, type FixtureFile } from "../support";

/*
 * Written against the invented proposals of tests/fixtures/ (see fixtureModels in ../support.ts), with what they hold
 * written out here:
 * example-separate: group A's arrangement (group A, blue) and group B's arrangement (group B, orange), linked both
 * ways by "Share information" («Обмен информацией»);
 * example-joint: one shared arrangement of both groups, with group A's part, group B's part (sectors) and a shared
 * centre, and a one-way link "Pass information" from the arrangement to the centre.
 */
const ref = loadReference();
const SEPARATE = "tests/fixtures/example-separate.json" satisfies FixtureFile;
const JOINT = "tests/fixtures/example-joint.json" satisfies FixtureFile;

/** A model through the app's validator, from a fixture's JSON (changed by `edit` first, when given). */
function load(file: typeof SEPARATE | typeof JOINT, edit?: (json: Record<string, any>) => void): Model {
  const json = fixtureJson(file);
  edit?.(json);
  const r = validateModelText(JSON.stringify(json), file, ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
}

/** example-joint with a second centre, and a one-way link from the shared centre to it. */
const withTwoCentres = (json: Record<string, any>) => {
  json.nodes.push({ id: "second-centre", label: { en: "Second shared centre", ru: "Второй общий центр" }, kind: "centre", owners: ["group-a", "group-b"], sources: ["test-fixture"] });
  json.links.push({ id: "centre-to-centre", from: "joint-centre", to: "second-centre", label: { en: "Hand on the results", ru: "Передача результатов" }, sources: ["test-fixture"] });
};

const inset = (model: Model, lang: Lang = "en"): SchematicInset => {
  const i = schematicInset(model, lang);
  if (!i) throw new Error("no inset");
  return i;
};
const symbol = (l: InsetLayout, id: string): InsetSymbol => {
  const s = l.symbols.find((x) => x.id === id);
  if (!s) throw new Error(`no symbol ${id}`);
  return s;
};
const inside = (a: InsetSymbol, b: InsetSymbol) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
const apart = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
/** The box a text's lines take, by the layout's own width estimate. */
const textBox = (t: InsetText) => {
  const w = Math.max(0, ...t.lines.map((l) => textWidth(l, t.size, t.bold)));
  return { x: t.anchor === "middle" ? t.x - w / 2 : t.x, y: t.y, w, h: t.lines.length * t.lineHeight };
};
const EPS = 1e-6;

describe("schematicInset: two separate systems", () => {
  it("gives two system symbols side by side, each in its own party's colour, and one arrow each way between them", () => {
    const l = inset(load(SEPARATE)).full;
    expect(l.symbols.map((s) => [s.id, s.kind, s.colours, s.holds])).toEqual([
      ["group-a-arrangement", "system", ["blue"], []],
      ["group-b-arrangement", "system", ["orange"], []],
    ]);
    const [a, b] = l.symbols as [InsetSymbol, InsetSymbol];
    expect(a.y).toBe(b.y);
    expect(a.x + a.w).toBeLessThan(b.x);
    expect(l.arrows).toHaveLength(1);
    const arrow = l.arrows[0]!;
    expect(arrow).toMatchObject({ id: "shared-information", both: true });
    // From group A's right edge to group B's left edge, level, in the gap between them.
    expect(arrow.y1).toBe(arrow.y2);
    expect(arrow.x1).toBeGreaterThanOrEqual(a.x + a.w);
    expect(arrow.x2).toBeLessThanOrEqual(b.x);
    expect(arrow.x1).toBeLessThan(arrow.x2);
    expect(arrow.label?.lines.join(" ")).toBe("Share information");
  });

  it("labels the symbols with the nodes' labels, and the compact inset with the parties' names and a very short arrow label", () => {
    const i = inset(load(SEPARATE));
    expect(i.full.symbols.map((s) => s.label.lines.join(" "))).toEqual(["Group A's arrangement", "Group B's arrangement"]);
    expect(i.compact.symbols.map((s) => s.label.lines.join(" "))).toEqual(["Group A", "Group B"]);
    expect(i.compact.arrows).toHaveLength(1);
    expect(i.compact.arrows[0]!.both).toBe(true);
    expect(i.compact.arrows[0]!.label?.lines).toEqual(["Share…"]);
    expect(i.compact.width).toBeLessThan(i.full.width);
  });

  it("says in one sentence what it shows, and that it is tied to no place", () => {
    expect(inset(load(SEPARATE)).description).toBe(
      "Schematic, not tied to any place: Group A's arrangement (Group A); Group B's arrangement (Group B); between Group A's arrangement and Group B's arrangement, each way: Share information.",
    );
  });
});

describe("schematicInset: one joint system", () => {
  it("gives one joint symbol of both parties, holding its sectors (each in its party's colour) and its centre", () => {
    const l = inset(load(JOINT)).full;
    const systems = l.symbols.filter((s) => s.kind === "system");
    expect(systems.map((s) => [s.id, s.colours])).toEqual([["joint-arrangement", ["blue", "orange"]]]);
    const joint = systems[0]!;
    expect(joint.holds).toEqual(["part-a", "part-b", "joint-centre"]);
    expect(joint.label.lines.join(" ")).toBe("One shared arrangement");
    for (const id of joint.holds) expect(inside(symbol(l, id), joint)).toBe(true);
    expect(symbol(l, "part-a")).toMatchObject({ kind: "sector", colours: ["blue"] });
    expect(symbol(l, "part-b")).toMatchObject({ kind: "sector", colours: ["orange"] });
    expect(symbol(l, "joint-centre")).toMatchObject({ kind: "centre", colours: ["blue", "orange"] });
  });

  it("shows the link from the joint system to its centre by the nesting, not by an arrow", () => {
    const i = inset(load(JOINT));
    expect(i.full.arrows).toEqual([]);
    expect(i.compact.arrows).toEqual([]);
  });

  it("puts two linked centres one above the other, in the order the link runs, with a one-way arrow down between them", () => {
    const l = inset(load(JOINT, withTwoCentres)).full;
    const first = symbol(l, "joint-centre");
    const second = symbol(l, "second-centre");
    expect(inside(second, symbol(l, "joint-arrangement"))).toBe(true);
    expect(first.y + first.h).toBeLessThan(second.y);
    expect(l.arrows).toHaveLength(1);
    const a = l.arrows[0]!;
    expect(a).toMatchObject({ id: "centre-to-centre", both: false });
    expect(a.x1).toBe(a.x2);
    expect(a.y1).toBeGreaterThanOrEqual(first.y + first.h);
    expect(a.y2).toBeLessThanOrEqual(second.y);
    expect(a.y1).toBeLessThan(a.y2);
    expect(a.label?.lines.join(" ")).toBe("Hand on the results");
  });

  it("in the compact inset, names the sectors by their parties and leaves the joint system's heading to its colours", () => {
    const l = inset(load(JOINT, withTwoCentres)).compact;
    expect(symbol(l, "joint-arrangement").label.lines).toEqual([]);
    expect(symbol(l, "part-a").label.lines).toEqual(["Group A"]);
    expect(symbol(l, "part-b").label.lines).toEqual(["Group B"]);
    expect(l.arrows.map((a) => [a.id, a.both])).toEqual([["centre-to-centre", false]]);
  });
});

describe("schematicInset: no nodes, languages, memory", () => {
  it("is null for a proposal without nodes", () => {
    expect(
      schematicInset(
        load(SEPARATE, (j) => {
          j.nodes = [];
          j.links = [];
        }),
        "en",
      ),
    ).toBeNull();
  });

  it("writes every label in Russian for Russian, and none in English", () => {
    for (const file of [SEPARATE, JOINT] as const) {
      const ru = inset(load(file, withTwoCentresIf(file)), "ru");
      const en = inset(load(file, withTwoCentresIf(file)), "en");
      for (const l of [ru.full, ru.compact]) for (const t of texts(l)) expect(t).toMatch(/[А-Яа-яЁё]/);
      for (const l of [en.full, en.compact]) for (const t of texts(l)) expect(t).not.toMatch(/[А-Яа-яЁё]/);
      expect(ru.description).toMatch(/^Схема, не привязанная к местности: /);
    }
    expect(inset(load(SEPARATE), "ru").full.arrows[0]!.label?.lines.join(" ")).toBe("Обмен информацией");
    expect(inset(load(JOINT), "ru").full.symbols[0]!.label.lines.join(" ")).toBe("Общий механизм");
  });

  it("is worked out once per model object and language", () => {
    const m = load(SEPARATE);
    expect(schematicInset(m, "en")).toBe(schematicInset(m, "en"));
    expect(schematicInset(m, "ru")).not.toBe(schematicInset(m, "en"));
  });

  it("shows the full drawing from 480 × 360 CSS pixels and the compact one in a narrower or lower frame", () => {
    expect(insetVariant(880, 800)).toBe("full");
    expect(insetVariant(480, 360)).toBe("full");
    expect(insetVariant(479, 800)).toBe("compact");
    expect(insetVariant(880, 359)).toBe("compact");
  });
});

const withTwoCentresIf = (file: string) => (file === JOINT ? withTwoCentres : undefined);
const texts = (l: InsetLayout) => [...l.symbols.flatMap((s) => s.label.lines), ...l.arrows.flatMap((a) => a.label?.lines ?? [])];

/** Models of other shapes, on the fixtures: many systems, long labels, a word longer than any symbol. */
const SHAPES: [string, Model][] = [
  ["example-separate", load(SEPARATE)],
  ["example-joint", load(JOINT)],
  ["example-joint with two centres", load(JOINT, withTwoCentres)],
  [
    "five linked systems with long labels",
    load(SEPARATE, (j) => {
      const owner = (i: number) => (i % 2 ? "group-b" : "group-a");
      j.nodes = [0, 1, 2, 3, 4].map((i) => ({
        id: `system-${i}`,
        label: { en: `A rather long name for arrangement number ${i} of this example`, ru: `Довольно длинное название механизма номер ${i} этого примера` },
        kind: "system",
        owners: [owner(i)],
        sources: ["test-fixture"],
      }));
      j.links = [0, 1, 2, 3].map((i) => ({
        id: `link-${i}`,
        from: `system-${i}`,
        to: `system-${i + 1}`,
        label: { en: `Passes a long description of what moves between ${i} and ${i + 1}`, ru: `Передаёт длинное описание того, что идёт от ${i} к ${i + 1}` },
        direction: i % 2 ? "both" : "one-way",
        sources: ["test-fixture"],
      }));
    }),
  ],
  [
    "a joint system with a word longer than a sector and three centres",
    load(JOINT, (j) => {
      withTwoCentres(j);
      j.nodes[1].label = { en: "Supercalifragilisticexpialidociouslylongpartname", ru: "Сверхдлиннаянеразрывнаячастьназваниясектора" };
      j.nodes.push({ id: "third-centre", label: { en: "Third centre", ru: "Третий центр" }, kind: "centre", owners: ["group-a"], sources: ["test-fixture"] });
      j.links.push({ id: "to-third", from: "second-centre", to: "third-centre", label: { en: "Onwards", ru: "Дальше" }, sources: ["test-fixture"] });
    }),
  ],
];

describe("schematicInset: whatever the model", () => {
  for (const [name, model] of SHAPES)
    for (const lang of ["en", "ru"] as const)
      for (const variant of ["full", "compact"] as const)
        it(`${name} (${lang}, ${variant}): symbols never overlap, and every text line fits its symbol and the inset`, () => {
          const l = inset(model, lang)[variant];
          const byId = new Map(l.symbols.map((s) => [s.id, s]));
          for (const s of l.symbols) {
            expect(s.x).toBeGreaterThanOrEqual(0);
            expect(s.y).toBeGreaterThanOrEqual(0);
            expect(s.x + s.w).toBeLessThanOrEqual(l.width + EPS);
            expect(s.y + s.h).toBeLessThanOrEqual(l.height + EPS);
            for (const id of s.holds) expect(inside(byId.get(id)!, s)).toBe(true);
          }
          for (const [i, a] of l.symbols.entries())
            for (const b of l.symbols.slice(i + 1)) if (!a.holds.includes(b.id) && !b.holds.includes(a.id)) expect(apart(a, b), `${a.id} and ${b.id}`).toBe(true);
          for (const s of l.symbols) {
            const box = textBox(s.label);
            expect(box.x).toBeGreaterThanOrEqual(s.x - EPS);
            expect(box.x + box.w).toBeLessThanOrEqual(s.x + s.w + EPS);
            expect(box.y + box.h).toBeLessThanOrEqual(s.y + s.h + EPS);
          }
          for (const a of l.arrows) {
            if (!a.label) continue;
            const box = textBox(a.label);
            expect(box.x).toBeGreaterThanOrEqual(-EPS);
            expect(box.x + box.w).toBeLessThanOrEqual(l.width + EPS);
            expect(box.y + box.h).toBeLessThanOrEqual(l.height + EPS);
            // An arrow's label lies on no symbol but the joint system around it.
            for (const s of l.symbols) if (!s.holds.length) expect(apart(box, s), `${a.id}'s label and ${s.id}`).toBe(true);
          }
        });
});
