import { pick, type Lang } from "../i18n/lang";
import type { Link, Model, SystemNode } from "../model/schema";
import { COMPACT_LINES, LINE, METRICS, SHORT } from "./insetMetrics";
import { distinguishing, fitLines, shortText } from "./insetText";
import type { InsetArrow, InsetLayout, InsetSymbol, InsetText } from "./schematicInset";

/** What the drawing shows, for its text alternative: the top-level symbols, what each joint system holds, the arrows drawn. */
export interface InsetPlan {
  top: string[];
  holds: Map<string, string[]>;
  arrows: string[];
}

/**
 * Lays a model's nodes out as symbols and its links as arrows, in bands: systems side by side, then sectors side by
 * side, then centres one above the other in the order their one-way links run. A sector or centre is drawn inside
 * the system it is linked with (or the model's only system): the link between them is shown by that nesting, not by
 * an arrow. Arrows join neighbours in a band; a link between nodes that are not neighbours is left to the full
 * diagram in the panel. The compact drawing puts centres side by side too, and has short labels: party names,
 * what tells sibling labels apart when it fits, the first words of an arrow's label. Every text line fits its symbol's width or the inset's, by the estimate of insetText.ts.
 */
export function layoutInset(model: Model, lang: Lang, variant: "full" | "compact"): { layout: InsetLayout; plan: InsetPlan } {
  const m = METRICS[variant];
  const compact = variant === "compact";
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const parties = new Map(model.parties.map((p) => [p.id, p]));
  const linked = (a: string, b: string) => model.links.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));

  const systems = model.nodes.filter((n) => n.kind === "system");
  const hostOf = new Map<string, string>();
  for (const n of model.nodes) {
    if (n.kind === "system") continue;
    const host = systems.find((s) => linked(s.id, n.id)) ?? (systems.length === 1 ? systems[0] : undefined);
    if (host) hostOf.set(n.id, host.id);
  }
  const holds = new Map<string, string[]>();
  for (const [part, host] of hostOf) holds.set(host, [...(holds.get(host) ?? []), part]);
  const top = model.nodes.filter((n) => !hostOf.has(n.id)).map((n) => n.id);

  const symbols: InsetSymbol[] = [];
  const arrows: InsetArrow[] = [];
  const drawn: string[] = [];
  const byKind = (ids: readonly string[], kind: SystemNode["kind"]) => ids.filter((id) => nodes.get(id)!.kind === kind);

  const text = (lines: string[], x: number, y: number, anchor: InsetText["anchor"], size: number, bold = false): InsetText => ({
    lines,
    x,
    y,
    anchor,
    size,
    lineHeight: size * LINE,
    bold,
  });

  /**
   * The labels of symbols side by side: each node's own, wrapped. In the compact inset, a short form (see
   * compactLabel) in at most two lines: a party's name is shortened with "…" where it must be, but other labels
   * are shown only when every one of the row fits whole, and otherwise left out of the whole row.
   */
  const rowLabels = (row: readonly string[], siblings: readonly string[], width: number): string[][] => {
    if (!compact) return row.map((id) => fitLines(pick(nodes.get(id)!.label, lang), width, m.font));
    const labels = row.map((id) => compactLabel(id, siblings));
    const whole = labels.every(({ text: t, name }) => name || !t || fitsWhole(t, width));
    return labels.map(({ text: t, name }) => {
      if (!t || (!name && !whole)) return [];
      const lines = fitLines(t, width, m.font);
      if (lines.length <= COMPACT_LINES) return lines;
      return [...lines.slice(0, COMPACT_LINES - 1), shortText(lines.slice(COMPACT_LINES - 1).join(" "), width, m.font, Infinity)];
    });
  };
  const fitsWhole = (t: string, width: number) => {
    const lines = fitLines(t, width, m.font);
    return lines.length <= COMPACT_LINES && lines.join(" ") === t.split(/\s+/).join(" ");
  };

  /**
   * The compact label: the party's name for a system or sector of one party (when no sibling of its kind has the
   * same party), the parties' names for a joint system that holds nothing, nothing for a joint system's heading
   * (its colours say whose it is), and otherwise what tells its label apart from its siblings' ("Data processing").
   */
  const compactLabel = (id: string, siblings: readonly string[]): { text: string; name: boolean } => {
    const n = nodes.get(id)!;
    if (holds.has(id)) return { text: "", name: false };
    const name = (p: string) => (parties.get(p) ? pick(parties.get(p)!.name, lang) : p);
    if (n.kind !== "centre" && n.owners.length === 1) {
      const same = siblings.filter((s) => nodes.get(s)!.owners.length === 1 && nodes.get(s)!.owners[0] === n.owners[0]);
      if (same.length === 1) return { text: name(n.owners[0]!), name: true };
    }
    if (n.kind === "system" && n.owners.length > 1) return { text: n.owners.map(name).join(" + "), name: true };
    const labels = distinguishing(siblings.map((s) => pick(nodes.get(s)!.label, lang)));
    return { text: labels[siblings.indexOf(id)] ?? pick(n.label, lang), name: false };
  };

  /** An arrow's label; in the compact inset its first words, and none when a symbol it joins has no label. */
  const linkText = (l: Link, width: number, ends: readonly (readonly string[])[]): string[] => {
    if (!compact) return fitLines(pick(l.label, lang), width, m.linkFont);
    return ends.every((e) => e.length) ? [shortText(pick(l.label, lang), width, m.linkFont, SHORT)] : [];
  };

  const arrow = (l: Link, x1: number, y1: number, x2: number, y2: number, label: InsetText | null) => {
    drawn.push(l.id);
    arrows.push({ id: l.id, x1, y1, x2, y2, both: l.direction === "both", label });
  };

  /** Symbols and sub-bands of one group (the inset's top level, or what a joint system holds); gives the height used. */
  const group = (ids: readonly string[], x: number, y: number, w: number): number => {
    let cursor = y;
    const bands = [
      { ids: byKind(ids, "system"), lay: rowBand },
      { ids: byKind(ids, "sector"), lay: rowBand },
      // Centres one above the other, with room for their names; side by side in the compact inset, to keep it low.
      { ids: byKind(ids, "centre"), lay: compact ? rowBand : columnBand },
    ].filter((b) => b.ids.length);
    bands.forEach((b, i) => {
      cursor += b.lay(b.ids, x, cursor, w);
      if (i < bands.length - 1) cursor += m.gap;
    });
    return cursor - y;
  };

  /** Symbols side by side, as many to a row as fit (a joint system that holds others takes a row alone). */
  function rowBand(ids: readonly string[], x: number, y: number, w: number): number {
    const perRow = Math.max(1, Math.floor((w + m.gap) / (m.minW + m.gap)));
    const rows: string[][] = [];
    let row: string[] = [];
    for (const id of ids) {
      if (holds.has(id) || row.length === perRow) {
        if (row.length) rows.push(row);
        row = [];
      }
      if (holds.has(id)) rows.push([id]);
      else row.push(id);
    }
    if (row.length) rows.push(row);
    let cursor = y;
    rows.forEach((r, i) => {
      if (i) cursor += m.gap;
      cursor += holds.has(r[0]!) ? container(r[0]!, x, cursor, w) : plainRow(r, ids, x, cursor, w);
    });
    return cursor - y;
  }

  /** One row of plain symbols, with arrows between neighbours and the arrows' labels below the row. */
  function plainRow(row: readonly string[], siblings: readonly string[], x: number, y: number, w: number): number {
    const links = row.slice(1).map((id, i) => linked(row[i]!, id));
    const gaps = links.map((l) => (l ? m.arrowGap : m.gap));
    const bw = (w - gaps.reduce((s, g) => s + g, 0)) / row.length;
    const lines = rowLabels(row, siblings, bw - 2 * m.padX);
    const h = Math.max(m.minH, Math.max(...lines.map((l) => l.length)) * m.font * LINE + 2 * m.padY + m.bar);
    let left = x;
    const placed = row.map((id, i) => {
      const n = nodes.get(id)!;
      const textH = lines[i]!.length * m.font * LINE;
      const s: InsetSymbol = {
        id,
        kind: n.kind,
        x: left,
        y,
        w: bw,
        h,
        colours: colours(n),
        holds: [],
        label: text(lines[i]!, left + bw / 2, y + (h - m.bar - textH) / 2, "middle", m.font),
      };
      symbols.push(s);
      left += bw + (gaps[i] ?? 0);
      return s;
    });
    let cursor = y + h;
    links.forEach((l, i) => {
      if (!l) return;
      const a = placed[i]!;
      const b = placed[i + 1]!;
      const gx = a.x + a.w + gaps[i]! / 2;
      const reach = 2 * Math.min(gx - x, x + w - gx);
      const label = linkText(l, reach, [a.label.lines, b.label.lines]);
      const forward = l.from === a.id;
      const [x1, x2] = forward ? [a.x + a.w + 2, b.x - 2] : [b.x - 2, a.x + a.w + 2];
      const ay = y + (h - m.bar) / 2;
      arrow(l, x1, ay, x2, ay, label.length ? text(label, gx, cursor + 3, "middle", m.linkFont) : null);
      if (label.length) cursor += 3 + label.length * m.linkFont * LINE;
    });
    return cursor - y;
  }

  /**
   * Symbols one above the other (the full inset's centres), in the order their one-way links run, with an arrow
   * down the left and its label beside it.
   */
  function columnBand(ids: readonly string[], x: number, y: number, w: number): number {
    const ordered = flowOrder(ids, model.links);
    let cursor = y;
    ordered.forEach((id, i) => {
      const n = nodes.get(id)!;
      const lines = fitLines(pick(n.label, lang), w - 2 * m.padX, m.font);
      const h = lines.length * m.font * LINE + 2 * m.padY + m.bar;
      symbols.push({ id, kind: n.kind, x, y: cursor, w, h, colours: colours(n), holds: [], label: text(lines, x + w / 2, cursor + m.padY, "middle", m.font) });
      cursor += h;
      const next = ordered[i + 1];
      if (!next) return;
      const l = linked(id, next);
      if (!l) {
        cursor += m.gap;
        return;
      }
      const labelX = x + m.arrowX + m.head + 3;
      const label = linkText(l, x + w - labelX, []);
      const labelH = label.length * m.linkFont * LINE;
      const run = Math.max(m.arrowRun, labelH + 6);
      const ax = x + m.arrowX;
      const [y1, y2] = l.from === id ? [cursor + 2, cursor + run - 2] : [cursor + run - 2, cursor + 2];
      arrow(l, ax, y1, ax, y2, label.length ? text(label, labelX, cursor + (run - labelH) / 2, "start", m.linkFont) : null);
      cursor += run;
    });
    return cursor - y;
  }

  /** A joint system drawn as a frame around what it holds, its colour bar and heading at the top. */
  function container(id: string, x: number, y: number, w: number): number {
    const n = nodes.get(id)!;
    const lines = compact ? [] : fitLines(pick(n.label, lang), w - 2 * m.inner, m.font, true);
    const s: InsetSymbol = { id, kind: n.kind, x, y, w, h: 0, colours: colours(n), holds: holds.get(id)!, label: text(lines, x + w / 2, y + m.bar + m.inner, "middle", m.font, true) };
    symbols.push(s);
    let cursor = y + m.bar + m.inner;
    if (lines.length) cursor += lines.length * m.font * LINE + m.gap;
    cursor += group(holds.get(id)!, x + m.inner, cursor, w - 2 * m.inner);
    s.h = cursor + m.inner - y;
    return s.h;
  }

  const colours = (n: SystemNode) => n.owners.map((o) => parties.get(o)!.colour);

  const height = group(top, m.pad, m.pad, m.width - 2 * m.pad) + 2 * m.pad;
  return { layout: { width: m.width, height, symbols, arrows, head: m.head, bar: m.bar }, plan: { top, holds, arrows: drawn } };
}

/** Ids in the order one-way links run between them (a link's `from` before its `to`), otherwise in the given order. */
function flowOrder(ids: readonly string[], links: readonly Link[]): string[] {
  const inside = new Set(ids);
  const before = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const l of links) if (l.direction === "one-way" && inside.has(l.from) && inside.has(l.to) && l.from !== l.to) before.get(l.to)!.add(l.from);
  const out: string[] = [];
  const left = [...ids];
  while (left.length) {
    // The first whose predecessors are all placed; with a cycle, the first left.
    const i = Math.max(0, left.findIndex((id) => [...before.get(id)!].every((p) => out.includes(p))));
    out.push(left.splice(i, 1)[0]!);
  }
  return out;
}
