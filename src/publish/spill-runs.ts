/**
 * Run files of postings spilled to disk, grouped by bucket: what the offline search index (lines of text) and the term
 * index (numeric records) write while they read the reports (a bounded batch at a time), then read back one shard's
 * buckets (or one range of buckets) of every run at a time, so that neither holds the corpus's postings at once.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

export interface Run {
  path: string;
  /** Where each bucket starts in the file, and where it ends. */
  starts: Float64Array;
  ends: Float64Array;
}

/** Bytes gathered before they are written: a run is written in a few large writes, not one per bucket. */
const WRITE_BYTES = 1 << 20;

/** `b` with its `bits` low bits in reverse order. */
function reversed(b: number, bits: number): number {
  let r = 0;
  for (let i = 0; i < bits; i++) r = (r << 1) | ((b >>> i) & 1);
  return r;
}

/**
 * Writes `buckets` (lines, each ending in \n; a power of two of them) to a run file, emptying them as it goes. The
 * buckets are laid out in the order of their numbers' bits reversed, so that the buckets of any one shard — those whose
 * numbers leave the same remainder by a power of two, readShard — lie side by side, one read apart.
 */
export function writeRun(path: string, buckets: string[][]): Run {
  const count = buckets.length;
  const bits = Math.log2(count);
  if (!Number.isInteger(bits)) throw new Error(`spill runs: ${count} buckets, not a power of two`);
  const fd = openSync(path, 'w');
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let at = 0;
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    for (let w = 0; w < chunk.length; ) w += writeSync(fd, chunk, w, chunk.length - w, at - pendingBytes + w);
    pending.length = 0;
    pendingBytes = 0;
  };
  try {
    for (let k = 0; k < count; k++) {
      const b = reversed(k, bits);
      starts[b] = at;
      if (buckets[b].length) {
        const chunk = Buffer.from(buckets[b].join(''), 'utf8');
        buckets[b] = [];
        pending.push(chunk);
        pendingBytes += chunk.length;
        at += chunk.length;
        if (pendingBytes >= WRITE_BYTES) flush();
      }
      ends[b] = at;
    }
    if (pendingBytes) flush();
  } finally {
    closeSync(fd);
  }
  return { path, starts, ends };
}

/** The buckets of one shard of a run (opened as `fd`), read at once: `bucket(b)` gives the lines of bucket b, without empty ones. */
export interface RunShard {
  bucket(b: number): string[];
}
/** Shard `j` of `shards` (a power of two, at most the run's buckets) of a run: its buckets j, j + shards, … read in one piece. */
export function readShard(fd: number, run: Run, j: number, shards: number): RunShard {
  let from = Infinity;
  let to = 0;
  for (let b = j; b < run.starts.length; b += shards) {
    from = Math.min(from, run.starts[b]);
    to = Math.max(to, run.ends[b]);
  }
  const length = Math.max(0, to - from);
  const buf = Buffer.allocUnsafe(length);
  for (let got = 0; got < length; ) got += readSync(fd, buf, got, length - got, from + got);
  return {
    bucket: (b) => (run.ends[b] > run.starts[b] ? buf.toString('utf8', run.starts[b] - from, run.ends[b] - from).split('\n').filter(Boolean) : []),
  };
}

/**
 * A run of fixed-size numeric records (`fields` 32-bit numbers each) grouped by bucket: what the term index spills, its
 * keys already numbers, so that neither writing nor reading a run makes a string. `starts[b]` is the first record of
 * bucket b (in records, not bytes), `starts[buckets]` the record count.
 */
export interface RecordRun {
  path: string;
  fields: number;
  starts: Uint32Array;
}

/**
 * Writes `count` records of `data` (record i at fields·i…, its bucket `bucketOf[i]`) to a run file in bucket order,
 * keeping their order within a bucket (a counting sort), so that a bucket's records read back in the order they came.
 */
export function writeRecordRun(path: string, data: Uint32Array, bucketOf: Uint16Array | Uint32Array, count: number, fields: number, buckets: number): RecordRun {
  const starts = new Uint32Array(buckets + 1);
  for (let i = 0; i < count; i++) starts[bucketOf[i] + 1]++;
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  const next = starts.slice(0, buckets);
  const sorted = new Uint32Array(count * fields);
  for (let i = 0; i < count; i++) {
    const to = next[bucketOf[i]]++ * fields;
    for (let f = 0; f < fields; f++) sorted[to + f] = data[i * fields + f];
  }
  const fd = openSync(path, 'w');
  try {
    const bytes = new Uint8Array(sorted.buffer);
    for (let w = 0; w < bytes.length; ) w += writeSync(fd, bytes, w, bytes.length - w, w);
  } finally {
    closeSync(fd);
  }
  return { path, fields, starts };
}

/** The records of buckets [from, to) of a run (opened as `fd`), in file order. */
export function readRecords(fd: number, run: RecordRun, from: number, to: number): Uint32Array {
  const first = run.starts[from];
  const out = new Uint32Array((run.starts[to] - first) * run.fields);
  const bytes = new Uint8Array(out.buffer);
  const at = first * run.fields * 4;
  for (let got = 0; got < bytes.length; ) got += readSync(fd, bytes, got, bytes.length - got, at + got);
  return out;
}
