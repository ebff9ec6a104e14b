import { pick, type Lang } from "../i18n/lang";
import { wrap } from "../i18n/wrapText";
import type { Model } from "./schema";

export interface DiagramBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  kind: "system" | "sector" | "centre";
  owners: string[];
  lines: string[];
}
export interface DiagramArrow {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  both: boolean;
  label: string;
}
export interface DiagramLayout {
  width: number;
  height: number;
  boxes: DiagramBox[];
  arrows: DiagramArrow[];
}

const BOX_W = 150;
const GAP_X = 56;
const GAP_Y = 46;
const LINE_H = 15;

/**
 * Lays out a model's nodes and links as a schematic: systems on the first row, then sectors, then
 * centres, each one-way link moving its target a row further down; links drawn as straight arrows between box edges.
 * Abstract boxes and arrows only: there is no geography in a diagram. Labels are in `lang`.
 */
export function layoutDiagram(model: Model, lang: Lang): DiagramLayout {
  const row = new Map<string, number>();
  const hasSectors = model.nodes.some((n) => n.kind === "sector");
  const base = { system: 0, sector: 1, centre: hasSectors ? 2 : 1 } as const;
  for (const n of model.nodes) row.set(n.id, base[n.kind]);
  for (let pass = 0; pass < model.nodes.length; pass++) {
    for (const l of model.links) {
      if (l.direction !== "one-way") continue;
      const from = row.get(l.from);
      const to = row.get(l.to);
      if (from !== undefined && to !== undefined && to <= from) row.set(l.to, from + 1);
    }
  }
  const rows: string[][] = [];
  for (const n of model.nodes) (rows[row.get(n.id)!] ??= []).push(n.id);
  const compact = rows.filter((r) => r && r.length);
  const heights = compact.map((ids) =>
    Math.max(...ids.map((id) => 16 + LINE_H * wrap(pick(model.nodes.find((n) => n.id === id)!.label, lang), 20).length)),
  );
  const width = Math.max(...compact.map((r) => r.length * BOX_W + (r.length - 1) * GAP_X), BOX_W);
  const boxes: DiagramBox[] = [];
  let y = 0;
  compact.forEach((ids, r) => {
    const rowWidth = ids.length * BOX_W + (ids.length - 1) * GAP_X;
    ids.forEach((id, i) => {
      const n = model.nodes.find((x) => x.id === id)!;
      boxes.push({
        id,
        x: (width - rowWidth) / 2 + i * (BOX_W + GAP_X),
        y,
        w: BOX_W,
        h: heights[r]!,
        kind: n.kind,
        owners: n.owners,
        lines: wrap(pick(n.label, lang), 20),
      });
    });
    y += heights[r]! + GAP_Y;
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const arrows: DiagramArrow[] = [];
  for (const l of model.links) {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (!a || !b) continue;
    const [x1, y1] = edgePoint(a, b.x + b.w / 2, b.y + b.h / 2);
    const [x2, y2] = edgePoint(b, a.x + a.w / 2, a.y + a.h / 2);
    arrows.push({ id: l.id, x1, y1, x2, y2, both: l.direction === "both", label: pick(l.label, lang) });
  }
  return { width, height: Math.max(0, y - GAP_Y), boxes, arrows };
}

/** Where the line from a box's centre towards (tx, ty) leaves the box. */
function edgePoint(b: DiagramBox, tx: number, ty: number): [number, number] {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const s = Math.min(dx ? b.w / 2 / Math.abs(dx) : Infinity, dy ? b.h / 2 / Math.abs(dy) : Infinity);
  return [cx + dx * s, cy + dy * s];
}
