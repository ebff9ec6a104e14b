import { describe, expect, it } from "vitest";
import { COLOUR_ROLES, DARK, LIGHT, rgb, seaColour, type Theme } from "../../../src/theme";

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

/** CIEDE2000 colour difference of two L*a*b* colours (Sharma, Wu and Dalal 2005), kL = kC = kH = 1. */
function ciede2000([l1, a1, b1]: number[], [l2, a2, b2]: number[]): number {
  const rad = Math.PI / 180;
  const c7 = (c: number) => Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7));
  const g = 0.5 * (1 - c7((Math.hypot(a1!, b1!) + Math.hypot(a2!, b2!)) / 2));
  const ap1 = (1 + g) * a1!;
  const ap2 = (1 + g) * a2!;
  const cp1 = Math.hypot(ap1, b1!);
  const cp2 = Math.hypot(ap2, b2!);
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const hp1 = hue(b1!, ap1);
  const hp2 = hue(b2!, ap2);
  let dh = 0;
  if (cp1 * cp2 !== 0) {
    dh = hp2 - hp1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dL = l2! - l1!;
  const dC = cp2 - cp1;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh * rad) / 2);
  const lMean = (l1! + l2!) / 2;
  const cMean = (cp1 + cp2) / 2;
  let hMean = hp1 + hp2;
  if (cp1 * cp2 !== 0) hMean = Math.abs(hp1 - hp2) <= 180 ? hMean / 2 : hMean < 360 ? (hMean + 360) / 2 : (hMean - 360) / 2;
  const t = 1 - 0.17 * Math.cos((hMean - 30) * rad) + 0.24 * Math.cos(2 * hMean * rad) + 0.32 * Math.cos((3 * hMean + 6) * rad) - 0.2 * Math.cos((4 * hMean - 63) * rad);
  const rotation = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sC = 1 + 0.045 * cMean;
  const sH = 1 + 0.015 * cMean * t;
  const rT = -Math.sin(2 * rotation * rad) * 2 * c7(cMean);
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH));
}

const deltaE2000 = (a: string, b: string, vision: string) => ciede2000(lab(a, vision), lab(b, vision));

describe("the CIEDE2000 difference used below", () => {
  // Test pairs 1, 7, 17 and 25 of Sharma, Wu and Dalal's published data set.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ])("gives the published value for %j and %j", (a, b, expected) => {
    expect(ciede2000(a, b)).toBeCloseTo(expected, 3);
  });
});

const VISIONS = Object.keys(SIMULATIONS);

// Every check runs for both themes, with the same thresholds: the dark one is held to what the light one was.
describe.each([
  ["light", LIGHT],
  ["dark", DARK],
] as [string, Theme][])("the %s theme", (_, theme) => {
  const sea = (hex: string) => seaColour(theme, hex);

  describe("seas in a party's charge read as water", () => {
    for (const role of COLOUR_ROLES) {
      const land = theme.parties[role];
      // A sea's hatch is judged as it reads from afar, at embed size: its lines and the ocean averaged (seaColour).
      it(`sets ${role} land and ${role} sea apart (CIEDE2000 ≥ 20, and ≥ 10 under each simulated colour blindness)`, () => {
        for (const vision of VISIONS) expect(deltaE2000(land, sea(land), vision), vision).toBeGreaterThanOrEqual(vision === "normal" ? 20 : 10);
      });
      it(`keeps a ${role} sea closer to the ocean than to ${role} land, for every colour vision`, () => {
        for (const vision of VISIONS) expect(deltaE2000(sea(land), theme.ocean, vision), vision).toBeLessThan(deltaE2000(sea(land), land, vision));
      });
    }
  });

  describe("the palette under simulated colour blindness", () => {
    const nato = theme.parties.blue;
    const russia = theme.parties.orange;
    for (const vision of VISIONS) {
      it(`keeps the two parties far apart for ${vision} (ΔE ≥ 30, CIEDE2000 ≥ 40)`, () => {
        expect(deltaE(nato, russia, vision)).toBeGreaterThanOrEqual(30);
        expect(deltaE2000(nato, russia, vision)).toBeGreaterThanOrEqual(40);
      });
      it(`sets each party's land and sea apart from unassigned land and open ocean for ${vision} (ΔE ≥ 15)`, () => {
        for (const party of [nato, russia]) {
          expect(deltaE(party, theme.land, vision)).toBeGreaterThanOrEqual(15);
          expect(deltaE(party, theme.ocean, vision)).toBeGreaterThanOrEqual(15);
        }
        // A sea in a party's charge is the ocean hatched with lines of the party's colour: the lines stand out from the ocean.
        expect(deltaE(sea(russia), theme.ocean, vision)).toBeGreaterThanOrEqual(5);
      });
      it(`sets every party colour apart from the page's background (CIEDE2000 ≥ 25) and from unassigned land (≥ 20) for ${vision}`, () => {
        for (const role of COLOUR_ROLES) {
          expect(deltaE2000(theme.parties[role], theme.background, vision), role).toBeGreaterThanOrEqual(25);
          expect(deltaE2000(theme.parties[role], theme.land, vision), role).toBeGreaterThanOrEqual(20);
        }
      });
      it(`sets land apart from sea (CIEDE2000 ≥ 10) and the globe's ocean apart from the page (≥ 8) for ${vision}`, () => {
        expect(deltaE2000(theme.land, theme.ocean, vision)).toBeGreaterThanOrEqual(10);
        expect(deltaE2000(theme.ocean, theme.background, vision)).toBeGreaterThanOrEqual(8);
      });
    }
  });
});
