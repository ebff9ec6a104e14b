import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { layoutDiagram, type DiagramBox } from "../../../src/model/diagramLayout";
import type { Model } from "../../../src/model/schema";
import { validateModelText } from "../../../src/model/validate";
import { MODEL_FILES, fixtureJson, readRepoFile, type FixtureFile } from "../support";

const ref = loadReference();

/** The fixture proposals of tests/fixtures/ (see fixtureModels in ../support.ts). */
const FIXTURE_MODELS = ["tests/fixtures/example-separate.json", "tests/fixtures/example-joint.json"] as const satisfies readonly FixtureFile[];

function load(file: (typeof MODEL_FILES)[number] | (typeof FIXTURE_MODELS)[number]): Model {
  const r = validateModelText(readRepoFile(file), file, ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
}
const overlap = (a: DiagramBox, b: DiagramBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A model with the given nodes and one-way links, built on a copy of a fixture model. */
function withNodes(nodes: [id: string, kind: "system" | "centre", label?: string][], links: [from: string, to: string, dir?: "one-way" | "both"][]): Model {
  const m = load("tests/fixtures/example-joint.json");
  return {
    ...m,
    nodes: nodes.map(([id, kind, label]) => ({ id, kind, label: { en: label ?? id, ru: label ?? id }, owners: ["group-a"], sources: ["test-fixture"] })),
    links: links.map(([from, to, dir], i) => ({ id: `l${i}`, from, to, label: { en: `${from} to ${to}`, ru: `${from} — ${to}` }, direction: dir ?? "one-way", sources: ["test-fixture"] })),
  };
}

/** What every layout must be, whatever the model: checked on the real models and on the fixtures. */
function layoutProperties(files: readonly Parameters<typeof load>[0][]) {
  for (const file of files) {
    describe(file, () => {
      const model = load(file);
      const layout = layoutDiagram(model, "en");

      it("has one box per node", () => expect(layout.boxes.map((b) => b.id).sort()).toEqual(model.nodes.map((n) => n.id).sort()));
      it("boxes do not overlap", () => {
        for (let i = 0; i < layout.boxes.length; i++)
          for (let j = i + 1; j < layout.boxes.length; j++) expect(overlap(layout.boxes[i]!, layout.boxes[j]!)).toBe(false);
      });
      it("boxes lie within the layout's width and height", () => {
        for (const b of layout.boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(layout.width + 1e-9);
          expect(b.y + b.h).toBeLessThanOrEqual(layout.height + 1e-9);
        }
      });
      it("a one-way link's target box is below its source box", () => {
        const byId = new Map(layout.boxes.map((b) => [b.id, b]));
        for (const l of model.links.filter((x) => x.direction === "one-way")) {
          const from = byId.get(l.from)!;
          const to = byId.get(l.to)!;
          expect(to.y).toBeGreaterThanOrEqual(from.y + from.h);
        }
      });
      it("has one arrow per link, with the link's direction", () => {
        expect(layout.arrows.map((a) => a.id)).toEqual(model.links.map((l) => l.id));
        layout.arrows.forEach((a, i) => expect(a.both).toBe(model.links[i]!.direction === "both"));
      });
      it("each arrow starts on its source box's edge and ends on its target box's edge", () => {
        const byId = new Map(layout.boxes.map((b) => [b.id, b]));
        const onEdge = (b: DiagramBox, x: number, y: number) => {
          const inside = x >= b.x - 1e-9 && x <= b.x + b.w + 1e-9 && y >= b.y - 1e-9 && y <= b.y + b.h + 1e-9;
          const edge = [x - b.x, b.x + b.w - x, y - b.y, b.y + b.h - y].some((d) => Math.abs(d) < 1e-9);
          return inside && edge;
        };
        layout.arrows.forEach((a, i) => {
          const l = model.links[i]!;
          expect(onEdge(byId.get(l.from)!, a.x1, a.y1)).toBe(true);
          expect(onEdge(byId.get(l.to)!, a.x2, a.y2)).toBe(true);
        });
      });
      it("each box shows its node's label, wrapped", () => {
        for (const b of layout.boxes) expect(b.lines.join(" ")).toBe(model.nodes.find((n) => n.id === b.id)!.label.en);
      });
      it("in Russian, each box shows its node's Russian label, and the arrows the links' Russian labels", () => {
        const ru = layoutDiagram(model, "ru");
        for (const b of ru.boxes) expect(b.lines.join(" ")).toBe(model.nodes.find((n) => n.id === b.id)!.label.ru);
        for (const a of ru.arrows) expect(a.label).toBe(model.links.find((l) => l.id === a.id)!.label.ru);
        // The same boxes and arrows, in the same places apart from the heights the longer words need.
        expect(ru.boxes.map((b) => [b.id, b.x])).toEqual(layout.boxes.map((b) => [b.id, b.x]));
        expect(ru.arrows.map((a) => a.id)).toEqual(layout.arrows.map((a) => a.id));
      });
    });
  }
}

describe("layoutDiagram on the real models", () => {
  layoutProperties(MODEL_FILES);

  it("nato-two-systems puts its two systems side by side on one row", () => {
    const [a, b] = layoutDiagram(load("models/nato-two-systems.json"), "en").boxes;
    expect(a!.y).toBe(b!.y);
  });
  it("russia-sectors puts the system on top, the processing centre below it and the fire control centre below that", () => {
    const boxes = new Map(layoutDiagram(load("models/russia-sectors.json"), "en").boxes.map((b) => [b.id, b]));
    const sys = boxes.get("joint-system")!;
    const proc = boxes.get("joint-data-processing-centre")!;
    const fire = boxes.get("joint-fire-control-centre")!;
    expect(proc.y).toBeGreaterThanOrEqual(sys.y + sys.h);
    expect(fire.y).toBeGreaterThanOrEqual(proc.y + proc.h);
  });
});

describe("layoutDiagram on the fixture models", () => {
  layoutProperties(FIXTURE_MODELS);

  it("example-separate puts its two systems side by side on one row, joined by a two-way arrow", () => {
    const layout = layoutDiagram(load("tests/fixtures/example-separate.json"), "en");
    expect(layout.boxes.map((b) => b.id)).toEqual(["group-a-arrangement", "group-b-arrangement"]);
    const [a, b] = layout.boxes;
    expect(a!.y).toBe(b!.y);
    expect(a!.x + a!.w).toBeLessThan(b!.x);
    expect(layout.arrows.map((x) => [x.id, x.both, x.label])).toEqual([["shared-information", true, "Share information"]]);
  });
});

describe("layoutDiagram on made-up models", () => {
  it("pushes a chain of one-way links down one row per link", () => {
    const layout = layoutDiagram(withNodes([["a", "system"], ["b", "system"], ["c", "system"]], [["a", "b"], ["b", "c"]]), "en");
    const y = new Map(layout.boxes.map((b) => [b.id, b.y]));
    expect(y.get("a")!).toBeLessThan(y.get("b")!);
    expect(y.get("b")!).toBeLessThan(y.get("c")!);
  });
  it("leaves nodes joined by a two-way link on their rows", () => {
    const layout = layoutDiagram(withNodes([["a", "system"], ["b", "system"]], [["a", "b", "both"]]), "en");
    expect(layout.boxes[0]!.y).toBe(layout.boxes[1]!.y);
  });
  it("terminates on a cycle of one-way links", () => {
    const layout = layoutDiagram(withNodes([["a", "system"], ["b", "centre"]], [["a", "b"], ["b", "a"]]), "en");
    expect(layout.boxes).toHaveLength(2);
  });
  it("does not overlap boxes with labels of different lengths on one row", () => {
    const layout = layoutDiagram(
      withNodes([["a", "system", "Short"], ["b", "system", "A much longer label that wraps over several lines of text"], ["c", "system"]], []),
      "en",
    );
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(overlap(layout.boxes[i]!, layout.boxes[j]!)).toBe(false);
  });
  it("lays out a model without nodes as empty", () => {
    const m = fixtureJson("tests/fixtures/example-separate.json");
    const r = validateModelText(JSON.stringify({ ...m, nodes: [], links: [] }), "tests/fixtures/example-separate.json", ref);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    const layout = layoutDiagram(r.model, "en");
    expect(layout.boxes).toEqual([]);
    expect(layout.arrows).toEqual([]);
    expect(layout.height).toBe(0);
  });
});

describe("layoutDiagram with sectors", () => {
  it("puts the shared system on top, its two sectors below it side by side, and the centre under them (example-joint)", () => {
    const boxes = new Map(layoutDiagram(load("tests/fixtures/example-joint.json"), "en").boxes.map((b) => [b.id, b]));
    const system = boxes.get("joint-arrangement")!;
    const a = boxes.get("part-a")!;
    const b = boxes.get("part-b")!;
    const centre = boxes.get("joint-centre")!;
    expect(a.y).toBeGreaterThan(system.y + system.h - 1);
    expect(b.y).toBe(a.y);
    expect(centre.y).toBeGreaterThan(a.y + a.h - 1);
    expect(b.kind).toBe("sector");
    expect(b.owners).toEqual(["group-b"]);
  });
});
