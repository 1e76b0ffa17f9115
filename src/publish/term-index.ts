/**
 * The index of the page "词语历年" (/terms/?q=): for any term, how many reports of each year and tier contain it
 * exactly as typed (after the search page's folding), read from classic scripts a query loads by need — the same
 * files serve http and file://, where fetch, modules and workers are blocked.
 *
 * What "contains" means is the search page's rule: a report contains a term when one of its sections does, a section
 * being its heading and paragraphs folded into one string (fold() removes the line breaks between them).
 *
 * Reports are numbered by tier, then year, so each (tier, year) is one run of report numbers and counting a set of
 * reports by year and tier needs no per-report table. Three kinds of posting, by gram length n:
 * - n = 1, 2: every character and pair of characters of a section → the set of reports holding it. Exact for terms
 *   of 1–2 characters.
 * - n = 3: every triple → the reports holding it (so a term of three characters is one lookup) and its positions in
 *   each (a report's sections laid end to end with one position between them, so no triple spans two sections). A
 *   longer term occurs where the triples cut from it at offsets 0, 3, 6 … and its last three characters stand at the
 *   same distances — an exact test from positions alone.
 * Why triples, and no sets of triples or positions of quadruples as before: most grams of a report are found in no
 * other report, so the index cost mostly keys, one per distinct gram; triples with positions answer every term the
 * two did, with less than half the keys. The price: a term of four characters is two triples' positions, not one
 * set — so a triple whose positions exceed EXTENSIONS_MIN_BYTES also keeps the report sets of the quadruples it begins
 * (in a file of positions), and a four-character term that begins with one of the commonest triples is one set again.
 *
 * Why bits: postings are bit streams (Elias-gamma counts, Golomb-Rice gaps whose parameter both sides derive from
 * what they already know — the number of reports, the mean report length, the count in hand) written as base64 in a
 * string, a position costing ≈ log2(gap) + 1.5 bits instead of three characters and a separator. Keys are no text at
 * all: a gram of n UTF-16 code units is a 16n-bit number, mixed by a bijection (a Feistel network, so no two grams share
 * a key and a gram found is the gram asked for); its top bits name the shard, the rest are stored as sorted gaps.
 *
 * A shard is `<kind>/<number>.js`: its keys, then each key's entry. A triple's positions longer than
 * INLINE_POSITIONS_MAX_BYTES (or moved out of a shard to keep it within SHARD_MAX_BYTES) go to a file of positions
 * `3/p<t>.js`, packed with others up to POSITIONS_PACK_BYTES (or alone when larger), and the entry states where and the
 * most bytes that file has. So a query loads its shards — at most their count × the kind's largest shard, which
 * `index.js` states, known before loading anything — then only the files of positions it needs, if they fit what is
 * left of its budget. Positions larger than any query could load are not written: a longer term that needs them is
 * reported as not countable within the budget ('too-common'), never counted wrong; the triple itself is still counted
 * from its report set. How many shards a kind has is measured, not guessed: a sample of its buckets is encoded (not
 * written) and scaled up, since what a gram costs depends on how many reports share it.
 *
 * An offline edition's index (option `texts`) keeps no positions at all: the edition carries each report's text for its
 * own search anyway (src/publish/offline-search.ts, `search/offline/text/<n>.js`; `meta.texts` gives each report's n,
 * the search numbering its reports in its own order, whose postings deflate better than in this index's), so a longer
 * term's candidates — the reports holding every triple of its cover — are confirmed in their text, read from disk,
 * and counted exactly however common they are. Positions were most of the index: over 700 of the bench's reports,
 * 28 MB of an edition's zip with them, 6 MB without.
 *
 * Memory is bounded: grams are numbers from the start (no string is made per gram), spilled to run files of
 * fixed-size records by bucket (the top 16 bits of the mixed key), and each shard is made once, from its range of
 * buckets in every run.
 * `public/term-index.js` reads these files: keep the two in step.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEVEL_TIER, TIER_ORDER, type GovernmentTier } from '../pipeline/levels.ts';
import type { Report, ReportSummary } from '../pipeline/types.ts';
import { foldedSearchSections, searchSections } from './offline-search.ts';
import { readRecords, RecordSpill, type RecordRun } from './spill-runs.ts';
import { orderByKey, sortUint32 } from './sort-numbers.ts';

/** Terms of up to this many characters are answered from report sets alone. */
export const SET_GRAM_MAX = 2;
/** The length of the positional grams; a term of this length is answered from their report sets. */
export const POSITION_GRAM = 3;
/** What one query may download (public/term-index.js has the same number): positions larger than it are not written. */
export const QUERY_BUDGET_BYTES = 300 * 1024;
/** No shard of positions is larger: positions are moved out of it, largest first, until it fits. */
export const SHARD_MAX_BYTES = 48 * 1024;
/** What the shards are sized for on average: small, so that a query reads little beside its own postings. */
const SHARD_TARGET_BYTES = 16 * 1024;
/** Positions longer than this go to a file of positions, so that a shard holds many grams and a query reads few bytes. */
const INLINE_POSITIONS_MAX_BYTES = 1024;
/** Files of positions are packed up to this size: few files, and little downloaded beside the positions a query needs. */
export const POSITIONS_PACK_BYTES = 16 * 1024;
/**
 * A triple with more positions than this also keeps the report sets of the quadruples it begins, so that a term of four
 * characters whose first triple is this common is one set, not two triples' positions (too large together for a query).
 */
export const EXTENSIONS_MIN_BYTES = 32 * 1024;
/** Positions whose file could not fit a query's budget beside its shards are not written. */
export const POSITIONS_MAX_BYTES = QUERY_BUDGET_BYTES - 2 * SHARD_MAX_BYTES;
/** Buckets records are spilled in: the top BUCKET_BITS bits of a mixed key; the most shards a kind may have. */
const BUCKET_BITS = 16;
const BUCKETS = 1 << BUCKET_BITS;
/** Records of one kind held in memory before a run is spilled to disk: what the writer holds, whatever the corpus. */
export const RECORDS_PER_RUN = 3_000_000;

