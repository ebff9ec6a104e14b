import type { PackedArea } from "./packedArea";
import { ByteReader, ByteWriter } from "./varint";

/** The globe's prepared geometry as one binary file: a JSON header, then land and sea areas. */
export interface PackedGeography<Header> {
  header: Header;
  /** Grid steps per degree of the integer coordinates. */
  quantum: number;
  land: PackedArea[];
  seas: PackedArea[];
}

const MAGIC = "GLOBE-GEOGRAPHY-1";

// Areas are written as three runs (sizes, then every coordinate, then every index) so that like numbers sit
// together, which compresses better than area by area.
function writeAreas(w: ByteWriter, areas: readonly PackedArea[]): void {
  w.uint(areas.length);
  for (const a of areas) {
    w.uint(a.index);
    w.uint(a.coords.length / 2);
    w.uint(a.indices.length);
  }
  for (const a of areas) {
    let x = 0;
    let y = 0;
    for (let i = 0; i < a.coords.length; i += 2) {
      w.int(a.coords[i]! - x);
      w.int(a.coords[i + 1]! - y);
      x = a.coords[i]!;
      y = a.coords[i + 1]!;
    }
  }
  // Vertices are numbered by first use: each index is written as its distance below the next new number.
  for (const a of areas) {
    let next = 0;
    for (let i = 0; i < a.indices.length; i++) {
      const v = a.indices[i]!;
      if (v > next) throw new Error(`area ${a.index}: vertex ${v} used before vertex ${next}`);
      w.uint(next - v);
      if (v === next) next++;
    }
  }
}

function readAreas(r: ByteReader): PackedArea[] {
  const count = r.uint();
  if (count * 3 > r.remaining) throw new Error(`globe geography file: data ends early (it claims ${count} areas but has only ${r.remaining} bytes left)`);
  const areas: PackedArea[] = [];
  let needed = 0;
  for (let k = 0; k < count; k++) {
    const index = r.uint();
    const n = r.uint();
    const m = r.uint();
    if (m % 3 !== 0) throw new Error(`area ${index}: ${m} indices is not a whole number of triangles`);
    // Each vertex takes at least two bytes and each index one: check before allocating anything.
    needed += n * 2 + m;
    if (needed > r.remaining) throw new Error(`area ${index}: data ends early (it claims ${n} vertices and ${m} indices, more than the file holds)`);
    areas.push({ index, coords: new Int32Array(n * 2), indices: new Uint32Array(m) });
  }
  for (const a of areas) {
    let x = 0;
    let y = 0;
    for (let i = 0; i < a.coords.length; i += 2) {
      x += r.int();
      y += r.int();
      a.coords[i] = x;
      a.coords[i + 1] = y;
    }
  }
  for (const a of areas) {
    const n = a.coords.length / 2;
    let next = 0;
    for (let i = 0; i < a.indices.length; i++) {
      const v = next - r.uint();
      if (v < 0 || v >= n) throw new Error(`area ${a.index}: vertex number ${v} out of range (0–${n - 1})`);
      a.indices[i] = v;
      if (v === next) next++;
    }
  }
  return areas;
}

export function encodeGeography<H>(g: PackedGeography<H>): Uint8Array {
  const w = new ByteWriter();
  const magic = new TextEncoder().encode(MAGIC);
  w.bytes(magic);
  const header = new TextEncoder().encode(JSON.stringify(g.header));
  w.uint(header.length);
  w.bytes(header);
  w.uint(g.quantum);
  writeAreas(w, g.land);
  writeAreas(w, g.seas);
  return w.finish();
}

/** Reads a file written by encodeGeography; throws an Error that says what is wrong with a bad file. */
export function decodeGeography<H>(bytes: Uint8Array): PackedGeography<H> {
  const r = new ByteReader(bytes);
  const magic = new TextDecoder().decode(r.bytes(MAGIC.length));
  if (magic !== MAGIC) throw new Error("not a globe geography file (wrong signature)");
  let header: H;
  try {
    header = JSON.parse(new TextDecoder().decode(r.bytes(r.uint()))) as H;
  } catch (e) {
    throw new Error(`globe geography file: its header is damaged (${e instanceof Error ? e.message : String(e)})`);
  }
  const quantum = r.uint();
  if (quantum < 1) throw new Error("globe geography file: quantum must be at least 1");
  const land = readAreas(r);
  const seas = readAreas(r);
  if (!r.done) throw new Error("globe geography file: unexpected bytes after the sea areas");
  return { header, quantum, land, seas };
}
