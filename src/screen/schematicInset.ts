import { joinList } from "../i18n/format";
import { pick, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { Model } from "../model/schema";
import type { ColourRole } from "../theme";
import { layoutInset, type InsetPlan } from "./insetLayout";

/** Lines of text laid out in the inset's units. */
export interface InsetText {
  lines: string[];
  /** Where the lines are anchored: their centre ("middle") or their left end ("start"). */
  x: number;
  anchor: "middle" | "start";
  /** The top of the first line. */
  y: number;
  /** Font size and distance between lines. */
  size: number;
  lineHeight: number;
  bold: boolean;
}

/** A node of the model as a symbol: a box in the inset, never at a place. */
export interface InsetSymbol {
  /** The node's id. */
  id: string;
  kind: "system" | "sector" | "centre";
  /** Top left corner and size, in the inset's units. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The colour roles of its owners' parties, in the order of its owners: two or more for a joint part. */
  colours: ColourRole[];
  /** Ids of the symbols drawn inside it (a joint system's sectors and centres); its label is then a heading at its top. */
  holds: string[];
  /** Its label, wrapped, in the inset's language (no lines where the compact inset leaves it out). */
  label: InsetText;
}

/** A link of the model as an arrow between two symbols' edges. */
export interface InsetArrow {
  /** The link's id. */
  id: string;
  /** From the `from` node's symbol to the `to` node's. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Heads at both ends: the link goes each way. */
  both: boolean;
  /** What passes along it, wrapped (very short in the compact inset), or null. */
  label: InsetText | null;
}

/** One drawing of the inset at one size. */
export interface InsetLayout {
  /** Size in the inset's own units (CSS pixels when drawn at its natural size). */
  width: number;
  height: number;
  symbols: InsetSymbol[];
  arrows: InsetArrow[];
  /** Size of the arrows' heads, and height of the symbols' colour bars. */
  head: number;
  bar: number;
}

/**
 * A proposal's nodes and links as a compact schematic for a corner of its globe's frame, drawn in screen space
 * and never anchored to a place: `full` for a frame of at least INSET_FULL_FRAME, `compact` (symbols and arrows,
 * very short labels) for a smaller one.
 */
export interface SchematicInset {
  full: InsetLayout;
  compact: InsetLayout;
  /** Its text alternative, one sentence in the inset's language. */
  description: string;
}

/** The smallest frame, in CSS pixels, that shows the full inset; a narrower or lower one shows the compact one. */
export const INSET_FULL_FRAME = { width: 480, height: 360 } as const;
/** The most of its frame's width and height the inset takes: it is drawn smaller rather than larger than these. */
export const INSET_MAX_SHARE = { width: 0.3, height: 0.25 } as const;

/** Which of the inset's drawings a frame of this size (CSS pixels) shows. */
export function insetVariant(frameWidth: number, frameHeight: number): "full" | "compact" {
  return frameWidth < INSET_FULL_FRAME.width || frameHeight < INSET_FULL_FRAME.height ? "compact" : "full";
}

/**
 * The schematic inset of a model in a language, or null when the model has no nodes. Pure; worked out once per
 * model object and language.
 */
export function schematicInset(model: Model, lang: Lang): SchematicInset | null {
  const byLang = memo.get(model) ?? new Map<Lang, SchematicInset | null>();
  if (byLang.has(lang)) return byLang.get(lang)!;
  const inset = make(model, lang);
  byLang.set(lang, inset);
  memo.set(model, byLang);
  return inset;
}

const memo = new WeakMap<Model, Map<Lang, SchematicInset | null>>();

function make(model: Model, lang: Lang): SchematicInset | null {
  if (!model.nodes.length) return null;
  const full = layoutInset(model, lang, "full");
  const compact = layoutInset(model, lang, "compact");
  return { full: full.layout, compact: compact.layout, description: describe(model, lang, full.plan) };
}

/** The sentence a screen reader hears: the symbols (a joint system with what it holds) and the arrows drawn. */
function describe(model: Model, lang: Lang, plan: InsetPlan): string {
  const t = strings(lang).inset;
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const parties = new Map(model.parties.map((p) => [p.id, pick(p.name, lang)]));
  const label = (id: string) => pick(nodes.get(id)!.label, lang);
  const owners = (id: string) => joinList(nodes.get(id)!.owners.map((o) => parties.get(o) ?? o), lang);
  const part = (id: string) => t.part(label(id), owners(id));
  const parts = plan.top.map((id) => {
    const inside = plan.holds.get(id) ?? [];
    return inside.length ? t.holding(label(id), owners(id), joinList(inside.map(part), lang)) : part(id);
  });
  const links = new Map(model.links.map((l) => [l.id, l]));
  const arrows = plan.arrows.map((id) => {
    const l = links.get(id)!;
    const text = pick(l.label, lang);
    return l.direction === "both" ? t.bothWays(label(l.from), label(l.to), text) : t.oneWay(label(l.from), label(l.to), text);
  });
  return t.description(parts, arrows);
}
