/**
 * The offline edition's search index: classic scripts a query loads by need, because file:// pages may neither fetch
 * nor import modules. Each report's characters and character pairs (after folding width and case) are posted to one of
 * a fixed number of shards by a hash of the pair; a query loads only the shards of its own pairs, intersects them to
 * the reports that can contain it, and then loads those reports' section text to confirm the exact words.
 * `public/search.js` holds the reading side (the same fold and hash): keep the two in step.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provinceGroup } from '../lib/data.ts';
import type { Report, ReportSummary } from '../pipeline/types.ts';
import { readRecords, RecordSpill, type RecordRun } from './spill-runs.ts';
import { sortUint32 } from './sort-numbers.ts';

/** Width, case, spaces (zero-width ones too) folded; web subscripts PM_2.5 read as PM2.5. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/g, '').replace(/_(?=\d)/g, '');
}

/** FNV-1a over UTF-16 code units: cheap and identical in the browser. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** The keys a folded text is posted under: every character and every pair of neighbouring characters. */
export function keysOf(folded: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    keys.push(folded[i]);
    if (i + 1 < folded.length) keys.push(folded.slice(i, i + 2));
  }
  return keys;
}

export const sectionHeading = (s: Report['sections'][number]) => `${s.number ?? ''}${s.title}`;

/** A section as the offline search holds it (text/<n>.js) and the search page shows it: id, heading, paragraphs joined by line breaks. */
export type SearchSection = [id: string, heading: string, text: string];
export const searchSections = (r: Pick<Report, 'sections'>): SearchSection[] =>
  r.sections.map((sec) => [sec.id, sectionHeading(sec), sec.paragraphs.map((p) => p.text).join('\n')]);
/** The folded text of each section (heading, line break, text), as the search page matches it. */
export const foldedSearchSections = (sections: SearchSection[]): string[] => sections.map(([, heading, text]) => fold(`${heading}\n${text}`));

export interface OfflineReport {
  summary: ReportSummary;
  sections: SearchSection[];
}

/** Buckets a spilled run is grouped in: the most shards there may be, so any shard count (a power of two) is a union of buckets. */
const BUCKET_BITS = 13;
const MAX_SHARDS = 1 << BUCKET_BITS;
/** Postings gathered in memory before they are spilled to a run on disk: what the index holds at once, whatever the corpus. */
export const POSTINGS_PER_RUN = 1_000_000;
/** The count field of a spilled posting whose key is a pair, not a character. */
const PAIR_FLAG = 0x80000000;

/** `b` with its `bits` low bits in reverse order. */
function reversed(b: number, bits: number): number {
  let r = 0;
  for (let i = 0; i < bits; i++) r = (r << 1) | ((b >>> i) & 1);
  return r;
}
/**
 * Where bucket b is spilled: its number's bits reversed, so that the buckets of one shard (those of the same remainder
 * by the shard count, a power of two) are one range of a run, read at once.
 */
const SPILL_BUCKET = Uint16Array.from({ length: MAX_SHARDS }, (_, b) => reversed(b, BUCKET_BITS));

