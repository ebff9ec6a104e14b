import { beforeAll, describe, expect, it } from "vitest";
import type { Atlas } from "../../../src/data/atlas";
import { loadReference } from "../../../src/data/loadReference";
import { buildPalette, paletteWidth } from "../../../src/model/palette";
import { resolveModel, type ResolvedModel } from "../../../src/model/resolve";
import { validateModelText } from "../../../src/model/validate";
import { DARK, LIGHT, rgb } from "../../../src/theme";
import { readRepoFile, realAtlas, type FixtureFile } from "../support";

/*
 * The palettes of the invented proposals of tests/fixtures/ (see fixtureModels in ../support.ts), whose parties
 * are group A (blue) and group B (orange):
 * example-separate: DEU, POL blue; BLR orange; nothing else, no sea.
 * example-joint: DEU blue; BLR, UKR (with Crimea) orange; POL, CZE disputed (orange, or blue on another reading);
 * MDA orange on a reading (no alternative); the Baltic and Black seas orange; the Barents Sea and the Sea of Azov no one's.
 */
const ref = loadReference();
let atlas: Atlas;
let separate: ResolvedModel;
let joint: ResolvedModel;
const ASSIGNED_SEAS = ["baltic", "black"];

function resolve(file: FixtureFile): ResolvedModel {
  const r = validateModelText(readRepoFile(file), file, ref);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return resolveModel(r.model, atlas, ref);
}
const texel = (p: Uint8Array, width: number, row: 0 | 1, i: number) => Array.from(p.slice((row * width + i) * 4, (row * width + i) * 4 + 4));
const pieceIndex = (key: string) => atlas.pieces.find((p) => p.key === key)!.index;

beforeAll(() => {
  atlas = realAtlas(ref);
  separate = resolve("tests/fixtures/example-separate.json");
  joint = resolve("tests/fixtures/example-joint.json");
});

describe("rgb", () => {
  it("reads #rrggbb", () => {
    expect(rgb("#2a78c2")).toEqual([0x2a, 0x78, 0xc2]);
    expect(rgb("#000000")).toEqual([0, 0, 0]);
    expect(rgb("#ffffff")).toEqual([255, 255, 255]);
  });
});

describe("paletteWidth", () => {
  it("is the smallest power of two ≥ the count (at least 2)", () => {
    for (let n = 0; n <= 5000; n++) {
      const w = paletteWidth(n);
      expect(Number.isInteger(Math.log2(w))).toBe(true);
      expect(w).toBeGreaterThanOrEqual(Math.max(2, n));
      if (w > 2) expect(w / 2).toBeLessThan(n);
    }
  });
  it("gives 2, 2, 4, 256, 512 for 0, 2, 3, 256, 257", () => {
    expect([0, 2, 3, 256, 257].map(paletteWidth)).toEqual([2, 2, 4, 256, 512]);
  });
  it("fits the real atlas's pieces and seas", () => {
    const n = atlas.pieces.length + ref.seas.length;
    expect(paletteWidth(n)).toBe(256);
  });
});

