import { beforeAll, describe, expect, it } from "vitest";
import { FADED, FULL, HIDDEN, combineEmphasis, differenceEmphasis, regionEmphasis, responsibility } from "../../../src/model/emphasis";
import type { ResolvedModel } from "../../../src/model/resolve";
import { realModels, type RealModels } from "../support";

let real: RealModels;
let nato: ResolvedModel;
let russia: ResolvedModel;
const SEAS = ["barents", "baltic", "black", "azov"];

beforeAll(() => {
  real = realModels();
  nato = real.resolved.get("nato-two-systems")!;
  russia = real.resolved.get("russia-sectors")!;
});

describe("emphasis levels", () => {
  it("are ordered hidden < faded < full (so the smaller is the stronger restriction)", () => {
    expect([HIDDEN, FADED, FULL]).toEqual([0, 1, 2]);
  });
});

describe("responsibility", () => {
  it("is empty for an area in no region, and for an index past the areas", () => {
    expect(responsibility(nato, real.piece("CHN"))).toBe("");
    expect(responsibility(nato, real.piece("UKR"))).toBe("");
    expect(responsibility(nato, real.sea("baltic"))).toBe("");
    expect(responsibility(nato, nato.areaRegion.length + 10)).toBe("");
  });
  it("is the same for two regions of the same party, in one proposal or in two", () => {
    // Russia's proposal: Russia itself, its non-NATO neighbours and the seas are all Russia's.
    expect(responsibility(russia, real.piece("UKR"))).toBe(responsibility(russia, real.piece("RUS")));
    expect(responsibility(russia, real.sea("black"))).toBe(responsibility(russia, real.piece("RUS")));
    // Germany: "NATO member states" in one, "Rest of NATO" in the other, NATO's in both.
    expect(responsibility(nato, real.piece("DEU"))).toBe(responsibility(russia, real.piece("DEU")));
    expect(responsibility(nato, real.piece("RUS"))).toBe(responsibility(russia, real.piece("RUS")));
  });
  it("tells the two parties apart", () => {
    expect(responsibility(nato, real.piece("DEU"))).not.toBe(responsibility(nato, real.piece("RUS")));
    expect(responsibility(nato, real.piece("DEU"))).not.toBe("");
  });
  it("tells a disputed area from either party's clear one, and two disputed regions with the same readings apart from neither", () => {
    const poland = responsibility(russia, real.piece("POL"));
    expect(poland).not.toBe(responsibility(russia, real.piece("RUS")));
    expect(poland).not.toBe(responsibility(russia, real.piece("DEU")));
    expect(poland).not.toBe("");
    // Czechia is in another disputed region, with the same two readings.
    expect(responsibility(russia, real.piece("CZE"))).toBe(poland);
  });
});

describe("differenceEmphasis", () => {
  it("has one entry per area", () => {
    expect(differenceEmphasis(nato, russia)).toHaveLength(nato.areaRegion.length);
  });
  it("is full where the responsible party differs (Poland, Czechia, Ukraine, Belarus, the seas)", () => {
    const e = differenceEmphasis(nato, russia);
    for (const key of ["POL", "CZE", "NOR", "UKR", "BLR", "MDA"]) expect(e[real.piece(key)], key).toBe(FULL);
    for (const sea of SEAS) expect(e[real.sea(sea)], sea).toBe(FULL);
  });
  it("is hidden where it does not (Germany, the USA, Russia, and China which neither assigns)", () => {
    const e = differenceEmphasis(nato, russia);
    for (const key of ["DEU", "USA", "RUS", "CHN", "BRA"]) expect(e[real.piece(key)], key).toBe(HIDDEN);
  });
  it("uses only hidden and full", () => {
    expect(new Set(differenceEmphasis(nato, russia))).toEqual(new Set([HIDDEN, FULL]));
  });
  it("is the same whichever proposal comes first", () => {
    expect(Array.from(differenceEmphasis(russia, nato))).toEqual(Array.from(differenceEmphasis(nato, russia)));
  });
  it("hides everything when a proposal is compared with itself", () => {
    expect(differenceEmphasis(russia, russia).every((v) => v === HIDDEN)).toBe(true);
  });
});

describe("regionEmphasis", () => {
  it("is null (everything in full) when no region is named", () => {
    expect(regionEmphasis(russia, [])).toBeNull();
  });
  it("puts the named regions' areas in full and fades all the others, assigned or not", () => {
    const e = regionEmphasis(russia, ["eastern-seas"])!;
    expect(e).toHaveLength(russia.areaRegion.length);
    for (const sea of SEAS) expect(e[real.sea(sea)], sea).toBe(FULL);
    for (const key of ["RUS", "UKR", "POL", "DEU", "CHN"]) expect(e[real.piece(key)], key).toBe(FADED);
  });
  it("takes several regions", () => {
    const e = regionEmphasis(russia, ["russia", "nato-sectors"])!;
    for (const key of ["RUS", "DEU", "USA"]) expect(e[real.piece(key)], key).toBe(FULL);
    for (const key of ["POL", "UKR", "CHN"]) expect(e[real.piece(key)], key).toBe(FADED);
    expect(e[real.sea("baltic")]).toBe(FADED);
  });
  it("never hides", () => {
    expect(regionEmphasis(russia, ["eastern-seas"])!.every((v) => v === FULL || v === FADED)).toBe(true);
  });
  it("fades everything when the named region is not in the proposal", () => {
    expect(regionEmphasis(nato, ["eastern-seas"])!.every((v) => v === FADED)).toBe(true);
  });
});

describe("combineEmphasis", () => {
  const u8 = (...v: number[]) => Uint8Array.from(v);
  it("null and null is null", () => expect(combineEmphasis(null, null)).toBeNull());
  it("with one side null, gives the other", () => {
    const a = u8(HIDDEN, FADED, FULL);
    expect(combineEmphasis(a, null)).toBe(a);
    expect(combineEmphasis(null, a)).toBe(a);
  });
  it("takes the stronger restriction per area", () => {
    const a = u8(HIDDEN, HIDDEN, HIDDEN, FADED, FADED, FADED, FULL, FULL, FULL);
    const b = u8(HIDDEN, FADED, FULL, HIDDEN, FADED, FULL, HIDDEN, FADED, FULL);
    const want = [HIDDEN, HIDDEN, HIDDEN, HIDDEN, FADED, FADED, HIDDEN, FADED, FULL];
    expect(Array.from(combineEmphasis(a, b)!)).toEqual(want);
    expect(Array.from(combineEmphasis(b, a)!)).toEqual(want);
  });
  it("treats areas past the end of the second as full", () => {
    expect(Array.from(combineEmphasis(u8(FADED, HIDDEN, FULL), u8(FULL))!)).toEqual([FADED, HIDDEN, FULL]);
  });
  it("does not change its arguments", () => {
    const a = u8(FULL, FULL);
    const b = u8(HIDDEN, FADED);
    combineEmphasis(a, b);
    expect(Array.from(a)).toEqual([FULL, FULL]);
    expect(Array.from(b)).toEqual([HIDDEN, FADED]);
  });
  it("a difference view with regions emphasised: hidden stays hidden, a differing area outside the regions is faded", () => {
    const e = combineEmphasis(differenceEmphasis(nato, russia), regionEmphasis(russia, ["eastern-seas"]))!;
    expect(e[real.sea("baltic")]).toBe(FULL);
    expect(e[real.piece("UKR")]).toBe(FADED);
    expect(e[real.piece("DEU")]).toBe(HIDDEN);
    expect(e[real.piece("RUS")]).toBe(HIDDEN);
  });
});
