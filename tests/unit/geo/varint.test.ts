import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteReader, ByteWriter } from "../../../src/geo/varint";

const SEED = 20110503;

/** Writes the numbers with `int`, returns the bytes. */
function ints(values: readonly number[]): Uint8Array {
  const w = new ByteWriter();
  for (const v of values) w.int(v);
  return w.finish();
}

/** Writes the numbers with `uint`, returns the bytes. */
function uints(values: readonly number[]): Uint8Array {
  const w = new ByteWriter();
  for (const v of values) w.uint(v);
  return w.finish();
}

function readInts(bytes: Uint8Array, count: number): number[] {
  const r = new ByteReader(bytes);
  return Array.from({ length: count }, () => r.int());
}

describe("ByteWriter.int / ByteReader.int (zigzag LEB128)", () => {
  const edges = [0, 1, -1, 63, -63, 64, -64, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, -(2 ** 31) + 1, 2 ** 50, -(2 ** 50)];

  for (const v of edges) {
    it(`reads back ${v} as written`, () => {
      const r = new ByteReader(ints([v]));
      expect(r.int()).toBe(v);
      expect(r.done).toBe(true);
    });
  }

  it("reads back a run of numbers in order, ending exactly at the last byte", () => {
    const bytes = ints(edges);
    const r = new ByteReader(bytes);
    for (const v of edges) expect(r.int()).toBe(v);
    expect(r.done).toBe(true);
    expect(r.offset).toBe(bytes.length);
  });

  it("writes numbers from -64 to 63 in one byte each, and ±64 (zigzag 127, 128) in one and two", () => {
    for (let v = -64; v <= 63; v++) expect(ints([v]).length, `${v}`).toBe(1);
    expect(ints([-64]).length).toBe(1);
    expect(ints([64]).length).toBe(2);
    expect(ints([-65]).length).toBe(2);
  });

  it("zigzags: 0, -1, 1, -2, 2 are written as the bytes 0, 1, 2, 3, 4", () => {
    expect([...ints([0, -1, 1, -2, 2])]).toEqual([0, 1, 2, 3, 4]);
  });

  it("reads back any integer of magnitude up to 2^50 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), { maxLength: 40 }), (values) => {
        expect(readInts(ints(values), values.length)).toEqual(values);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("rejects a number that is not an integer (1.5 would otherwise read back as -2)", () => {
    expect(() => new ByteWriter().int(1.5)).toThrow(/not .*integer/);
  });
});

describe("ByteWriter.uint / ByteReader.uint", () => {
  it("reads back 0, 127, 128, 2^31, 2^50 and 2^53 - 1", () => {
    const values = [0, 127, 128, 2 ** 31, 2 ** 50, Number.MAX_SAFE_INTEGER];
    const r = new ByteReader(uints(values));
    for (const v of values) expect(r.uint()).toBe(v);
    expect(r.done).toBe(true);
  });

  it("writes 0..127 in one byte and 128 in two (little-endian groups of seven bits)", () => {
    expect([...uints([0])]).toEqual([0]);
    expect([...uints([127])]).toEqual([127]);
    expect([...uints([128])]).toEqual([0x80, 0x01]);
    expect([...uints([300])]).toEqual([0xac, 0x02]);
  });

  for (const bad of [-1, 1.5, Number.NaN, Infinity, 2 ** 53]) {
    it(`rejects ${bad}, naming the value`, () => {
      expect(() => new ByteWriter().uint(bad)).toThrow(`varint: not a non-negative integer: ${bad}`);
    });
  }

  it("grows its buffer past the initial 64 KiB", () => {
    const values = Array.from({ length: 40_000 }, (_, i) => i * 1000);
    const bytes = uints(values);
    expect(bytes.length).toBeGreaterThan(1 << 16);
    const r = new ByteReader(bytes);
    expect(values.map(() => r.uint())).toEqual(values);
  });
});

describe("ByteReader on damaged data", () => {
  it("throws a clear message when the data ends in the middle of a number", () => {
    const bytes = uints([300]).subarray(0, 1);
    expect(() => new ByteReader(bytes).uint()).toThrow("varint: data ends in the middle of a number");
  });

  it("throws when there is no number left to read", () => {
    const r = new ByteReader(uints([5]));
    r.uint();
    expect(r.done).toBe(true);
    expect(() => r.uint()).toThrow(/data ends/);
    expect(() => r.int()).toThrow(/data ends/);
  });

  it("throws on a number longer than nine bytes instead of reading garbage", () => {
    expect(() => new ByteReader(new Uint8Array(12).fill(0x80)).uint()).toThrow("varint: number too long");
  });

  it("bytes(n) returns the next n bytes and throws when fewer remain", () => {
    const w = new ByteWriter();
    w.bytes(new Uint8Array([9, 8, 7]));
    w.uint(1);
    const r = new ByteReader(w.finish());
    expect([...r.bytes(3)]).toEqual([9, 8, 7]);
    expect(r.uint()).toBe(1);
    expect(() => new ByteReader(new Uint8Array(2)).bytes(3)).toThrow("varint: data ends early");
  });

  it("starts reading at the given offset", () => {
    const r = new ByteReader(uints([1, 2, 3]), 1);
    expect(r.uint()).toBe(2);
  });
});