export type TierOrUnknown = GovernmentTier | null;
export const tierOf = (s: Pick<ReportSummary, 'place'>): TierOrUnknown => (s.place?.level ? LEVEL_TIER[s.place.level] : null);

/** The folded text of each section, as the search page matches it (the offline search's texts, folded). */
export function foldedSections(r: Pick<Report, 'sections'>): string[] {
  return foldedSearchSections(searchSections(r));
}

/** The order reports are numbered in: tier (unknown last), then year (unknown last), then as listed. */
export function indexOrder<T extends Pick<ReportSummary, 'place' | 'year'>>(summaries: T[]): T[] {
  const tierRank = (s: T) => {
    const t = tierOf(s);
    return t === null ? TIER_ORDER.length : TIER_ORDER.indexOf(t);
  };
  return summaries
    .map((s, i) => ({ s, i }))
    .sort((a, b) => tierRank(a.s) - tierRank(b.s) || (a.s.year ?? 1e9) - (b.s.year ?? 1e9) || a.i - b.i)
    .map((x) => x.s);
}

// ---- Keys: a gram of n code units as a 16n-bit number, mixed (keep in step with gramKey in public/term-index.js).

const ROUND_KEYS = [0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c];
function round(x: number, i: number): number {
  x = Math.imul(x ^ ROUND_KEYS[i], 0x9e3779b1);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> 0;
}
/** The two halves (8n bits each) of the mixed key of a gram of n code units, left in `mixed` (no allocation per gram). */
const mixed = { hi: 0, lo: 0 };
function mix(n: number, c0: number, c1: number, c2: number) {
  const h = 8 * n;
  // A shift, not 2 ** h: an exponent not known when compiled is a call to pow, once per gram of the corpus.
  const mask = (1 << h) - 1;
  let a: number, b: number;
  if (n === 1) (a = c0 >>> 8), (b = c0 & 0xff);
  else if (n === 2) (a = c0), (b = c1);
  else (a = (c0 << 8) | (c1 >>> 8)), (b = ((c1 & 0xff) << 16) | c2);
  // A Feistel network: a bijection whatever the round function, so distinct grams never share a key.
  for (let i = 0; i < 4; i++) {
    const t = (a ^ (round(b, i) >>> (32 - h))) & mask;
    a = b;
    b = t;
  }
  mixed.hi = a;
  mixed.lo = b;
}
/** The mixed key of a gram (1–3 code units) as one number below 2^(16n): what the reader computes for a term's grams. */
export function gramKey(gram: string): number {
  const n = gram.length;
  mix(n, gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2));
  return mixed.hi * 2 ** (8 * n) + mixed.lo;
}

// ---- Bits: streams of bits as base64 text (keep in step with Bits in public/term-index.js).

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));

/** floor(log2(ratio)), at least 0: the Golomb-Rice parameter for gaps of mean `ratio`, derived alike by both sides. */
export function riceParameter(ratio: number): number {
  if (ratio < 2) return 0;
  if (ratio >= 2 ** 32) return 32 + riceParameter(ratio / 2 ** 32);
  return 31 - Math.clz32(ratio); // clz32 truncates: the bit length of floor(ratio), exactly, on both sides
}
const gammaBits = (n: number) => 2 * (31 - Math.clz32(n)) + 1;
/** 2^k for k < 64, exactly as 2 ** k: read from here, since 2 ** k with k not known when compiled calls pow. */
const POW2 = Float64Array.from({ length: 64 }, (_, k) => 2 ** k);
const riceBits = (x: number, k: number) => Math.floor(x / POW2[k]) + 1 + k;

class BitWriter {
  private digits = new Uint8Array(256);
  private length = 0;
  private acc = 0;
  private accBits = 0;
  get bits() {
    return this.length * 6 + this.accBits;
  }
  /** `value` (below 2^k, k ≤ 48) in k bits, most significant first. */
  write(value: number, k: number) {
    if (k > 24) {
      const hi = Math.floor(value / 0x1000000);
      this.write(hi, k - 24);
      this.write(value - hi * 0x1000000, 24);
      return;
    }
    this.acc = (this.acc << k) | value; // acc holds < 6 bits before: < 2^30
    this.accBits += k;
    while (this.accBits >= 6) {
      this.accBits -= 6;
      if (this.length === this.digits.length) {
        const grown = new Uint8Array(this.digits.length * 2);
        grown.set(this.digits);
        this.digits = grown;
      }
      this.digits[this.length++] = (this.acc >>> this.accBits) & 63;
      this.acc &= (1 << this.accBits) - 1;
    }
  }
  /** q ones and a zero. */
  unary(q: number) {
    for (; q >= 23; q -= 23) this.write(0x7fffff, 23);
    this.write(((1 << q) - 1) * 2, q + 1);
  }
  /** n ≥ 1 as Elias gamma: as many zeros as n has bits after its first, then n. */
  gamma(n: number) {
    const extra = 31 - Math.clz32(n);
    this.write(0, extra);
    this.write(n, extra + 1);
  }
  /** x ≥ 0 as Golomb-Rice with parameter k: x >> k in unary, then its k low bits. */
  rice(x: number, k: number) {
    const q = Math.floor(x / POW2[k]);
    // Most codes are short: q ones, a zero and k bits in one write.
    if (q + 1 + k <= 24) return this.write(((((1 << q) - 1) << 1) << k) | (x - q * POW2[k]), q + 1 + k);
    this.unary(q);
    this.write(x - q * POW2[k], k);
  }
  /** Zeros up to a whole base64 digit, so that what follows starts a new digit. */
  pad() {
    if (this.accBits) this.write(0, 6 - this.accBits);
  }
  text(): string {
    this.pad();
    const out = Buffer.allocUnsafe(this.length);
    base64Codes(this.digits, this.length, out);
    return out.toString('latin1');
  }
}
/** The base64 characters of `digits` (6-bit values) into `out`: its own function, nothing after its loop (encodeShard). */
function base64Codes(digits: Uint8Array, length: number, out: Buffer) {
  for (let i = 0; i < length; i++) out[i] = B64_CODES[digits[i]];
}

