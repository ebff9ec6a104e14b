import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "../../../src/publish/woffToSfnt";

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve("@fontsource/ibm-plex-sans/package.json")), "files");

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words, zero-padded (OpenType spec, "Calculating Checksums"). */
function checksum(data: Uint8Array, zeroAt?: number): number {
  const padded = new Uint8Array((data.byteLength + 3) & ~3);
  padded.set(data);
  if (zeroAt !== undefined) padded.fill(0, zeroAt, zeroAt + 4);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe("woffToSfnt", () => {
  it("gives back every table of the app's WOFF fonts, each matching the checksum the WOFF file records for it", () => {
    for (const name of ["ibm-plex-sans-latin-400-normal.woff", "ibm-plex-sans-cyrillic-600-normal.woff"]) {
      const sfnt = woffToSfnt(readFileSync(join(files, name)));
      const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
      expect([0x00010000, 0x4f54544f]).toContain(view.getUint32(0));
      const tables = view.getUint16(4);
      expect(tables).toBeGreaterThan(8);
      const tags: string[] = [];
      for (let i = 0; i < tables; i++) {
        const at = 12 + i * 16;
        const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
        tags.push(tag);
        const [recorded, offset, length] = [view.getUint32(at + 4), view.getUint32(at + 8), view.getUint32(at + 12)];
        expect(offset % 4, tag).toBe(0);
        // head's checksum is taken with its checkSumAdjustment (bytes 8-11) as zero.
        expect(checksum(sfnt.subarray(offset, offset + length), tag === "head" ? 8 : undefined), `${name} ${tag}`).toBe(recorded);
      }
      for (const needed of ["cmap", "glyf", "head", "hmtx", "name"]) expect(tags).toContain(needed);
    }
  });

  it("refuses what is not WOFF 1.0", () => {
    expect(() => woffToSfnt(new Uint8Array(60))).toThrow(/wOFF/);
    const woff2 = readFileSync(join(files, "ibm-plex-sans-latin-400-normal.woff2"));
    expect(() => woffToSfnt(woff2)).toThrow(/wOFF/);
  });
});
