/**
 * Run files of postings spilled to disk, grouped by bucket: what the offline search index and the term index write
 * while they read the reports (a bounded batch at a time), as fixed-size numeric records — no string per posting,
 * neither written nor read — then read back one range of buckets of every run at a time (one shard's), so that neither
 * holds the corpus's postings at once.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * A run of fixed-size numeric records (`fields` 32-bit numbers each) grouped by bucket: what the indexes spill, their
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

/**
 * Records of `fields` numbers each (2 to 4), gathered in memory with their buckets and spilled to a run file
 * (`<prefix>-<n>`, writeRecordRun) when `capacity` are held, or when the caller calls spill().
 */
export class RecordSpill {
  runs: RecordRun[] = [];
  /** Records added in all. */
  total = 0;
  private data: Uint32Array;
  private bucketOf: Uint16Array;
  private count = 0;
  private prefix: string;
  readonly fields: number;
  private buckets: number;
  private capacity: number;
  constructor(prefix: string, fields: number, buckets: number, capacity = Infinity) {
    if (fields < 2 || fields > 4 || buckets > 0x10000) throw new Error(`spill runs: ${fields} fields of ${buckets} buckets`);
    this.prefix = prefix;
    this.fields = fields;
    this.buckets = buckets;
    this.capacity = Math.max(1, capacity);
    const initial = Math.min(this.capacity, 1 << 14);
    this.data = new Uint32Array(initial * fields);
    this.bucketOf = new Uint16Array(initial);
  }
  /** Records held, not yet spilled. */
  get held() {
    return this.count;
  }
  add(bucket: number, a: number, b: number, c = 0, d = 0) {
    if (this.count === this.bucketOf.length) {
      if (this.count >= this.capacity) this.spill();
      else {
        const size = Math.min(this.capacity, this.count * 2);
        const data = new Uint32Array(size * this.fields);
        data.set(this.data);
        const bucketOf = new Uint16Array(size);
        bucketOf.set(this.bucketOf);
        this.data = data;
        this.bucketOf = bucketOf;
      }
    }
    const at = this.count * this.fields;
    this.data[at] = a;
    this.data[at + 1] = b;
    if (this.fields > 2) this.data[at + 2] = c;
    if (this.fields > 3) this.data[at + 3] = d;
    this.bucketOf[this.count++] = bucket;
    this.total++;
  }
  spill() {
    if (!this.count) return;
    this.runs.push(writeRecordRun(`${this.prefix}-${this.runs.length}`, this.data, this.bucketOf, this.count, this.fields, this.buckets));
    this.count = 0;
  }
}