/** The bits of a report set's list form (its size in gamma, its gaps in Golomb-Rice), counted until they exceed `limit`. */
function listBits(reports: ArrayLike<number>, from: number, to: number, total: number, limit: number): number {
  const k = riceParameter(total / (to - from));
  let bits = 1 + gammaBits(to - from);
  for (let i = from, prev = -1; i < to && bits <= limit; prev = reports[i++]) bits += riceBits(reports[i] - prev - 1, k);
  return bits;
}
/**
 * The bits of a report set (ascending numbers out of `total`): a flag, then its list form or, where that is longer, a
 * bitset of `total` bits — so no set exceeds total/6 digits.
 */
const setBits = (reports: ArrayLike<number>, from: number, to: number, total: number) => Math.min(listBits(reports, from, to, total, total + 1), total + 1);
function writeSet(out: BitWriter, reports: ArrayLike<number>, from: number, to: number, total: number) {
  if (listBits(reports, from, to, total, total + 1) > total + 1) {
    out.write(1, 1);
    for (let r = 0, i = from; r < total; r++) {
      const hit = i < to && reports[i] === r;
      if (hit) i++;
      out.write(hit ? 1 : 0, 1);
    }
    return;
  }
  const k = riceParameter(total / (to - from));
  out.write(0, 1);
  out.gamma(to - from);
  for (let i = from, prev = -1; i < to; prev = reports[i++]) out.rice(reports[i] - prev - 1, k);
}
/** A report set as base64 (for tests and tools): what the reader's decodeSet reads back. */
export function encodeSet(reports: number[], total: number): string {
  const out = new BitWriter();
  if (reports.length) writeSet(out, reports, 0, reports.length, total);
  return out.text();
}

/** A triple's positions, report by report: how many (gamma), then their gaps in Golomb-Rice (from the mean report length). */
function positionBits(reports: Uint32Array, positions: Uint32Array, from: number, to: number, avgChars: number): number {
  let bits = 0;
  for (let i = from; i < to; ) {
    let end = i + 1;
    while (end < to && reports[end] === reports[i]) end++;
    const k = riceParameter(avgChars / (end - i));
    bits += gammaBits(end - i);
    for (let prev = -1; i < end; prev = positions[i++]) bits += riceBits(positions[i] - prev - 1, k);
  }
  return bits;
}
function writePositions(out: BitWriter, reports: Uint32Array, positions: Uint32Array, from: number, to: number, avgChars: number) {
  for (let i = from; i < to; ) {
    let end = i + 1;
    while (end < to && reports[end] === reports[i]) end++;
    const k = riceParameter(avgChars / (end - i));
    out.gamma(end - i);
    for (let prev = -1; i < end; prev = positions[i++]) out.rice(positions[i] - prev - 1, k);
  }
}

export interface TermIndexGroup {
  tier: TierOrUnknown;
  year: number | null;
  /** The first report number of the group and how many reports it has. */
  from: number;
  count: number;
}
export interface TermIndexMeta {
  reports: number;
  /**
   * Present when no positions are kept: a longer term is confirmed in the reports' own text, which an offline edition
   * carries anyway for its search — `search/offline/text/<n>.js`, where n is `texts[r]` for this index's report r.
   */
  texts?: number[];
  groups: [TierOrUnknown, number | null, number, number][];
  /** The mean length of a report in positions: what the positions' Rice parameters are derived from. */
  avgChars: number;
  /** Per kind (gram length 1, 2, 3 at index 0, 1, 2): log2 of its shard count, and its largest shard in bytes. */
  shardBits: number[];
  shardMaxBytes: number[];
}

/** A shard's file: a call that hands the reader its bits (kind = gram length; name = its number, or `<shard>-<t>`). */
const wrap = (kind: number, name: string, bits: string) => `ATLAS_TERM_SHARD(${kind},"${name}","${bits}");\n`;
/** The most bytes the wrapper adds to a file of positions, whatever its name. */
const WRAP_MAX_BYTES = wrap(3, 'p9999999', '').length;

/** A growable Uint32Array. */
class Numbers {
  values = new Uint32Array(1024);
  length = 0;
  push(x: number) {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = x;
  }
}

/** The records of a shard, field by field (positions and nexts empty but for triples). */
interface ShardRecords {
  values: Uint32Array;
  reports: Uint32Array;
  positions: Uint32Array;
  nexts: Uint32Array;
  four: boolean;
}
/** A digit's records up to this many are ordered by insertion. */
const INSERTION_MAX = 16;
/** A digit's records of up to this many distinct values are ordered by counting them; of more, by orderByKey. */
const DISTINCT_MAX = 16;
/** What orderDigit counts and moves records through, grown as needed. */
const digitScratch = { slots: new Uint8Array(1024), moved: new Uint32Array(1024), distinct: new Float64Array(DISTINCT_MAX), held: new Uint32Array(DISTINCT_MAX), starts: new Uint32Array(DISTINCT_MAX) };

/**
 * Orders records start…end − 1 by value, stably. Such a run of one digit is mostly a common gram's many records with a
 * few of other grams between them: its few distinct values are ranked and the records placed by rank (a counting sort).
 */
