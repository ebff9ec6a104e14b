import { describe, expect, it } from "vitest";
import { PARTY_COLOURS, THEME, rgb, seaColour } from "../../../src/theme";

// Machado, Oliveira and Fernandes (2009), full severity, applied to linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** CIE L*a*b* (D65) of an sRGB colour as someone with the given colour vision sees it. */
function lab(colour: string, vision: string): [number, number, number] {
  const parsed = colour.startsWith("rgb(") ? colour.slice(4, -1).split(",").map(Number) : rgb(colour);
  const lin = parsed.map((v) => toLinear(v / 255));
  const m = SIMULATIONS[vision]!;
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: string, b: string, vision: string) => {
  const [l1, a1, b1] = lab(a, vision);
  const [l2, a2, b2] = lab(b, vision);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
};

describe("the palette under simulated colour blindness", () => {
  const nato = PARTY_COLOURS.blue;
  const russia = PARTY_COLOURS.orange;
  for (const vision of Object.keys(SIMULATIONS)) {
    it(`keeps the two parties far apart for ${vision} (ΔE ≥ 30)`, () => {
      expect(deltaE(nato, russia, vision)).toBeGreaterThanOrEqual(30);
    });
    it(`sets each party's land and sea apart from unassigned land and open ocean for ${vision} (ΔE ≥ 15)`, () => {
      for (const party of [nato, russia]) {
        expect(deltaE(party, THEME.land, vision)).toBeGreaterThanOrEqual(15);
        expect(deltaE(party, THEME.ocean, vision)).toBeGreaterThanOrEqual(15);
      }
      expect(deltaE(seaColour(russia), THEME.ocean, vision)).toBeGreaterThanOrEqual(15);
      expect(deltaE(seaColour(nato), THEME.ocean, vision)).toBeGreaterThanOrEqual(10);
    });
  }
});