/** shardOf(key, MAX_SHARDS) of a key held as a number (a character's code unit, or a pair's two as one), without the string. */
function bucketOf(key: number, pair: boolean): number {
  let h = 0x811c9dc5;
  if (pair) {
    h ^= key >>> 16;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= key & 0xffff;
  h = Math.imul(h, 0x01000193) >>> 0;
  return h % MAX_SHARDS;
}

/**
 * Posts report `i`'s keys, counted, as records (key, report, count | PAIR_FLAG for a pair): its characters (through a
 * table of counts by code unit, left zeroed) and its pairs (sorted and counted in runs) — the same keys as keysOf
 * gives. Its own function, as is shardPostings, so that each is compiled once as it gets hot: as loops of one long
 * function, called once per index, they were compiled again and again where they ran (on-stack replacement).
 */
function postReport(i: number, folded: string[], singleCounts: Uint32Array, spill: RecordSpill, buffer: { pairs: Uint32Array }) {
  const length = folded.reduce((sum, f) => sum + f.length, 0);
  if (buffer.pairs.length < length) buffer.pairs = new Uint32Array(2 * length);
  const seen: number[] = [];
  let p = 0;
  for (const f of folded) p = countSection(f, singleCounts, seen, buffer.pairs, p);
  postChars(i, seen, singleCounts, spill);
  postPairs(i, sortUint32(buffer.pairs.subarray(0, p)), spill);
}
/**
 * A section's characters counted (those new to the report noted in `seen`) and its pairs added to `pairs` from `p`;
 * returns the pairs' new count. Each loop of postReport is a function of its own, with nothing after it: V8 keeps
 * code optimized in a loop (on-stack replacement) that leaves for the interpreter at code after it not yet run.
 */
function countSection(f: string, singleCounts: Uint32Array, seen: number[], pairs: Uint32Array, p: number): number {
  for (let j = 0; j < f.length; j++) {
    const c = f.charCodeAt(j);
    if (singleCounts[c]++ === 0) seen.push(c);
    if (j + 1 < f.length) pairs[p++] = ((c << 16) | f.charCodeAt(j + 1)) >>> 0;
  }
  return p;
}
function postChars(i: number, seen: number[], singleCounts: Uint32Array, spill: RecordSpill) {
  for (const c of seen) {
    spill.add(SPILL_BUCKET[bucketOf(c, false)], c, i, singleCounts[c]);
    singleCounts[c] = 0;
  }
}
/** Each distinct pair of `sorted`, with how many times it occurs. */
function postPairs(i: number, sorted: Uint32Array, spill: RecordSpill) {
  for (let j = 0; j < sorted.length; ) {
    let end = j + 1;
    while (end < sorted.length && sorted[end] === sorted[j]) end++;
    spill.add(SPILL_BUCKET[bucketOf(sorted[j], true)], sorted[j], i, (end - j) | PAIR_FLAG);
    j = end;
  }
}

/**
 * Shard `j` of `shards`: its buckets (j, j + shards, …) from every run, in run order, so each key's reports stay
 * ascending; each key's postings as the search page reads them — `<report gap>[.<count>]`, base 36, joined by commas.
 * Returns the JSON of the object of keys and postings, as JSON.stringify writes it (ShardJson), made without the
 * object: a property per key costs more than its text.
 */
function shardPostings(j: number, shards: number, runs: RecordRun[], fds: number[]): string {
  const shardBits = Math.log2(shards);
  const span = MAX_SHARDS / shards;
  const from = reversed(j, shardBits) * span;
  const chunks = runs.map((run, r) => readRecords(fds[r], run, from, from + span));
  const json = new ShardJson();
  for (let b = j; b < MAX_SHARDS; b += shards) bucketPostings(SPILL_BUCKET[b], from, runs, chunks, json);
  return json.text();
}

/**
 * An object's JSON built member by member, in JSON.stringify's order: keys that are array indices (for the keys here,
 * of one or two characters: "0"–"9", "10"–"99") first, ascending, then the others as they were added.
 */
class ShardJson {
  private indexed: [number, string][] = [];
  private named: string[] = [];
  add(key: string, value: string) {
    const member = `${jsonString(key)}:"${value}"`;
    if (isArrayIndex(key)) this.indexed.push([Number(key), member]);
    else this.named.push(member);
  }
  text(): string {
    this.indexed.sort((a, b) => a[0] - b[0]);
    return `{${[...this.indexed.map(([, member]) => member), ...this.named].join(',')}}`;
  }
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isArrayIndex = (key: string) => (key.length === 1 ? isDigit(key.charCodeAt(0)) : key.length === 2 && key.charCodeAt(0) !== 0x30 && isDigit(key.charCodeAt(0)) && isDigit(key.charCodeAt(1)));
/** A short string as JSON.stringify writes it: quoted as it is unless it holds what JSON escapes (or a surrogate). */
function jsonString(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(text);
  }
  return `"${text}"`;
}

/** A bucket's postings, gathered from every run: each key's slot, reports and counts, and the bytes of its text. */
const bucketScratch = { slots: new Uint32Array(4096), reports: new Uint32Array(4096), counts: new Uint32Array(4096), order: new Uint32Array(4096), bytes: Buffer.allocUnsafe(1 << 16) };
const BASE36_CODES = Uint8Array.from('0123456789abcdefghijklmnopqrstuvwxyz', (c) => c.charCodeAt(0));
const COMMA_CODE = 0x2c;
const DOT_CODE = 0x2e;

/**
 * Bucket `r` (spilled order) of every run: its keys added to `postings` in the order the index has always added them
 * — run by run, a run's new characters (by code unit) before its new pairs (as the run first met them: report by
 * report, ascending) — each with its postings written as bytes, one string per key rather than per posting.
 */
function bucketPostings(r: number, from: number, runs: RecordRun[], chunks: Uint32Array[], postings: ShardJson) {
  let total = 0;
  for (const run of runs) total += run.starts[r + 1] - run.starts[r];
  const scratch = bucketScratch;
  if (scratch.slots.length < total) {
    const size = 2 * total;
    Object.assign(scratch, { slots: new Uint32Array(size), reports: new Uint32Array(size), counts: new Uint32Array(size), order: new Uint32Array(size) });
  }
  const { slots, reports, counts } = scratch;
  const keys: string[] = [];
  const charSlots = new Map<number, number>();
  const pairSlots = new Map<number, number>();
  let n = 0;
  for (let k = 0; k < runs.length; k++) {
    const start = (runs[k].starts[r] - runs[k].starts[from]) * 3;
    const end = (runs[k].starts[r + 1] - runs[k].starts[from]) * 3;
    addNewChars(chunks[k], start, end, charSlots, keys);
    n = slotRecords(chunks[k], start, end, charSlots, pairSlots, keys, n, scratch);
  }
  // The records by slot (a stable counting sort), then each slot's postings as text.
  const slotStarts = new Uint32Array(keys.length + 1);
  for (let i = 0; i < n; i++) slotStarts[slots[i] + 1]++;
  for (let s = 0; s < keys.length; s++) slotStarts[s + 1] += slotStarts[s];
  const order = scratch.order;
  const next = slotStarts.slice(0, keys.length);
  for (let i = 0; i < n; i++) order[next[slots[i]]++] = i;
  for (let s = 0; s < keys.length; s++) postings.add(keys[s], postingsText(order, slotStarts[s], slotStarts[s + 1], reports, counts));
}
/** The characters of a run's bucket not given a slot yet, given the next slots in order of code unit. */
function addNewChars(chunk: Uint32Array, start: number, end: number, charSlots: Map<number, number>, keys: string[]) {
  const fresh: number[] = [];
  for (let at = start; at < end; at += 3) if (!(chunk[at + 2] & PAIR_FLAG) && !charSlots.has(chunk[at]) && !fresh.includes(chunk[at])) fresh.push(chunk[at]);
  fresh.sort((x, y) => x - y);
  for (const c of fresh) {
    charSlots.set(c, keys.length);
    keys.push(String.fromCharCode(c));
  }
}
/** Each record of a run's bucket: its key's slot (a pair new to the bucket given the next), report and count, from n on. */
function slotRecords(chunk: Uint32Array, start: number, end: number, charSlots: Map<number, number>, pairSlots: Map<number, number>, keys: string[], n: number, { slots, reports, counts }: typeof bucketScratch): number {
  for (let at = start; at < end; at += 3, n++) {
    const key = chunk[at];
    const count = chunk[at + 2];
    let slot: number | undefined;
    if (count & PAIR_FLAG) {
      slot = pairSlots.get(key);
      if (slot === undefined) {
        pairSlots.set(key, (slot = keys.length));
        keys.push(String.fromCharCode(key >>> 16, key & 0xffff));
      }
    } else slot = charSlots.get(key)!;
    slots[n] = slot;
    reports[n] = chunk[at + 1];
    counts[n] = count & ~PAIR_FLAG;
  }
  return n;
}
/** The postings of records order[from…to − 1] (ascending reports): `<gap>[.<count>]` in base 36, joined by commas. */
function postingsText(order: Uint32Array, from: number, to: number, reports: Uint32Array, counts: Uint32Array): string {
  // At most 7 digits of a report number, 7 of a count, a dot and a comma each.
  if (bucketScratch.bytes.length < 16 * (to - from)) bucketScratch.bytes = Buffer.allocUnsafe(32 * (to - from));
  const bytes = bucketScratch.bytes;
  let length = 0;
  let prev = 0;
  for (let i = from; i < to; i++) {
    const report = reports[order[i]];
    const count = counts[order[i]];
    if (i > from) bytes[length++] = COMMA_CODE;
    length = putBase36(bytes, length, report - prev);
    if (count > 1) {
      bytes[length++] = DOT_CODE;
      length = putBase36(bytes, length, count);
    }
    prev = report;
  }
  return bytes.toString('latin1', 0, length);
}
/** `n` in base 36 (as n.toString(36)) at `at`; returns where it ends. */
function putBase36(bytes: Buffer, at: number, n: number): number {
  let digits = 1;
  for (let m = n; m >= 36; m = Math.floor(m / 36)) digits++;
  for (let k = at + digits - 1; k >= at; k--, n = Math.floor(n / 36)) bytes[k] = BASE36_CODES[n % 36];
  return at + digits;
}

/**
 * Gives `reports.js`, `shards/<n>.js` and `text/<n>.js` (paths under the index's folder) to `save`; returns the
 * number of files and bytes. Memory is bounded by design: the postings are gathered for a run of reports (at most
 * `postingsPerRun`), then spilled to a file in `spillDir` (a temporary folder by default) grouped by bucket; once every
 * report is read, each shard is made from its buckets in every run, one shard at a time.
 */
export function writeOfflineSearch(
  save: (path: string, body: string) => void,
  reports: Iterable<OfflineReport>,
  levelName: (r: ReportSummary) => string | null,
  { spillDir, postingsPerRun = POSTINGS_PER_RUN }: { spillDir?: string; postingsPerRun?: number } = {},
) {
  // Keys are numbers while the text is read (a character's code unit; a pair's two as one 32-bit number), strings
  // only when a shard is written: the corpus has millions of characters and pairs but few distinct keys. Postings are
  // records (key, report, count) in typed arrays, spilled as they are (spill-runs.ts), never as text.
  const singleCounts = new Uint32Array(0x10000);
  const buffer = { pairs: new Uint32Array(4096) };
  const meta: (string | number | null)[][] = [];
  let bytes = 0;
  let files = 0;
  const write = (path: string, body: string) => {
    save(path, body);
    bytes += Buffer.byteLength(body);
    files++;
  };
  const dir = spillDir ?? mkdtempSync(join(tmpdir(), 'atlas-offline-search-'));
  mkdirSync(dir, { recursive: true });
  const spill = new RecordSpill(join(dir, 'run'), 3, MAX_SHARDS);
  try {
    let n = 0;
    for (const { summary: s, sections } of reports) {
      const i = n++;
      meta.push([s.slug, s.title, provinceGroup(s), s.city, levelName(s), s.year]);
      write(`text/${i}.js`, `ATLAS_TEXT(${i},${JSON.stringify(sections)});\n`);
      postReport(i, foldedSearchSections(sections), singleCounts, spill, buffer);
      // Runs end between reports: which run a key is first met in decides where it stands in its shard.
      if (spill.held >= postingsPerRun) spill.spill();
    }
    spill.finish();
    const { runs, total } = spill;
    // About 2,000 postings a shard: a query's few shards stay small at any corpus size.
    let shards = 16;
    while (shards < MAX_SHARDS && total / shards > 2000) shards *= 2;
    const fds = spill.open();
    try {
      for (let j = 0; j < shards; j++) {
        write(`shards/${j}.js`, `ATLAS_SHARD(${j},${shardPostings(j, shards, runs, fds)});\n`);
      }
    } finally {
      spill.close(fds);
    }
    write('reports.js', `window.ATLAS_OFFLINE_SEARCH=${JSON.stringify({ shards, reports: meta })};\n`);
    return { files, bytes, shards, postings: total, runs: runs.length };
  } finally {
    if (spillDir) spill.remove();
    else rmSync(dir, { recursive: true, force: true });
  }
}