function orderDigit(records: ShardRecords, start: number, end: number) {
  const { values } = records;
  const count = end - start;
  if (count <= INSERTION_MAX) return insertionOrder(records, start, end);
  const scratch = digitScratch;
  if (scratch.slots.length < count) (scratch.slots = new Uint8Array(2 * count)), (scratch.moved = new Uint32Array(2 * count));
  const { slots, distinct, starts } = scratch;
  let kinds = 0;
  for (let i = start; i < end; i++) {
    const v = values[i];
    let k = 0;
    while (k < kinds && distinct[k] !== v) k++;
    if (k === kinds) {
      if (kinds === DISTINCT_MAX) return permute(records, start, orderByKey(values, start, end));
      distinct[kinds++] = v;
    }
    slots[i - start] = k;
  }
  // Where each value's records start: after the records of every smaller value.
  const held = scratch.held;
  held.fill(0, 0, kinds);
  for (let i = 0; i < count; i++) held[slots[i]]++;
  for (let k = 0; k < kinds; k++) {
    let before = 0;
    for (let m = 0; m < kinds; m++) if (distinct[m] < distinct[k]) before += held[m];
    starts[k] = before;
  }
  const order = scratch.moved.subarray(0, count);
  for (let i = 0; i < count; i++) order[starts[slots[i]]++] = start + i;
  permute(records, start, order);
}
/** Records start…end − 1 by value, stably, by insertion (few). */
function insertionOrder({ values, reports, positions, nexts, four }: ShardRecords, start: number, end: number) {
  for (let i = start + 1; i < end; i++) {
    const v = values[i];
    const rep = reports[i];
    const pos = four ? positions[i] : 0;
    const next = four ? nexts[i] : 0;
    let k = i - 1;
    for (; k >= start && values[k] > v; k--) {
      values[k + 1] = values[k];
      reports[k + 1] = reports[k];
      if (four) (positions[k + 1] = positions[k]), (nexts[k + 1] = nexts[k]);
    }
    values[k + 1] = v;
    reports[k + 1] = rep;
    if (four) (positions[k + 1] = pos), (nexts[k + 1] = next);
  }
}
/** Puts the records `order` names (absolute indices) at start, start + 1, … */
function permute({ values, reports, positions, nexts, four }: ShardRecords, start: number, order: ArrayLike<number>) {
  permuteField(values, start, order);
  permuteField(reports, start, order);
  if (four) permuteField(positions, start, order), permuteField(nexts, start, order);
}
function permuteField(field: Uint32Array, start: number, order: ArrayLike<number>) {
  const held = field.slice(start, start + order.length);
  for (let i = 0; i < order.length; i++) field[start + i] = held[order[i] - start];
}

/**
 * The grams of shard `j` of a kind (of `2^shardBits`), in key order: each key's value within the shard and the range of
 * its records in `reports` (and, for triples, `positions` and the character after each, `nexts`), which come in report
 * order, positions ascending within a report.
 *
 * How: one stable counting sort of the shard's records (bucket by bucket, run by run: report order) by a digit — their
 * bucket and the top bits of their value, about as many digits as records, the values being mixed keys spread evenly
 * — then each digit's few records ordered by value, stably. No sort per bucket: tens of thousands of small sorts, each
 * with its own arrays, cost more than the sorting itself.
 */
function gatherShard(spill: RecordSpill, n: number, fds: number[], j: number, shardBits: number) {
  const span = 1 << (BUCKET_BITS - shardBits);
  const [b0, b1] = [j * span, (j + 1) * span];
  const runs = spill.runs;
  const chunks = runs.map((run, r) => readRecords(fds[r], run, b0, b1));
  const fields = spill.fields;
  const lowBits = 16 * n - BUCKET_BITS;
  let count = 0;
  for (const run of runs) count += run.starts[b1] - run.starts[b0];
  let topBits = 0;
  while (topBits < lowBits && topBits < 16 && span * 2 ** topBits < count) topBits++;
  const digits: Digits = { perBucket: 2 ** topBits, shift: lowBits - topBits };
  const segments = shardSegments(runs, b0, b1);
  // counts[d + 1]: records of digit d; then where digit d starts; after the scatter, where it ends.
  const counts = new Uint32Array(span * digits.perBucket + 1);
  countDigits(chunks, segments, fields, digits, counts);
  prefixSums(counts);
  const records: ShardRecords = {
    values: new Uint32Array(count),
    reports: new Uint32Array(count),
    positions: new Uint32Array(fields === 4 ? count : 0),
    nexts: new Uint32Array(fields === 4 ? count : 0),
    four: fields === 4,
  };
  if (fields === 4) scatterTriples(chunks, segments, digits, counts, records);
  else scatterPairs(chunks, segments, digits, counts, records);
  orderDigits(records, counts);
  const { keys, ends } = keysOf(records.values, counts, span, digits.perBucket, lowBits);
  return { keys, ends, reports: records.reports, positions: records.positions, nexts: records.nexts };
}
/** A shard's digits: `perBucket` per bucket, the rest of a record's digit its value's bits from `shift` up. */
interface Digits {
  perBucket: number;
  shift: number;
}
/**
 * A record's digit: its bucket's first digit plus its value's top bits. Two shifts of at most 16 bits, since a shift
 * by 32 (a triple's value when the digits are the buckets alone) is one by 0 in JavaScript.
 */
const digitOf = (first: number, value: number, shift: number) => first + ((value >>> (shift >>> 1)) >>> (shift - (shift >>> 1)));
/**
 * Where a shard's records are in its runs' chunks: per bucket, per run (report order), four numbers — the run, the
 * first and last record (in the run's chunk, in numbers: fields each), the bucket within the shard.
 */
