/**
 * Run files of postings spilled to disk, grouped by bucket: what the offline search index and the term index write
 * while they read the reports (a bounded batch at a time), as fixed-size numeric records — no string per posting,
 * neither written nor read — then read back one range of buckets of every run at a time (one shard's), so that neither
 * holds the corpus's postings at once.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

/**
 * A run of fixed-size numeric records (`fields` 32-bit numbers each) grouped by bucket: what the indexes spill, their
 * keys already numbers, so that neither writing nor reading a run makes a string. `starts[b]` is the first record of
 * bucket b (in records, not bytes), `starts[buckets]` the record count.
 */
export interface RecordRun {
  /** Its file, or null for a run kept in memory (`records`). */
  path: string | null;
  fields: number;
  starts: Uint32Array;
  records: Uint32Array | null;
}

/**
 * `count` records of `data` (record i at fields·i…, its bucket `bucketOf[i]`) in bucket order, keeping their order
 * within a bucket (a counting sort), so that a bucket's records read back in the order they came; sorted into the
 * start of `into` where it is large enough.
 */
function inBucketOrder(data: Uint32Array, bucketOf: Uint16Array | Uint32Array, count: number, fields: number, buckets: number, into?: Uint32Array): { starts: Uint32Array; sorted: Uint32Array } {
  const starts = bucketStarts(bucketOf, count, buckets);
  const next = starts.slice(0, buckets);
  const sorted = into && into.length >= count * fields ? into.subarray(0, count * fields) : new Uint32Array(count * fields);
  // A loop per record size: the inner loop over fields, unrolled, is most of the time a run takes to write. Each loop is
  // a function of its own, with nothing after it (see sort-numbers.ts: code optimized in one loop leaves at the next).
  if (fields === 2) moveRecords2(data, bucketOf, count, next, sorted);
  else if (fields === 3) moveRecords3(data, bucketOf, count, next, sorted);
  else if (fields === 4) moveRecords4(data, bucketOf, count, next, sorted);
  else moveRecords(data, bucketOf, count, fields, next, sorted);
  return { starts, sorted };
}
/** starts[b] = the first record of bucket b in bucket order, starts[buckets] = count. */
function bucketStarts(bucketOf: Uint16Array | Uint32Array, count: number, buckets: number): Uint32Array {
  const starts = new Uint32Array(buckets + 1);
  countBuckets(bucketOf, count, starts);
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  return starts;
}
function countBuckets(bucketOf: Uint16Array | Uint32Array, count: number, starts: Uint32Array) {
  for (let i = 0; i < count; i++) starts[bucketOf[i] + 1]++;
}
function moveRecords2(data: Uint32Array, bucketOf: Uint16Array | Uint32Array, count: number, next: Uint32Array, sorted: Uint32Array) {
  for (let i = 0, from = 0; i < count; i++, from += 2) {
    const to = next[bucketOf[i]]++ * 2;
    sorted[to] = data[from];
    sorted[to + 1] = data[from + 1];
  }
}
function moveRecords3(data: Uint32Array, bucketOf: Uint16Array | Uint32Array, count: number, next: Uint32Array, sorted: Uint32Array) {
  for (let i = 0, from = 0; i < count; i++, from += 3) {
    const to = next[bucketOf[i]]++ * 3;
    sorted[to] = data[from];
    sorted[to + 1] = data[from + 1];
    sorted[to + 2] = data[from + 2];
  }
}
function moveRecords4(data: Uint32Array, bucketOf: Uint16Array | Uint32Array, count: number, next: Uint32Array, sorted: Uint32Array) {
  for (let i = 0, from = 0; i < count; i++, from += 4) {
    const to = next[bucketOf[i]]++ * 4;
    sorted[to] = data[from];
    sorted[to + 1] = data[from + 1];
    sorted[to + 2] = data[from + 2];
    sorted[to + 3] = data[from + 3];
  }
}
function moveRecords(data: Uint32Array, bucketOf: Uint16Array | Uint32Array, count: number, fields: number, next: Uint32Array, sorted: Uint32Array) {
  for (let i = 0; i < count; i++) {
    const to = next[bucketOf[i]]++ * fields;
    for (let f = 0; f < fields; f++) sorted[to + f] = data[i * fields + f];
  }
}

/** Writes `count` records of `data` to a run file, in bucket order (inBucketOrder, through `scratch` if large enough). */
export function writeRecordRun(path: string, data: Uint32Array, bucketOf: Uint16Array | Uint32Array, count: number, fields: number, buckets: number, scratch?: Uint32Array): RecordRun {
  const { starts, sorted } = inBucketOrder(data, bucketOf, count, fields, buckets, scratch);
  const fd = openSync(path, 'w');
  try {
    const bytes = new Uint8Array(sorted.buffer, sorted.byteOffset, sorted.byteLength);
    for (let w = 0; w < bytes.length; ) w += writeSync(fd, bytes, w, bytes.length - w, w);
  } finally {
    closeSync(fd);
  }
  return { path, fields, starts, records: null };
}

/** The records of buckets [from, to) of a run (opened as `fd`, or held in memory: a view of them), in file order. */
export function readRecords(fd: number, run: RecordRun, from: number, to: number): Uint32Array {
  const first = run.starts[from];
  if (run.records) return run.records.subarray(first * run.fields, run.starts[to] * run.fields);
  const out = new Uint32Array((run.starts[to] - first) * run.fields);
  const bytes = new Uint8Array(out.buffer);
  const at = first * run.fields * 4;
  for (let got = 0; got < bytes.length; ) got += readSync(fd, bytes, got, bytes.length - got, at + got);
  return out;
}

/**
 * Records of `fields` numbers each (2 to 4), gathered in memory with their buckets and spilled to a run file
 * (`<prefix>-<n>`, writeRecordRun) when `capacity` are held, or when the caller calls spill(); finish() keeps the last
 * run in memory, in the place of the buffer it is sorted from, so that what is held last is never written and read back.
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
  private finished = false;
  private scratch = new Uint32Array(0);
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
      if (this.finished) throw new Error('spill runs: a record added after finish()');
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
    // The records are sorted into the same buffer run after run: fresh memory each time costs the kernel its pages.
    if (this.scratch.length < this.data.length) this.scratch = new Uint32Array(this.data.length);
    this.runs.push(writeRecordRun(`${this.prefix}-${this.runs.length}`, this.data, this.bucketOf, this.count, this.fields, this.buckets, this.scratch));
    this.count = 0;
  }
  /** The records held become the last run, in memory; no record may be added after. */
  finish() {
    if (this.count) {
      const { starts, sorted } = inBucketOrder(this.data, this.bucketOf, this.count, this.fields, this.buckets, this.scratch);
      this.runs.push({ path: null, fields: this.fields, starts, records: sorted });
    }
    this.count = 0;
    this.finished = true;
    this.data = new Uint32Array(0);
    this.bucketOf = new Uint16Array(0);
    this.scratch = new Uint32Array(0);
    this.capacity = 0;
  }
  /** Opens the runs' files for readRecords: a descriptor per run (-1 for one in memory). */
  open(): number[] {
    return this.runs.map((run) => (run.path === null ? -1 : openSync(run.path, 'r')));
  }
  /** Closes what open() opened. */
  close(fds: number[]) {
    for (const fd of fds) if (fd >= 0) closeSync(fd);
  }
  /** Deletes the runs' files. */
  remove() {
    for (const run of this.runs) if (run.path !== null) rmSync(run.path, { force: true });
  }
}
