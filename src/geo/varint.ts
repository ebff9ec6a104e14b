/**
 * Zigzag LEB128 variable-length integers: small numbers take one byte, so deltas of nearby quantised
 * coordinates pack tightly (and compress well with gzip). Safe for integers up to 2^50 in magnitude.
 */
export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** A non-negative integer. */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint: not a non-negative integer: ${value}`);
    this.reserve(8);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }

  /** Any integer (zigzag: 0, -1, 1, -2, … become 0, 1, 2, 3, …). */
  int(value: number): void {
    if (!Number.isSafeInteger(value)) throw new Error(`varint: not an integer: ${value}`);
    this.uint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class ByteReader {
  offset: number;

  constructor(
    private readonly buf: Uint8Array,
    offset = 0,
  ) {
    this.offset = offset;
  }

  /** Bytes not read yet. */
  get remaining(): number {
    return this.buf.length - this.offset;
  }

  get done(): boolean {
    return this.offset >= this.buf.length;
  }

  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.buf.length) throw new Error("varint: data ends in the middle of a number");
      const b = this.buf[this.offset++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 56) throw new Error("varint: number too long");
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  bytes(n: number): Uint8Array {
    if (this.offset + n > this.buf.length) throw new Error("varint: data ends early");
    const out = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
}