function shardSegments(runs: RecordRun[], b0: number, b1: number): number[] {
  const segments: number[] = [];
  for (let b = b0; b < b1; b++) {
    for (let r = 0; r < runs.length; r++) {
      const { starts, fields } = runs[r];
      if (starts[b + 1] > starts[b]) segments.push(r, (starts[b] - starts[b0]) * fields, (starts[b + 1] - starts[b0]) * fields, b - b0);
    }
  }
  return segments;
}
// The passes over a shard's records: each loop a function of its own, each kind of record its own (encodeShard).
function countDigits(chunks: Uint32Array[], segments: number[], fields: number, { perBucket, shift }: Digits, counts: Uint32Array) {
  for (let s = 0; s < segments.length; s += 4) countSegment(chunks[segments[s]], segments[s + 1], segments[s + 2], fields, segments[s + 3] * perBucket, shift, counts);
}
function countSegment(chunk: Uint32Array, from: number, to: number, fields: number, first: number, shift: number, counts: Uint32Array) {
  for (let i = from; i < to; i += fields) counts[digitOf(first, chunk[i], shift) + 1]++;
}
function prefixSums(counts: Uint32Array) {
  for (let d = 1; d < counts.length; d++) counts[d] += counts[d - 1];
}
function scatterPairs(chunks: Uint32Array[], segments: number[], { perBucket, shift }: Digits, counts: Uint32Array, records: ShardRecords) {
  for (let s = 0; s < segments.length; s += 4) scatterPairSegment(chunks[segments[s]], segments[s + 1], segments[s + 2], segments[s + 3] * perBucket, shift, counts, records);
}
function scatterPairSegment(chunk: Uint32Array, from: number, to: number, first: number, shift: number, counts: Uint32Array, { values, reports }: ShardRecords) {
  for (let i = from; i < to; i += 2) {
    const at = counts[digitOf(first, chunk[i], shift)]++;
    values[at] = chunk[i];
    reports[at] = chunk[i + 1];
  }
}
function scatterTriples(chunks: Uint32Array[], segments: number[], { perBucket, shift }: Digits, counts: Uint32Array, records: ShardRecords) {
  for (let s = 0; s < segments.length; s += 4) scatterTripleSegment(chunks[segments[s]], segments[s + 1], segments[s + 2], segments[s + 3] * perBucket, shift, counts, records);
}
function scatterTripleSegment(chunk: Uint32Array, from: number, to: number, first: number, shift: number, counts: Uint32Array, { values, reports, positions, nexts }: ShardRecords) {
  for (let i = from; i < to; i += 4) {
    const at = counts[digitOf(first, chunk[i], shift)]++;
    values[at] = chunk[i];
    reports[at] = chunk[i + 1];
    positions[at] = chunk[i + 2];
    nexts[at] = chunk[i + 3];
  }
}
/** Each digit's records by value, stably (counts: where each digit ends). */
function orderDigits(records: ShardRecords, counts: Uint32Array) {
  for (let d = 0, start = 0; d < counts.length - 1; start = counts[d++]) if (!ascendingValues(records.values, start, counts[d])) orderDigit(records, start, counts[d]);
}
function ascendingValues(values: Uint32Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (values[i - 1] > values[i]) return false;
  return true;
}
/** The shard's keys (value within the shard) and where each one's records end, from its ordered values. */
function keysOf(values: Uint32Array, counts: Uint32Array, span: number, perBucket: number, lowBits: number) {
  const found: { keys: number[]; ends: number[] } = { keys: [], ends: [] };
  for (let b = 0, start = 0; b < span; b++) {
    const end = counts[(b + 1) * perBucket - 1];
    if (end > start) bucketKeys(values, start, end, b * POW2[lowBits], found.keys, found.ends);
    start = end;
  }
  return found;
}
function bucketKeys(values: Uint32Array, start: number, end: number, high: number, keys: number[], ends: number[]) {
  keys.push(high + values[start]);
  for (let i = start + 1; i < end; i++) {
    if (values[i] !== values[i - 1]) ends.push(i), keys.push(high + values[i]);
  }
  ends.push(end);
}

/** No character after a triple: it ends its section. */
const NO_NEXT = 0x10000;

/**
 * The report sets of a triple's extensions by one character — the quadruples it begins — for a triple whose positions
 * are so large that a four-character term could not afford them beside its other triple's: how many, then their
 * characters (gaps between code units, Golomb-Rice) and each one's report set.
 */
function extensionBits(reports: Uint32Array, nexts: Uint32Array, from: number, to: number, total: number): string {
  const pairs = new Float64Array(to - from);
  for (let i = from; i < to; i++) pairs[i - from] = nexts[i] * 2 ** 32 + reports[i];
  pairs.sort();
  const chars: number[] = [];
  const ends: number[] = [];
  const sets = new Numbers();
  for (let i = 0; i < pairs.length; i++) {
    const next = Math.floor(pairs[i] / 2 ** 32);
    if (next === NO_NEXT) break; // the largest: the rest end their sections too
    if (i > 0 && pairs[i] === pairs[i - 1]) continue;
    if (chars.at(-1) !== next) {
      if (chars.length) ends.push(sets.length);
      chars.push(next);
    }
    sets.push(pairs[i] - next * 2 ** 32);
  }
  ends.push(sets.length);
  const out = new BitWriter();
  out.gamma(chars.length + 1);
  const k = riceParameter(NO_NEXT / Math.max(1, chars.length));
  for (let e = 0, prev = -1; e < chars.length; prev = chars[e++]) out.rice(chars[e] - prev - 1, k);
  for (let e = 0, start = 0; e < chars.length; start = ends[e++]) writeSet(out, sets.values, start, ends[e], total);
  return out.text();
}

