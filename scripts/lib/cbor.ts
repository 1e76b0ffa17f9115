/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, text and byte strings,
 * arrays, maps (read only) and the simple values, all of definite length — what Rust's minicbor writes for Pagefind's
 * structs. Hand-written rather than a dependency because it is this small and the one CBOR package that fits pulls in
 * a native add-on with per-platform binaries; tests check that re-encoding Pagefind's own files gives their bytes back.
 */

export type CborValue = number | string | Uint8Array | boolean | null | undefined | CborValue[] | { [key: string]: CborValue };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  function length(info: number): number {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(at++);
    if (info === 25) return (at += 2), view.getUint16(at - 2);
    if (info === 26) return (at += 4), view.getUint32(at - 4);
    if (info === 27) {
      const n = view.getBigUint64(at);
      at += 8;
      if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR integer ${n} is too large`);
      return Number(n);
    }
    throw new Error(`CBOR: indefinite or reserved length (info ${info}) at byte ${at - 1}`);
  }
  function item(): CborValue {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const head = bytes[at++];
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2: {
        const n = length(info);
        at += n;
        return bytes.subarray(at - n, at);
      }
      case 3: {
        const n = length(info);
        at += n;
        return utf8.decode(bytes.subarray(at - n, at));
      }
      case 4: {
        const n = length(info);
        const out = new Array<CborValue>(n);
        for (let i = 0; i < n; i++) out[i] = item();
        return out;
      }
      case 5: {
        const n = length(info);
        const out: { [key: string]: CborValue } = {};
        for (let i = 0; i < n; i++) out[String(item())] = item();
        return out;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        if (info === 26) return (at += 4), view.getFloat32(at - 4);
        if (info === 27) return (at += 8), view.getFloat64(at - 8);
        return unsupported(info);
      default:
        throw new Error(`CBOR: major type ${major} (tags) is not used by Pagefind, at byte ${at - 1}`);
    }
  }
  function unsupported(info: number): never {
    throw new Error(`CBOR: simple value ${info} at byte ${at - 1}`);
  }
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the value`);
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
