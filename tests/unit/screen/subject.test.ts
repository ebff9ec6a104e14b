import { describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import type { FillGeometry } from "../../../src/geo/expandFill";
import { lonLatToXyz } from "../../../src/geo/lonLatToXyz";
import { FADED, FULL } from "../../../src/model/emphasis";
import { windowSubject } from "../../../src/screen/framing";
import { subjectFor } from "../../../src/screen/subject";

/** A geography of a few land vertices, each its own area: [lon, lat] per area. */
function geographyOf(land: [number, number][], seas: [number, number][] = []): Geography {
  const fill = (points: [number, number][], first: number): FillGeometry => ({
    positions: Float32Array.from(points.flatMap(([lon, lat]) => lonLatToXyz(lon, lat))),
    area: Float32Array.from(points.map((_, i) => first + i)),
    indices: new Uint32Array(0),
    lonLat: Float32Array.from(points.flat()),
  });
  return { land: fill(land, 0), seas: fill(seas, land.length) } as unknown as Geography;
}

const angle = (a: { lon: number; lat: number }, lon: number, lat: number) => {
  const [x, y, z] = lonLatToXyz(a.lon, a.lat);
  const [u, v, w] = lonLatToXyz(lon, lat);
  return (Math.acos(Math.min(1, x * u + y * v + z * w)) * 180) / Math.PI;
};

describe("subject: what a view's cameras frame", () => {
  const at = { lon: 30, lat: 50, distance: 2.2 };
  const geography = geographyOf([[30, 70], [31, 44], [20, 57], [140, 60]], [[35, 72]]);

  it("is the written camera's window when nothing stands out", () => {
    expect(subjectFor(at, [null], geography)).toEqual(windowSubject(at));
  });

  it("is the cap around the areas in full colour that lie within reach, ignoring those far away", () => {
    // Areas 0 and 1 (the far north and the south of the window) and the sea (area 4) in full; area 3 (Siberia's far east) too.
    const emphasis = Uint8Array.from([FULL, FULL, FADED, FULL, FULL]);
    const s = subjectFor(at, [emphasis], geography);
    for (const [lon, lat] of [[30, 70], [31, 44], [35, 72]] as const) expect(angle(s, lon, lat)).toBeLessThanOrEqual(s.radius);
    expect(angle(s, 140, 60)).toBeGreaterThan(s.radius);
    // The far north pulls the centre north of the written camera.
    expect(s.lat).toBeGreaterThan(at.lat);
  });

  it("joins what stands out in every globe of the view, and frames a small area with its surroundings", () => {
    const a = Uint8Array.from([FADED, FULL, FADED, FADED, FADED]);
    const b = Uint8Array.from([FADED, FADED, FULL, FADED, FADED]);
    const both = subjectFor(at, [a, b], geography);
    expect(angle(both, 31, 44)).toBeLessThanOrEqual(both.radius);
    expect(angle(both, 20, 57)).toBeLessThanOrEqual(both.radius);
    expect(subjectFor(at, [a], geography).radius).toBe(8);
  });
});
