/**
 * A file written once, in order, and read back piece by piece: what a large ingest would otherwise hold in memory for
 * every report until the steps over all reports (the rows of targets.json in the reports' final order, each report's
 * line of the build log, what the outcomes pair) waits here, and memory holds where each piece is (two numbers).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/** Where a piece stands in its spool: byte offset and length. */
export type Piece = readonly [at: number, bytes: number];

/** Bytes gathered before they are written: few system calls, and a batch that does not matter beside the rest. */
const BATCH_BYTES = 1 << 20;

export class Spool {
  private fd: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w+');
  }
  /** Appends bytes, or a string as UTF-8; gives back where they stand. */
  append(data: Uint8Array | string): Piece {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const at = this.written + this.pendingBytes;
    this.pending.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.pendingBytes += bytes.byteLength;
    if (this.pendingBytes >= BATCH_BYTES) this.flush();
    return [at, bytes.byteLength];
  }
  /** Appends any value structured clone can carry (NaN, undefined, -0 kept as they are, unlike JSON). */
  appendValue(value: unknown): Piece {
    return this.append(serialize(value));
  }
  private flush(): void {
    if (!this.pendingBytes) return;
    const all = Buffer.concat(this.pending, this.pendingBytes);
    for (let at = 0; at < all.length; ) at += writeSync(this.fd, all, at, all.length - at, this.written + at);
    this.written += all.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
  read([at, bytes]: Piece): Buffer {
    if (at + bytes > this.written) this.flush();
    const out = Buffer.allocUnsafe(bytes);
    for (let got = 0; got < bytes; ) {
      const n = readSync(this.fd, out, got, bytes - got, at + got);
      if (n === 0) throw new Error('spool: read past the end');
      got += n;
    }
    return out;
  }
  readText(piece: Piece): string {
    return this.read(piece).toString('utf8');
  }
  readValue<T>(piece: Piece): T {
    return deserialize(this.read(piece)) as T;
  }
  close(): void {
    closeSync(this.fd);
  }
}
