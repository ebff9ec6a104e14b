import { inflateSync } from "node:zlib";

/**
 * The TrueType/OpenType font inside a WOFF 1.0 file (W3C, "WOFF File Format 1.0", 2012): its tables, each
 * inflated where it was compressed, laid out again as a plain sfnt (table directory, then the tables, 4-byte
 * aligned). The rasteriser reads fonts in that form; the app ships its fonts as WOFF.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || src.getUint32(0) !== 0x774f4646) throw new Error("not a WOFF 1.0 file (no 'wOFF' signature)");
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((d) => src.getUint32(at + d)) as [number, number, number, number, number];
    if (offset + compLength > woff.byteLength) throw new Error(`WOFF table ${i} runs past the end of the file`);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== origLength) throw new Error(`WOFF table ${i} inflates to ${data.byteLength} bytes, not ${origLength}`);
    tables.push({ tag, checksum, data });
  }
  const pad = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const total = tables.reduce((sum, t) => sum + pad(t.data.byteLength), headerLength);
  const out = new Uint8Array(total);
  const dst = new DataView(out.buffer);
  // The offset table: the search fields follow from the number of tables (OpenType spec, "Table Directory").
  const power = 2 ** Math.floor(Math.log2(Math.max(1, numTables)));
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, power * 16);
  dst.setUint16(8, Math.log2(power));
  dst.setUint16(10, numTables * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offset);
    dst.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += pad(t.data.byteLength);
  });
  return out;
}