/** Where a triple's positions went: a file of positions, the digit they start at, and the most bytes that file has. */
interface Packed {
  file: number;
  offset: number;
  bytes: number;
}
type Packer = (bits: string) => Packed;
/** Placing nothing: for a shard made only to be measured. */
const DRY_PACKER: Packer = () => ({ file: 0, offset: 0, bytes: POSITIONS_PACK_BYTES });
/** The bits of an entry's reference to a file of positions, at most: flag and three numbers below 2^20 in gamma. */
const PACKED_REFERENCE_BITS = 2 + 3 * gammaBits(2 ** 20);
function writePlace(out: BitWriter, at: Packed) {
  out.gamma(at.file + 1);
  out.gamma(at.offset + 1);
  out.gamma(at.bytes);
}

/**
 * Files of positions `3/p<t>.js`: positions too large for their shard, packed in order into files of at most
 * POSITIONS_PACK_BYTES (so that there are few files, and a query that needs one downloads little beside it); positions
 * larger than that are a file of their own.
 */
class PositionPacks {
  files = 0;
  private held: string[] = [];
  private heldDigits = 0;
  private heldFile = -1;
  private emit: (file: number, body: string) => void;
  constructor(emit: (file: number, body: string) => void) {
    this.emit = emit;
  }
  readonly place: Packer = (bits) => {
    if (bits.length + WRAP_MAX_BYTES > POSITIONS_PACK_BYTES) {
      const file = this.files++;
      const body = wrap(POSITION_GRAM, `p${file}`, bits);
      this.emit(file, body);
      return { file, offset: 0, bytes: body.length };
    }
    if (this.heldDigits + bits.length + WRAP_MAX_BYTES > POSITIONS_PACK_BYTES) this.flush();
    if (this.heldFile < 0) this.heldFile = this.files++;
    const at = { file: this.heldFile, offset: this.heldDigits, bytes: POSITIONS_PACK_BYTES };
    this.held.push(bits);
    this.heldDigits += bits.length;
    return at;
  };
  flush() {
    if (this.heldFile >= 0) this.emit(this.heldFile, wrap(POSITION_GRAM, `p${this.heldFile}`, this.held.join('')));
    this.held = [];
    this.heldDigits = 0;
    this.heldFile = -1;
  }
}

/** What a shard's entries are encoded with. */
interface ShardOptions {
  total: number;
  avgChars: number;
  shardMaxBytes: number;
  positionsMaxBytes: number;
  inlinePositionsMaxBytes: number;
  extensionsMinBytes: number;
}
type Gathered = ReturnType<typeof gatherShard>;

/**
 * A shard's bits: its keys (how many, then the gaps between their values), then each key's entry. Each loop is a
 * function of its own, and the sets' shards and the triples' are written by different functions: V8 optimizes a long
 * call while in its first loop (on-stack replacement), or a function on the kinds it has seen, and keeps that code,
 * which would leave for the interpreter, shard after shard, at any later loop or other kind it had not seen run.
 */
function encodeShard(gathered: Gathered, n: number, bitsOfShards: number, options: ShardOptions, place: Packer): string {
  const out = new BitWriter();
  writeKeys(out, gathered.keys, n, bitsOfShards);
  // The entries start at a whole digit, where the reader goes once it has found its key's index.
  out.pad();
  if (n < POSITION_GRAM) writeSets(out, gathered, options.total);
  else writeTriples(out, gathered, options, place);
  return out.text();
}
function writeKeys(out: BitWriter, keys: number[], n: number, bitsOfShards: number) {
  const keyCount = keys.length;
  out.gamma(keyCount + 1);
  const keyK = riceParameter(2 ** (16 * n - bitsOfShards) / Math.max(1, keyCount));
  for (let e = 0, prev = -1; e < keyCount; prev = keys[e++]) out.rice(keys[e] - prev - 1, keyK);
}
function writeSets(out: BitWriter, { ends, reports }: Gathered, total: number) {
  for (let e = 0, from = 0; e < ends.length; from = ends[e++]) writeSet(out, reports, from, ends[e], total);
}

/** How a triple's positions are kept: in its entry, in a file of positions, or not at all (too large for any query). */
const INLINE = 0;
const PACKED = 1;
const NOT_KEPT = 2;
/** Each triple of a shard: its distinct reports (from setFrom[e] to setFrom[e + 1] in distinct), its positions' bits, where they go. */
interface Triples {
  distinct: Numbers;
  setFrom: number[];
  posBits: number[];
  mode: number[];
}

/**
 * A triple's distinct reports, then its positions: inline (flag 0), in a file of positions (10) or, too large for
 * any query, not kept (11); out of the shard, a flag for the sets of its extensions (1: in a file of positions too).
 */
