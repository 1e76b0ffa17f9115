/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, text and byte strings,
 * arrays, maps (read only) and the simple values, all of definite length — what Rust's minicbor writes for Pagefind's
 * structs. Hand-written rather than a dependency because it is this small and the one CBOR package that fits pulls in
 * a native add-on with per-platform binaries; tests check that re-encoding Pagefind's own files gives their bytes back.
 */

export type CborValue = number | string | Uint8Array | boolean | null | undefined | RawCbor | CborValue[] | { [key: string]: CborValue };

/**
 * One CBOR item kept as its bytes: read without building it, written back as it was. Kept as a range of the bytes it
 * was read from, not as a view of them: the Pagefind merge keeps one per page of every word, and a typed-array view
 * each was most of what the merge allocated.
 */
export class RawCbor {
  readonly source: Uint8Array;
  readonly start: number;
  readonly end: number;
  constructor(source: Uint8Array, start = 0, end = source.length) {
    this.source = source;
    this.start = start;
    this.end = end;
  }
  get bytes(): Uint8Array {
    return this.source.subarray(this.start, this.end);
  }
  /**
   * The number of items of the array these bytes hold. Read from the head's first bytes where the length is short (the
   * merge asks it of every page of every word): a reader, with its DataView, only for the rest (and for errors).
   */
  get arrayLength(): number {
    const b = this.source;
    const i = this.start;
    const head = i < this.end ? b[i] : -1;
    if (head >= 0x80 && head < 0x98) return head - 0x80;
    if (head === 0x98 && this.end - i >= 2) return b[i + 1];
    if (head === 0x99 && this.end - i >= 3) return (b[i + 1] << 8) | b[i + 2];
    return new CborReader(this.bytes).arrayLength();
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/**
 * Reads CBOR item by item, for decoders that know the structure they read and keep parts of it as raw bytes (the
 * Pagefind merge keeps word locations so: building millions of small arrays only to write them back cost most of it).
 */
export class CborReader {
  at = 0;
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private length(info: number): number {
    if (info < 24) return info;
    if (info === 24) return this.view.getUint8(this.at++);
    if (info === 25) return (this.at += 2), this.view.getUint16(this.at - 2);
    if (info === 26) return (this.at += 4), this.view.getUint32(this.at - 4);
    if (info === 27) {
      const n = this.view.getBigUint64(this.at);
      this.at += 8;
      if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR integer ${n} is too large`);
      return Number(n);
    }
    throw new Error(`CBOR: indefinite or reserved length (info ${info}) at byte ${this.at - 1}`);
  }
  private head(): number {
    if (this.at >= this.bytes.length) throw new Error('CBOR: unexpected end of data');
    return this.bytes[this.at++];
  }
  /** The length of the array that starts here. */
  arrayLength(): number {
    const head = this.head();
    if (head >> 5 !== 4) throw new Error(`CBOR: an array expected at byte ${this.at - 1}`);
    return this.length(head & 31);
  }
  /** An integer. */
  integer(): number {
    const head = this.head();
    const major = head >> 5;
    if (major === 0) return this.length(head & 31);
    if (major === 1) return -1 - this.length(head & 31);
    throw new Error(`CBOR: an integer expected at byte ${this.at - 1}`);
  }
  /** A text string. */
  text(): string {
    const head = this.head();
    if (head >> 5 !== 3) throw new Error(`CBOR: a text string expected at byte ${this.at - 1}`);
    const n = this.length(head & 31);
    this.at += n;
    return utf8.decode(this.bytes.subarray(this.at - n, this.at));
  }
  /** The next item as its own bytes, unread. */
  raw(): RawCbor {
    const start = this.at;
    this.skip();
    return new RawCbor(this.bytes, start, this.at);
  }
  private skip(): void {
    const head = this.head();
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info < 24) return;
      if (info >= 24 && info <= 27) return void (this.at += [1, 2, 4, 8][info - 24]);
      throw new Error(`CBOR: simple value ${info} at byte ${this.at - 1}`);
    }
    if (major === 6) throw new Error(`CBOR: major type 6 (tags) is not used by Pagefind, at byte ${this.at - 1}`);
    const n = this.length(info);
    if (major === 2 || major === 3) this.at += n;
    else if (major === 4) for (let i = 0; i < n; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * n; i++) this.skip();
  }
  /** The next item, built. */
  item(): CborValue {
    const head = this.head();
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return this.length(info);
      case 1:
        return -1 - this.length(info);
      case 2: {
        const n = this.length(info);
        this.at += n;
        return this.bytes.subarray(this.at - n, this.at);
      }
      case 3: {
        const n = this.length(info);
        this.at += n;
        return utf8.decode(this.bytes.subarray(this.at - n, this.at));
      }
      case 4: {
        const n = this.length(info);
        const out = new Array<CborValue>(n);
        for (let i = 0; i < n; i++) out[i] = this.item();
        return out;
      }
      case 5: {
        const n = this.length(info);
        const out: { [key: string]: CborValue } = {};
        for (let i = 0; i < n; i++) out[String(this.item())] = this.item();
        return out;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        if (info === 26) return (this.at += 4), this.view.getFloat32(this.at - 4);
        if (info === 27) return (this.at += 8), this.view.getFloat64(this.at - 8);
        throw new Error(`CBOR: simple value ${info} at byte ${this.at - 1}`);
      default:
        throw new Error(`CBOR: major type ${major} (tags) is not used by Pagefind, at byte ${this.at - 1}`);
    }
  }
  /** Nothing may follow the value. */
  end(): void {
    if (this.at !== this.bytes.length) throw new Error(`CBOR: ${this.bytes.length - this.at} bytes after the value`);
  }
}

export function decodeCbor(bytes: Uint8Array): CborValue {
  const reader = new CborReader(bytes);
  const value = reader.item();
  reader.end();
  return value;
}

/** Encodes integers, strings, byte strings, arrays, booleans and null, each in its shortest form (as minicbor does). */
export function encodeCbor(value: CborValue): Uint8Array {
  let buf = new Uint8Array(1 << 16);
  let at = 0;
  function room(n: number) {
    if (at + n <= buf.length) return;
    let size = buf.length * 2;
    while (size < at + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(buf.subarray(0, at));
    buf = next;
  }
  function head(major: number, n: number) {
    room(9);
    const m = major << 5;
    if (n < 24) buf[at++] = m | n;
    else if (n < 0x100) (buf[at++] = m | 24), (buf[at++] = n);
    else if (n < 0x10000) (buf[at++] = m | 25), (buf[at++] = n >> 8), (buf[at++] = n & 0xff);
    else if (n < 0x100000000) {
      buf[at++] = m | 26;
      new DataView(buf.buffer).setUint32(at, n);
      at += 4;
    } else {
      buf[at++] = m | 27;
      new DataView(buf.buffer).setBigUint64(at, BigInt(n));
      at += 8;
    }
  }
  function item(v: CborValue) {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`CBOR: only integers are written, not ${v}`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = utf8Encoder.encode(v);
      head(3, b.length);
      room(b.length);
      buf.set(b, at);
      at += b.length;
    } else if (v instanceof RawCbor) {
      const { source, start, end } = v;
      room(end - start);
      // A short item (most are a few bytes) copied byte by byte: a view to copy it from would cost more than the copy.
      if (end - start <= 32) {
        const into = buf;
        for (let i = start, j = at; i < end; i++, j++) into[j] = source[i];
      } else buf.set(source.subarray(start, end), at);
      at += end - start;
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      room(v.length);
      buf.set(v, at);
      at += v.length;
    } else if (Array.isArray(v)) {
      head(4, v.length);
      for (const x of v) item(x);
    } else if (v === false || v === true || v === null) {
      room(1);
      buf[at++] = 0xe0 | (v === false ? 20 : v === true ? 21 : 22);
    } else {
      throw new Error(`CBOR: cannot write ${typeof v}`);
    }
  }
  item(value);
  return buf.slice(0, at);
}
