/**
 * Run files of postings spilled to disk, grouped by bucket: what the offline search index (lines of text) and the term
 * index (numeric records) write while they read the reports (a bounded batch at a time), then read back one bucket (or
 * one range of buckets) of every run at a time, so that neither holds the corpus's postings at once.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

export interface Run {
  path: string;
  /** Where each bucket starts in the file, and after the last one where the file ends. */
  offsets: Float64Array;
}

/** Writes `buckets` (lines, each ending in \n) to a run file in bucket order, emptying them as it goes. */
export function writeRun(path: string, buckets: string[][]): Run {
  const fd = openSync(path, 'w');
  const offsets = new Float64Array(buckets.length + 1);
  let at = 0;
  try {
    for (let b = 0; b < buckets.length; b++) {
      offsets[b] = at;
      if (!buckets[b].length) continue;
      const chunk = Buffer.from(buckets[b].join(''), 'utf8');
      buckets[b] = [];
      for (let w = 0; w < chunk.length; ) w += writeSync(fd, chunk, w, chunk.length - w, at + w);
      at += chunk.length;
    }
    offsets[buckets.length] = at;
  } finally {
    closeSync(fd);
  }
  return { path, offsets };
}

/** The lines of bucket `b` of a run (opened as `fd`), without empty ones. */
export function readBucket(fd: number, run: Run, b: number): string[] {
  const start = run.offsets[b];
  const length = run.offsets[b + 1] - start;
  if (!length) return [];
  const buf = Buffer.alloc(length);
  for (let got = 0; got < length; ) got += readSync(fd, buf, got, length - got, start + got);
  return buf.toString('utf8').split('\n').filter(Boolean);
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