describe("buildPalette", () => {
  const landCount = () => atlas.pieces.length;
  const width = () => paletteWidth(atlas.pieces.length + ref.seas.length);

  it("is two rows of width RGBA texels, opaque except where row 0 marks a sea's hatch", () => {
    const w = width();
    const p = buildPalette(joint, landCount(), w);
    expect(p).toHaveLength(w * 2 * 4);
    const hatched = new Set(ASSIGNED_SEAS.map((id) => landCount() + ref.seas.findIndex((x) => x.id === id)));
    for (let i = 0; i < w * 2; i++) expect(p[i * 4 + 3], `texel ${i}`).toBe(hatched.has(i) ? Math.round(LIGHT.seaHatch * 255) : 255);
  });
  it("writes into `out` when given", () => {
    const out = new Uint8Array(width() * 8);
    expect(buildPalette(joint, landCount(), width(), out)).toBe(out);
    expect(out[3]).toBe(255);
  });
  it("ambiguous regions have different row-0 and row-1 colours: the party's and the alternative party's", () => {
    const w = width();
    const p = buildPalette(joint, landCount(), w);
    for (const key of ["POL", "CZE"]) {
      const i = pieceIndex(key);
      expect(texel(p, w, 0, i)).toEqual([...rgb(LIGHT.parties.orange), 255]);
      expect(texel(p, w, 1, i)).toEqual([...rgb(LIGHT.parties.blue), 255]);
    }
  });
  it("clear regions have equal rows in their party's colour", () => {
    const w = width();
    const p = buildPalette(joint, landCount(), w);
    for (const [key, colour] of [["BLR", LIGHT.parties.orange], ["UKR", LIGHT.parties.orange], ["RUS/crimea", LIGHT.parties.orange], ["DEU", LIGHT.parties.blue]] as const) {
      const i = pieceIndex(key);
      expect(texel(p, w, 0, i)).toEqual([...rgb(colour), 255]);
      expect(texel(p, w, 1, i)).toEqual(texel(p, w, 0, i));
    }
  });
  it("a region of the explainer's reading (no alternative party) has the party's colour with stripes of unshaded land", () => {
    const w = width();
    const p = buildPalette(joint, landCount(), w);
    const i = pieceIndex("MDA");
    expect(texel(p, w, 0, i)).toEqual([...rgb(LIGHT.parties.orange), 255]);
    expect(texel(p, w, 1, i)).toEqual([...rgb(LIGHT.land), 255]);
  });
  it("land occupied on the view's date (Crimea today) is hatched in the occupation colour over its country's colour", () => {
    const w = width();
    // example-joint gives Ukraine to group B, in orange.
    const today = resolveModel(joint.model, atlas, ref, "2026-11-25");
    const p = buildPalette(today, landCount(), w);
    const crimea = pieceIndex("RUS/crimea");
    expect(texel(p, w, 0, crimea)).toEqual([...rgb(LIGHT.parties.orange), 255]);
    expect(texel(p, w, 1, crimea)).toEqual([...rgb(LIGHT.occupied), 255]);
    expect(texel(p, w, 1, pieceIndex("UKR"))).toEqual([...rgb(LIGHT.parties.orange), 255]);
  });
  it("unassigned land gets the theme's land colour in both rows", () => {
    const w = width();
    const p = buildPalette(separate, landCount(), w);
    const land = [...rgb(LIGHT.land), 255];
    for (const key of ["CHN", "CZE", "MDA", "UKR", "RUS/crimea", "BRA"]) {
      const i = pieceIndex(key);
      expect(texel(p, w, 0, i)).toEqual(land);
      expect(texel(p, w, 1, i)).toEqual(land);
    }
  });
  it("unassigned seas and the unused entries past the seas get the ocean colour", () => {
    const w = width();
    const p = buildPalette(separate, landCount(), w);
    const ocean = [...rgb(LIGHT.ocean), 255];
    for (let i = landCount(); i < w; i++) {
      expect(texel(p, w, 0, i)).toEqual(ocean);
      expect(texel(p, w, 1, i)).toEqual(ocean);
    }
  });
  it("a sea of an assigned region is the ocean hatched with the party's colour, marked as a sea hatch; the other seas are the ocean", () => {
    const w = width();
    const p = buildPalette(joint, landCount(), w);
    const ocean = rgb(LIGHT.ocean);
    const party = rgb(LIGHT.parties.orange);
    const seaAt = (id: string) => landCount() + ref.seas.findIndex((x) => x.id === id);
    for (const id of ["barents", "azov"]) {
      expect(texel(p, w, 0, seaAt(id)), id).toEqual([...ocean, 255]);
      expect(texel(p, w, 1, seaAt(id)), id).toEqual([...ocean, 255]);
    }
    for (const s of ASSIGNED_SEAS.map(seaAt)) {
      // Row 0 is the water under the hatch, its alpha the share of lines; row 1 the lines.
      expect(texel(p, w, 0, s)).toEqual([...ocean, Math.round(LIGHT.seaHatch * 255)]);
      expect(texel(p, w, 1, s)).toEqual([...party, 255]);
    }
  });
  it("in the dark theme, takes the dark theme's colours and its thinner sea hatch, entry for entry", () => {
    const w = width();
    const p = buildPalette(joint, landCount(), w, undefined, null, DARK);
    const seaAt = (id: string) => landCount() + ref.seas.findIndex((x) => x.id === id);
    expect(texel(p, w, 0, pieceIndex("CHN"))).toEqual([...rgb(DARK.land), 255]);
    expect(texel(p, w, 0, seaAt("barents"))).toEqual([...rgb(DARK.ocean), 255]);
    for (const s of ASSIGNED_SEAS.map(seaAt)) {
      expect(texel(p, w, 0, s)).toEqual([...rgb(DARK.ocean), Math.round(DARK.seaHatch * 255)]);
      expect(texel(p, w, 1, s)).toEqual([...rgb(DARK.parties.orange), 255]);
    }
    // The same areas are striped, hatched or plain as in the light palette: only the colours differ.
    const light = buildPalette(joint, landCount(), w);
    const kind = (q: Uint8Array, i: number) => [texel(q, w, 0, i).join() === texel(q, w, 1, i).join(), q[i * 4 + 3] === 255];
    for (let i = 0; i < w; i++) expect(kind(p, i), `entry ${i}`).toEqual(kind(light, i));
  });
  it("marks no land piece as a sea hatch", () => {
    const w = width();
    const p = buildPalette(joint, landCount(), w);
    for (let i = 0; i < landCount(); i++) expect(texel(p, w, 0, i)[3]).toBe(255);
  });
});

