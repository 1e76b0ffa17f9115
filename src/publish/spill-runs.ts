/**
 * Run files of postings spilled to disk, grouped by bucket: what the offline search index and the term index write while
 * they read the reports (a bounded batch at a time), then read back one bucket of every run at a time, so that neither
 * holds the corpus's postings at once.
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
