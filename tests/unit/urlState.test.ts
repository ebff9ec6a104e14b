import { describe, expect, it } from "vitest";
import { DISTANCE_RANGE } from "../../src/model/schema";
import { parseAt, parseUrlState, serialiseUrlState } from "../../src/state/urlState";

const IDS = ["nato-two-systems", "russia-sectors"];
const FALLBACK = "NATO: two separate systems that exchange data";

describe("parseUrlState", () => {
  it('"?proposal=russia-sectors" selects it, with no problems', () => {
    expect(parseUrlState("?proposal=russia-sectors", IDS, FALLBACK)).toEqual({ state: { proposal: "russia-sectors" }, problems: [] });
  });
  it("accepts the query string without its leading ?", () => {
    expect(parseUrlState("proposal=nato-two-systems", IDS, FALLBACK).state).toEqual({ proposal: "nato-two-systems" });
  });
  it("an empty query string gives an empty state and no problems", () => {
    expect(parseUrlState("", IDS, FALLBACK)).toEqual({ state: {}, problems: [] });
    expect(parseUrlState("?", IDS, FALLBACK)).toEqual({ state: {}, problems: [] });
  });
  it("an unknown id gives one problem that names the id and the fallback, and leaves the proposal undefined", () => {
    const r = parseUrlState("?proposal=warsaw-pact", IDS, FALLBACK);
    expect(r.state.proposal).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('"warsaw-pact"');
    expect(r.problems[0]).toContain(FALLBACK);
  });
  it("an empty proposal is reported as unknown", () => {
    const r = parseUrlState("?proposal=", IDS, FALLBACK);
    expect(r.state.proposal).toBeUndefined();
    expect(r.problems).toHaveLength(1);
  });
  it("matches ids exactly (no case folding, no prefix)", () => {
    for (const bad of ["Russia-Sectors", "russia", "russia-sectors.json"]) {
      const r = parseUrlState(`?proposal=${bad}`, IDS, FALLBACK);
      expect(r.state.proposal).toBeUndefined();
      expect(r.problems).toHaveLength(1);
    }
  });
  it("an unknown parameter gives a problem naming it, while a valid proposal in the same URL still applies", () => {
    const r = parseUrlState("?lang=ru&proposal=russia-sectors", IDS, FALLBACK);
    expect(r.state).toEqual({ proposal: "russia-sectors" });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('"lang"');
  });
  it("reports each unknown parameter once", () => {
    const r = parseUrlState("?a=1&b=2&proposal=nato-two-systems", IDS, FALLBACK);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toContain('"a"');
    expect(r.problems[1]).toContain('"b"');
  });
  it("reports a repeated parameter and uses the first value", () => {
    const r = parseUrlState("?proposal=russia-sectors&proposal=nato-two-systems", IDS, FALLBACK);
    expect(r.state).toEqual({ proposal: "russia-sectors" });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('"proposal"');
    expect(r.problems[0]).toMatch(/more than once/);
  });
  it("reports a repeated parameter even when the first value was unknown, and does not take the second", () => {
    const r = parseUrlState("?proposal=nope&proposal=russia-sectors", IDS, FALLBACK);
    expect(r.state.proposal).toBeUndefined();
    expect(r.problems).toHaveLength(2);
  });
  it("decodes percent-encoded values", () => {
    expect(parseUrlState("?proposal=russia%2Dsectors", IDS, FALLBACK).state.proposal).toBe("russia-sectors");
  });
});

describe("serialiseUrlState", () => {
  it('writes "?proposal=<id>"', () => expect(serialiseUrlState({ proposal: "russia-sectors" })).toBe("?proposal=russia-sectors"));
  for (const id of IDS) {
    it(`round-trips ${id} through parseUrlState`, () => {
      expect(parseUrlState(serialiseUrlState({ proposal: id }), IDS, FALLBACK)).toEqual({ state: { proposal: id }, problems: [] });
    });
  }
  it("encodes characters that need it, and still round-trips", () => {
    const odd = "a b&c=d";
    const s = serialiseUrlState({ proposal: odd });
    expect(s).not.toContain(" ");
    expect(parseUrlState(s, [odd], FALLBACK)).toEqual({ state: { proposal: odd }, problems: [] });
  });
});

describe("the at parameter (camera: lon,lat,distance)", () => {
  it('"?proposal=russia-sectors&at=30,50,2.5" sets both', () => {
    expect(parseUrlState("?proposal=russia-sectors&at=30,50,2.5", IDS, FALLBACK)).toEqual({
      state: { proposal: "russia-sectors", at: { lon: 30, lat: 50, distance: 2.5 } },
      problems: [],
    });
  });
  it("accepts negative and decimal coordinates", () => {
    expect(parseAt("-122.42,37.77,3")).toEqual({ lon: -122.42, lat: 37.77, distance: 3 });
  });
  it("rejects malformed values", () => {
    for (const bad of ["", "30,50", "30,50,2.5,1", "a,b,c", "30,,2.5", "30,50,", "NaN,0,2", "Infinity,0,2"]) expect(parseAt(bad), bad).toBeNull();
  });
  it("rejects a point off the globe or a distance outside the camera's limits", () => {
    for (const bad of ["181,0,2.5", "-181,0,2.5", "0,91,2.5", "0,-91,2.5", "0,0,0.5", "0,0,100"]) expect(parseAt(bad), bad).toBeNull();
  });
  it("a malformed at gives one problem quoting it, while the proposal still applies", () => {
    const r = parseUrlState("?at=east&proposal=russia-sectors", IDS, FALLBACK);
    expect(r.state).toEqual({ proposal: "russia-sectors" });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('at="east"');
  });
  it("a valid at applies even when the proposal is unknown", () => {
    const r = parseUrlState("?proposal=nope&at=10,20,3", IDS, FALLBACK);
    expect(r.state).toEqual({ at: { lon: 10, lat: 20, distance: 3 } });
    expect(r.problems).toHaveLength(1);
  });
  it("serialises at as lon,lat,distance rounded to two decimals", () => {
    const s = serialiseUrlState({ proposal: "russia-sectors", at: { lon: 22.123456, lat: -50.005001, distance: 2.7 } });
    expect(new URLSearchParams(s).get("at")).toBe("22.12,-50.01,2.7");
  });
  for (const id of IDS) {
    it(`round-trips ${id} with a camera through parseUrlState`, () => {
      const state = { proposal: id, at: { lon: -73.5, lat: 40.25, distance: 2.75 } };
      expect(parseUrlState(serialiseUrlState(state), IDS, FALLBACK)).toEqual({ state, problems: [] });
    });
  }
  it("round-trips a camera at the edges of its range", () => {
    for (const distance of DISTANCE_RANGE) {
      const state = { proposal: IDS[0]!, at: { lon: 180, lat: -90, distance } };
      expect(parseUrlState(serialiseUrlState(state), IDS, FALLBACK)).toEqual({ state, problems: [] });
    }
  });
  it("leaves at out of the query string when there is none", () => {
    expect(serialiseUrlState({ proposal: "russia-sectors" })).not.toContain("at=");
  });
});