describe("buildPalette with an emphasis", () => {
  // Emphasis levels, written out: hidden, faded, full.
  const HIDDEN = 0;
  const FADED = 1;
  const FULL = 2;
  const landCount = () => atlas.pieces.length;
  const width = () => paletteWidth(atlas.pieces.length + ref.seas.length);
  const seaIndex = (id: string) => landCount() + ref.seas.findIndex((s) => s.id === id);
  /** An emphasis of one level everywhere, with some areas set to another. */
  const emphasis = (everywhere: number, set: [number, number][] = []) => {
    const e = new Uint8Array(joint.areaRegion.length).fill(everywhere);
    for (const [i, level] of set) e[i] = level;
    return e;
  };
  const plain = () => buildPalette(joint, landCount(), width());

  it("null is the same as no emphasis", () => {
    expect(Array.from(buildPalette(joint, landCount(), width(), undefined, null))).toEqual(Array.from(plain()));
  });

  it("full everywhere leaves every colour unchanged", () => {
    expect(Array.from(buildPalette(joint, landCount(), width(), undefined, emphasis(FULL)))).toEqual(Array.from(plain()));
  });

  it("full areas keep their colours while the others are faded", () => {
    const w = width();
    const full = [...["BLR", "POL", "DEU"].map(pieceIndex), seaIndex("baltic")];
    const p = buildPalette(joint, landCount(), w, undefined, emphasis(FADED, full.map((i) => [i, FULL])));
    const q = plain();
    for (const i of full) {
      expect(texel(p, w, 0, i)).toEqual(texel(q, w, 0, i));
      expect(texel(p, w, 1, i)).toEqual(texel(q, w, 1, i));
    }
    // Ukraine, group B's and not in full, is faded.
    expect(texel(p, w, 0, pieceIndex("UKR"))).not.toEqual(texel(q, w, 0, pieceIndex("UKR")));
  });

  it("hidden land is coloured like unassigned land, in both rows (also a disputed country)", () => {
    const w = width();
    const keys = ["BLR", "POL", "DEU", "UKR"];
    const p = buildPalette(joint, landCount(), w, undefined, emphasis(FULL, keys.map((k) => [pieceIndex(k), HIDDEN])));
    const land = [...rgb(LIGHT.land), 255];
    for (const key of keys) {
      expect(texel(p, w, 0, pieceIndex(key)), key).toEqual(land);
      expect(texel(p, w, 1, pieceIndex(key)), key).toEqual(land);
    }
    // Others are untouched: Czechia, disputed, keeps both colours.
    expect(texel(p, w, 0, pieceIndex("CZE"))).toEqual([...rgb(LIGHT.parties.orange), 255]);
    expect(texel(p, w, 1, pieceIndex("CZE"))).toEqual([...rgb(LIGHT.parties.blue), 255]);
  });

  it("hidden seas are coloured like the open ocean", () => {
    const w = width();
    const seas = ref.seas.map((s) => seaIndex(s.id));
    const p = buildPalette(joint, landCount(), w, undefined, emphasis(FULL, seas.map((i) => [i, HIDDEN])));
    const ocean = [...rgb(LIGHT.ocean), 255];
    for (const i of seas) {
      expect(texel(p, w, 0, i)).toEqual(ocean);
      expect(texel(p, w, 1, i)).toEqual(ocean);
    }
  });

  /** Expects `c` strictly between `full` and `background` per channel where they differ, equal where they do not, and nearer the background. */
  function expectFaded(c: number[], full: number[], background: readonly number[], what: string) {
    let toBackground = 0;
    let toFull = 0;
    for (let k = 0; k < 3; k++) {
      if (full[k] === background[k]) expect(c[k], `${what} channel ${k}`).toBe(background[k]);
      else {
        expect(c[k], `${what} channel ${k}`).toBeGreaterThan(Math.min(full[k]!, background[k]!));
        expect(c[k], `${what} channel ${k}`).toBeLessThan(Math.max(full[k]!, background[k]!));
      }
      toBackground += Math.abs(c[k]! - background[k]!);
      toFull += Math.abs(c[k]! - full[k]!);
    }
    expect(c[3]).toBe(255);
    // "Faded": mostly the background.
    expect(toBackground, what).toBeLessThan(toFull);
  }

  it("faded land lies strictly between its full colour and the land colour, in each row (a disputed country keeps two colours)", () => {
    const w = width();
    const keys = ["BLR", "POL", "DEU"];
    const p = buildPalette(joint, landCount(), w, undefined, emphasis(FULL, keys.map((k) => [pieceIndex(k), FADED])));
    const q = plain();
    const land = rgb(LIGHT.land);
    for (const key of keys) {
      for (const row of [0, 1] as const) expectFaded(texel(p, w, row, pieceIndex(key)), texel(q, w, row, pieceIndex(key)), land, `${key} row ${row}`);
    }
    const pol = pieceIndex("POL");
    expect(texel(p, w, 0, pol)).not.toEqual(texel(p, w, 1, pol));
  });

  it("faded seas lie strictly between their full colour and the ocean", () => {
    const w = width();
    const seas = ASSIGNED_SEAS.map(seaIndex);
    const p = buildPalette(joint, landCount(), w, undefined, emphasis(FULL, seas.map((i) => [i, FADED])));
    const q = plain();
    const ocean = rgb(LIGHT.ocean);
    // The water under the hatch stays the ocean; the lines fade towards it.
    for (const i of seas) {
      expect(texel(p, w, 0, i)).toEqual(texel(q, w, 0, i));
      expectFaded(texel(p, w, 1, i), texel(q, w, 1, i), ocean, `sea ${i}`);
    }
  });

  it("unassigned areas look the same at every level", () => {
    const w = width();
    const chn = pieceIndex("CHN");
    const colours = [HIDDEN, FADED, FULL].map((level) => texel(buildPalette(joint, landCount(), w, undefined, emphasis(level)), w, 0, chn));
    expect(colours).toEqual([0, 1, 2].map(() => [...rgb(LIGHT.land), 255]));
  });

  it("an emphasis shorter than the palette hides the areas it does not cover", () => {
    const w = width();
    // Of Belarus and Ukraine (both orange), the emphasis ends just before the one that comes later in the atlas.
    const [before, after] = ["BLR", "UKR"].sort((x, y) => pieceIndex(x) - pieceIndex(y)) as [string, string];
    const short = new Uint8Array(pieceIndex(after)).fill(FULL);
    const p = buildPalette(joint, landCount(), w, undefined, short);
    expect(texel(p, w, 0, pieceIndex(after))).toEqual([...rgb(LIGHT.land), 255]);
    expect(texel(p, w, 0, pieceIndex(before))).toEqual([...rgb(LIGHT.parties.orange), 255]);
  });

  it("writes into `out` with an emphasis too, replacing what was there", () => {
    const w = width();
    const out = new Uint8Array(w * 8);
    buildPalette(joint, landCount(), w, out);
    const ukr = pieceIndex("UKR");
    expect(texel(out, w, 0, ukr)).toEqual([...rgb(LIGHT.parties.orange), 255]);
    expect(buildPalette(joint, landCount(), w, out, emphasis(FULL, [[ukr, HIDDEN]]))).toBe(out);
    expect(texel(out, w, 0, ukr)).toEqual([...rgb(LIGHT.land), 255]);
  });
});