function writeTriples(out: BitWriter, gathered: Gathered, options: ShardOptions, place: Packer) {
  const triples = tripleSets(gathered, options.avgChars);
  triples.setFrom.push(triples.distinct.length);
  triples.mode = triples.posBits.map((b) => (b <= options.inlinePositionsMaxBytes * 6 ? INLINE : outOfShard(b, options)));
  // Within the maximum: the largest positions still inline move out until the shard fits.
  const limit = (options.shardMaxBytes - WRAP_MAX_BYTES) * 6;
  const bits = out.bits + sumEntryBits(triples, options);
  if (bits > limit) moveOut(triples, bits, limit, options);
  writeTripleEntries(out, gathered, triples, options, place);
}
function tripleSets({ ends, reports, positions }: Gathered, avgChars: number): Triples {
  // Made before the loop, and the end of the last set pushed by the caller: nothing but a return after it (encodeShard).
  const triples: Triples = { distinct: new Numbers(), setFrom: [], posBits: [], mode: [] };
  const { distinct, setFrom, posBits } = triples;
  for (let e = 0, from = 0; e < ends.length; from = ends[e++]) {
    setFrom.push(distinct.length);
    distinctReports(reports, from, ends[e], distinct);
    posBits.push(positionBits(reports, positions, from, ends[e], avgChars));
  }
  return triples;
}
function distinctReports(reports: Uint32Array, from: number, to: number, distinct: Numbers) {
  for (let i = from; i < to; i++) if (i === from || reports[i] !== reports[i - 1]) distinct.push(reports[i]);
}
const outOfShard = (posBits: number, options: ShardOptions) => (Math.ceil(posBits / 6) + WRAP_MAX_BYTES <= options.positionsMaxBytes ? PACKED : NOT_KEPT);
const extended = ({ mode, posBits }: Triples, e: number, options: ShardOptions) => mode[e] !== INLINE && posBits[e] / 6 > options.extensionsMinBytes;
function entryBits(triples: Triples, e: number, options: ShardOptions): number {
  const { distinct, setFrom, posBits, mode } = triples;
  const set = setBits(distinct.values, setFrom[e], setFrom[e + 1], options.total);
  if (mode[e] === INLINE) return set + 1 + posBits[e];
  return set + (mode[e] === PACKED ? PACKED_REFERENCE_BITS : 2) + 1 + (extended(triples, e, options) ? PACKED_REFERENCE_BITS : 0);
}
function sumEntryBits(triples: Triples, options: ShardOptions): number {
  let bits = 0;
  for (let e = 0; e < triples.posBits.length; e++) bits += entryBits(triples, e, options);
  return bits;
}
function moveOut(triples: Triples, bits: number, limit: number, options: ShardOptions) {
  const { posBits, mode } = triples;
  const inline = [...posBits.keys()].filter((e) => mode[e] === INLINE).sort((a, b) => posBits[b] - posBits[a]);
  for (const e of inline) {
    if (bits <= limit) break;
    bits -= entryBits(triples, e, options);
    mode[e] = outOfShard(posBits[e], options);
    bits += entryBits(triples, e, options);
  }
}
function writeTripleEntries(out: BitWriter, { ends, reports, positions, nexts }: Gathered, triples: Triples, options: ShardOptions, place: Packer) {
  const { distinct, setFrom, mode } = triples;
  const { total, avgChars } = options;
  for (let e = 0, from = 0; e < ends.length; from = ends[e++]) {
    writeSet(out, distinct.values, setFrom[e], setFrom[e + 1], total);
    if (mode[e] === INLINE) {
      out.write(0, 1);
      writePositions(out, reports, positions, from, ends[e], avgChars);
      continue;
    }
    if (mode[e] === PACKED) {
      const own = new BitWriter();
      writePositions(own, reports, positions, from, ends[e], avgChars);
      const at = place(own.text());
      out.write(2, 2);
      writePlace(out, at);
    } else out.write(3, 2);
    const withExtensions = extended(triples, e, options);
    out.write(withExtensions ? 1 : 0, 1);
    if (withExtensions) writePlace(out, place(extensionBits(reports, nexts, from, ends[e], total)));
  }
}

/**
 * Spills report `i`'s records: each distinct character, each distinct pair, and every triple with its position and the
 * character after it. `texts` are its folded sections, laid out one position apart; returns the positions they take.
 * `charSeen` and `chars` are left empty; `buffer.pairs` is grown as a report needs. Its own function, so that it is
 * compiled once as it gets hot: as the loop of writeTermIndex, called once per index, it was compiled again and again
 * where it ran (on-stack replacement).
 */
function postReport(i: number, texts: string[], spills: RecordSpill[], charSeen: Uint8Array, chars: number[], buffer: { pairs: Uint32Array }): number {
  let at = 0;
  let pairCount = 0;
  for (const text of texts) {
    if (buffer.pairs.length < pairCount + text.length) {
      const grown = new Uint32Array(2 * (pairCount + text.length));
      grown.set(buffer.pairs.subarray(0, pairCount));
      buffer.pairs = grown;
    }
    pairCount = postSection(i, text, at, spills[2], charSeen, chars, buffer.pairs, pairCount);
    // One position between sections: no triple, and no term's cover, spans two of them.
    at += text.length + 1;
  }
  postChars(i, spills[0], charSeen, chars);
  chars.length = 0;
  postPairs(i, spills[1], sortUint32(buffer.pairs.subarray(0, pairCount)));
  return at;
}
/**
 * A section's triples (at `at` onwards) spilled, its characters not seen before in the report noted, its pairs added
 * to `pairs` from `pairCount`; returns the pairs' new count. Each loop of postReport is a function of its own
 * (encodeShard).
 */
function postSection(i: number, text: string, at: number, triples: RecordSpill, charSeen: Uint8Array, chars: number[], pairs: Uint32Array, pairCount: number): number {
  let c1 = 0;
  let c2 = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!charSeen[c]) (charSeen[c] = 1), chars.push(c);
    if (k >= 1) pairs[pairCount++] = c1 * 65536 + c;
    if (k >= 2) {
      mix(3, c2, c1, c);
      const next = k + 1 < text.length ? text.charCodeAt(k + 1) : NO_NEXT;
      triples.add(mixed.hi >>> 8, (mixed.hi & 0xff) * 0x1000000 + mixed.lo, i, at + k - 2, next);
    }
    c2 = c1;
    c1 = c;
  }
  return pairCount;
}
function postChars(i: number, spill: RecordSpill, charSeen: Uint8Array, chars: number[]) {
  for (const c of chars) {
    charSeen[c] = 0;
    mix(1, c, 0, 0);
    spill.add(mixed.hi * 256 + mixed.lo, 0, i);
  }
}
/** Each distinct pair of `held` (sorted). */
function postPairs(i: number, spill: RecordSpill, held: Uint32Array) {
  for (let k = 0; k < held.length; k++) {
    if (k > 0 && held[k] === held[k - 1]) continue;
    mix(2, held[k] >>> 16, held[k] & 0xffff, 0);
    spill.add(mixed.hi, mixed.lo, i);
  }
}

