import { beforeAll, describe, expect, it } from "vitest";
import { FADED, FULL, HIDDEN, combineEmphasis, differenceEmphasis, regionEmphasis, responsibility } from "../../../src/model/emphasis";
import type { ResolvedModel } from "../../../src/model/resolve";
import { fixtureModels, type LoadedFiles } from "../support";

/*
 * Written against the invented proposals of tests/fixtures/ (see fixtureModels in ../support.ts):
 * example-separate: group A for DEU and POL, group B for BLR.
 * example-joint: group A for DEU; group B for BLR, UKR and the Baltic and Black seas, and for MDA on a reading;
 * POL and CZE disputed (group B, or group A on another reading).
 */
let f: LoadedFiles;
let separate: ResolvedModel;
let joint: ResolvedModel;
/** The seas example-joint gives group B, and those no fixture assigns. */
const JOINT_SEAS = ["baltic", "black"];
const NOBODYS_SEAS = ["barents", "azov"];

beforeAll(() => {
  f = fixtureModels();
  separate = f.resolved.get("example-separate")!;
  joint = f.resolved.get("example-joint")!;
});

describe("emphasis levels", () => {
  it("are ordered hidden < faded < full (so the smaller is the stronger restriction)", () => {
    expect([HIDDEN, FADED, FULL]).toEqual([0, 1, 2]);
  });
});

describe("responsibility", () => {
  it("is empty for an area in no region, and for an index past the areas", () => {
    expect(responsibility(separate, f.piece("CHN"))).toBe("");
    expect(responsibility(separate, f.piece("UKR"))).toBe("");
    expect(responsibility(separate, f.sea("baltic"))).toBe("");
    expect(responsibility(separate, separate.areaRegion.length + 10)).toBe("");
  });
  it("is the same for two regions of the same party, in one proposal or in two", () => {
    // example-joint: Ukraine (core-b) and the Black Sea (two-seas) are both group B's.
    expect(responsibility(joint, f.piece("UKR"))).toBe(responsibility(joint, f.piece("BLR")));
    expect(responsibility(joint, f.sea("black"))).toBe(responsibility(joint, f.piece("BLR")));
    // Germany: "Group A's states" in one, "Group A's part" in the other, group A's in both.
    expect(responsibility(separate, f.piece("DEU"))).toBe(responsibility(joint, f.piece("DEU")));
    expect(responsibility(separate, f.piece("BLR"))).toBe(responsibility(joint, f.piece("BLR")));
  });
  it("tells the two parties apart", () => {
    expect(responsibility(separate, f.piece("DEU"))).not.toBe(responsibility(separate, f.piece("BLR")));
    expect(responsibility(separate, f.piece("DEU"))).not.toBe("");
  });
  it("tells a disputed area from either party's clear one, and two disputed regions with the same readings apart from neither", () => {
    const poland = responsibility(joint, f.piece("POL"));
    expect(poland).not.toBe(responsibility(joint, f.piece("BLR")));
    expect(poland).not.toBe(responsibility(joint, f.piece("DEU")));
    expect(poland).not.toBe("");
    // Czechia is in another disputed region (czechia-either), with the same two readings.
    expect(responsibility(joint, f.piece("CZE"))).toBe(poland);
  });
  it("counts a reading without an alternative party (Moldova in example-joint) as that party's", () => {
    expect(responsibility(joint, f.piece("MDA"))).toBe(responsibility(joint, f.piece("BLR")));
  });
});

describe("differenceEmphasis", () => {
  it("has one entry per area", () => {
    expect(differenceEmphasis(separate, joint)).toHaveLength(separate.areaRegion.length);
  });
  it("is full where the responsible party differs (Poland and Czechia disputed, Ukraine and Moldova newly group B's, two seas)", () => {
    const e = differenceEmphasis(separate, joint);
    for (const key of ["POL", "CZE", "UKR", "MDA"]) expect(e[f.piece(key)], key).toBe(FULL);
    for (const sea of JOINT_SEAS) expect(e[f.sea(sea)], sea).toBe(FULL);
  });
  it("is hidden where it does not (Germany and Belarus, assigned alike; Russia, China and two seas, which neither assigns)", () => {
    const e = differenceEmphasis(separate, joint);
    for (const key of ["DEU", "BLR", "RUS", "CHN", "USA"]) expect(e[f.piece(key)], key).toBe(HIDDEN);
    for (const sea of NOBODYS_SEAS) expect(e[f.sea(sea)], sea).toBe(HIDDEN);
  });
  it("uses only hidden and full", () => {
    expect(new Set(differenceEmphasis(separate, joint))).toEqual(new Set([HIDDEN, FULL]));
  });
  it("is the same whichever proposal comes first", () => {
    expect(Array.from(differenceEmphasis(joint, separate))).toEqual(Array.from(differenceEmphasis(separate, joint)));
  });
  it("hides everything when a proposal is compared with itself", () => {
    expect(differenceEmphasis(joint, joint).every((v) => v === HIDDEN)).toBe(true);
  });
});

describe("regionEmphasis", () => {
  it("is null (everything in full) when no region is named", () => {
    expect(regionEmphasis(joint, [])).toBeNull();
  });
  it("puts the named regions' areas in full and fades all the others, assigned or not", () => {
    const e = regionEmphasis(joint, ["two-seas"])!;
    expect(e).toHaveLength(joint.areaRegion.length);
    for (const sea of JOINT_SEAS) expect(e[f.sea(sea)], sea).toBe(FULL);
    for (const sea of NOBODYS_SEAS) expect(e[f.sea(sea)], sea).toBe(FADED);
    for (const key of ["BLR", "UKR", "POL", "DEU", "CHN"]) expect(e[f.piece(key)], key).toBe(FADED);
  });
  it("takes several regions", () => {
    const e = regionEmphasis(joint, ["core-a", "core-b"])!;
    for (const key of ["DEU", "BLR", "UKR"]) expect(e[f.piece(key)], key).toBe(FULL);
    for (const key of ["POL", "MDA", "CHN"]) expect(e[f.piece(key)], key).toBe(FADED);
    expect(e[f.sea("baltic")]).toBe(FADED);
  });
  it("never hides", () => {
    expect(regionEmphasis(joint, ["two-seas"])!.every((v) => v === FULL || v === FADED)).toBe(true);
  });
  it("fades everything when the named region is not in the proposal", () => {
    expect(regionEmphasis(separate, ["two-seas"])!.every((v) => v === FADED)).toBe(true);
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
    const e = combineEmphasis(differenceEmphasis(separate, joint), regionEmphasis(joint, ["two-seas"]))!;
    expect(e[f.sea("baltic")]).toBe(FULL);
    expect(e[f.piece("UKR")]).toBe(FADED);
    expect(e[f.piece("DEU")]).toBe(HIDDEN);
    expect(e[f.piece("BLR")]).toBe(HIDDEN);
  });
});