/**
 * Writes `index.js` and the shards `1/<n>.js`, `2/<n>.js`, `3/<n>.js` and `3/<n>-<t>.js` (paths under the index's folder)
 * through `save`, for the reports of `summaries` (each read by `read` when its turn comes). Returns the files, bytes,
 * shard counts and largest shard.
 */
export function writeTermIndex(
  save: (path: string, body: string) => void,
  summaries: ReportSummary[],
  /** A report's sections, folded (foldedSections). */
  read: (s: ReportSummary) => string[],
  {
    spillDir,
    recordsPerRun = RECORDS_PER_RUN,
    shardMaxBytes = SHARD_MAX_BYTES,
    positionsMaxBytes = POSITIONS_MAX_BYTES,
    inlinePositionsMaxBytes = INLINE_POSITIONS_MAX_BYTES,
    extensionsMinBytes = EXTENSIONS_MIN_BYTES,
    texts,
  }: {
    spillDir?: string; recordsPerRun?: number; shardMaxBytes?: number; positionsMaxBytes?: number; inlinePositionsMaxBytes?: number; extensionsMinBytes?: number;
    /** No positions: the slugs in the order the texts are numbered (the offline search's), which `meta.texts` maps to. */
    texts?: string[];
  } = {},
) {
  // Without positions every triple's entry says "not kept" (the reader then confirms in the texts); the sets of the
  // quadruples the commonest triples begin stay, so a four-character term beginning with one is still one set.
  if (texts) positionsMaxBytes = inlinePositionsMaxBytes = 0;
  const ordered = indexOrder(summaries);
  const total = ordered.length;
  const groups: TermIndexMeta['groups'] = [];
  for (const [i, s] of ordered.entries()) {
    const tier = tierOf(s);
    const last = groups.at(-1);
    if (last && last[0] === tier && last[1] === s.year) last[3]++;
    else groups.push([tier, s.year, i, 1]);
  }
  const dir = spillDir ?? mkdtempSync(join(tmpdir(), 'atlas-term-index-'));
  mkdirSync(dir, { recursive: true });
  const spills = [
    new RecordSpill(join(dir, 'chars'), 2, BUCKETS, recordsPerRun),
    new RecordSpill(join(dir, 'pairs'), 2, BUCKETS, recordsPerRun),
    new RecordSpill(join(dir, 'triples'), 4, BUCKETS, recordsPerRun),
  ];
  let files = 0;
  let bytes = 0;
  const write = (path: string, body: string) => {
    save(path, body);
    files++;
    bytes += body.length; // ASCII only: a character is a byte
  };
  try {
    let laidOut = 0;
    const charSeen = new Uint8Array(65536);
    const chars: number[] = [];
    const buffer = { pairs: new Uint32Array(4096) };
    for (const [i, s] of ordered.entries()) laidOut += postReport(i, read(s), spills, charSeen, chars, buffer);
    for (const spill of spills) spill.finish();
    const avgChars = Math.max(1, Math.round(laidOut / Math.max(1, total)));

    const shardBits: number[] = [];
    const shardMax: number[] = [];
    const packs = new PositionPacks((file, body) => write(`${POSITION_GRAM}/p${file}.js`, body));
    for (const [index, spill] of spills.entries()) {
      const n = index + 1;
      const fds = spill.open();
      try {
        const shard = (j: number, bitsOfShards: number, packer: Packer, maxBytes: number) =>
          encodeShard(gatherShard(spill, n, fds, j, bitsOfShards), n, bitsOfShards, { total, avgChars, shardMaxBytes: maxBytes, positionsMaxBytes, inlinePositionsMaxBytes, extensionsMinBytes }, packer);
        // How many shards: the bytes of a sample of the buckets (at least 1/1024 of them and ≈ 50,000 records), made as
        // a shard is but not written, scaled up — what a record costs depends on the corpus (how many grams it shares).
        let sampleBits = 0;
        while (sampleBits < 10 && spill.total / 2 ** (sampleBits + 1) >= 50_000) sampleBits++;
        const estimate = shard(0, sampleBits, DRY_PACKER, Infinity).length * 2 ** sampleBits;
        let bitsOfShards = 0;
        const target = Math.min(SHARD_TARGET_BYTES, shardMaxBytes / 3);
        while (bitsOfShards < BUCKET_BITS && estimate / 2 ** bitsOfShards > target) bitsOfShards++;
        let largest = 0;
        for (let j = 0; j < 2 ** bitsOfShards; j++) {
          const body = wrap(n, String(j), shard(j, bitsOfShards, packs.place, shardMaxBytes));
          largest = Math.max(largest, body.length);
          write(`${n}/${j}.js`, body);
        }
        shardBits.push(bitsOfShards);
        shardMax.push(largest);
      } finally {
        spill.close(fds);
      }
    }
    packs.flush();
    const meta: TermIndexMeta = { reports: total, groups, avgChars, shardBits, shardMaxBytes: shardMax };
    if (texts) {
      const textOf = new Map(texts.map((slug, n) => [slug, n]));
      meta.texts = ordered.map((s) => {
        const n = textOf.get(s.slug);
        if (n === undefined) throw new Error(`term index: no text of ${s.slug} among the texts named`);
        return n;
      });
    }
    const metaBody = `window.ATLAS_TERM_INDEX=${JSON.stringify(meta)};\n`;
    write('index.js', metaBody);
    return {
      files,
      bytes: bytes + Buffer.byteLength(metaBody) - metaBody.length,
      shards: shardBits.map((b) => 2 ** b),
      positionFiles: packs.files,
      largestShard: Math.max(...shardMax),
      metaBytes: Buffer.byteLength(metaBody),
      runs: Math.max(...spills.map((s) => s.runs.length)),
    };
  } finally {
    for (const spill of spills) spill.remove();
    if (!spillDir) rmSync(dir, { recursive: true, force: true });
  }
}
