/**
 * The index of the page "词语历年" (/terms/?q=): for any term, how many reports of each year and tier contain it
 * exactly as typed (after the search page's folding), read from classic scripts a query loads by need — the same
 * files serve http and file://, where fetch, modules and workers are blocked.
 *
 * What "contains" means is the search page's rule: a report contains a term when one of its sections does, a section
 * being its heading and paragraphs folded into one string (fold() removes the line breaks between them).
 *
 * Reports are numbered by tier, then year, so each (tier, year) is one run of report numbers and counting a set of
 * reports by year and tier needs no per-report table. Two kinds of posting, each sharded by a hash of its key:
 * - sets: every character, pair and triple of characters of a section → the set of reports holding it (delta-coded
 *   report numbers, or a bitset where that is shorter, so no posting exceeds N/6 bytes). Exact for terms of 1–3
 *   characters.
 * - grams: every run of four characters → the reports holding it with its positions in each (a report's sections laid
 *   end to end with one position between them, so no run spans two sections). A term of four characters is its own
 *   gram; a longer one occurs where grams cut from it at offsets 0, 4, 8 … and its last four characters stand at the
 *   same distances — an exact test from positions alone. A gram whose positions would exceed POSITIONS_MAX_CHARS keeps
 *   only its report set (marked "!"): a longer term that needs it is reported as not countable within the budget,
 *   never counted wrong.
 * A shard is at most SHARD_MAX_BYTES, so a query's download is bounded by the shards it needs (public/term-index.js
 * decides before loading). Memory is bounded: postings are spilled to run files by bucket (as in offline-search.ts)
 * and each shard is made from its buckets, one shard at a time.
 * `public/term-index.js` reads these files: keep the two in step.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEVEL_TIER, TIER_ORDER, type GovernmentTier } from '../pipeline/levels.ts';
import type { Report, ReportSummary } from '../pipeline/types.ts';
import { fold, sectionHeading, shardOf } from './offline-search.ts';
import { readBucket, writeRun, type Run } from './spill-runs.ts';

/** Terms of up to this many characters are answered from report sets alone. */
export const SET_GRAM_MAX = 3;
/** The length of the positional grams longer terms are verified with. */
export const POSITION_GRAM = 4;
/** The most characters a gram's positions may take; beyond it only its report set is kept. */
export const POSITIONS_MAX_CHARS = 48 * 1024;
/** No shard is larger (the index's shard count doubles until none is), so a query's bytes are bounded in advance. */
export const SHARD_MAX_BYTES = 64 * 1024;
/** What the shards are sized for on average: small, so that a query reads little beside its own postings. */
const SHARD_TARGET_BYTES = 16 * 1024;
/** Buckets postings are spilled in: the most shards there may be (any power-of-two count is a union of buckets). */
const MAX_BUCKETS = 1 << 16;
/** Posting pieces held in memory before a run is spilled to disk. */
export const PIECES_PER_RUN = 400_000;

export type TierOrUnknown = GovernmentTier | null;
export const tierOf = (s: Pick<ReportSummary, 'place'>): TierOrUnknown => (s.place?.level ? LEVEL_TIER[s.place.level] : null);

/** The folded text of each section, as the search page matches it. */
export function foldedSections(r: Pick<Report, 'sections'>): string[] {
  return r.sections.map((s) => fold(`${sectionHeading(s)}\n${s.paragraphs.map((p) => p.text).join('\n')}`));
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

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** A report set as text: delta-coded numbers in base 36 (`,`-separated), or `~` and a bitset in 6-bit digits. */
export function encodeSet(reports: number[], total: number): string {
  const deltas: string[] = [];
  let prev = -1;
  for (const r of reports) {
    deltas.push((r - prev - 1).toString(36));
    prev = r;
  }
  const list = deltas.join(',');
  const bitsetChars = Math.ceil(total / 6) + 1;
  if (list.length <= bitsetChars) return list;
  const digits = new Uint8Array(Math.ceil(total / 6));
  for (const r of reports) digits[(r / 6) | 0] |= 1 << r % 6;
  let out = '~';
  // Trailing zero digits are left out: the reader treats missing digits as empty.
  let end = digits.length;
  while (end > 0 && digits[end - 1] === 0) end--;
  for (let i = 0; i < end; i++) out += B64[digits[i]];
  return out;
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
  groups: [TierOrUnknown, number | null, number, number][];
  setShards: number;
  gramShards: number;
  shardMaxBytes: number;
  setGramMax: number;
  positionGram: number;
}

/** One kind of posting gathered for a run of reports, spilled to a file grouped by bucket. */
class Spill {
  private held = new Map<string, string[]>();
  pieces = 0;
  runs: Run[] = [];
  spilledChars = 0;
  private dir: string;
  private name: string;
  constructor(dir: string, name: string) {
    this.dir = dir;
    this.name = name;
  }
  add(key: string, piece: string) {
    let list = this.held.get(key);
    if (!list) this.held.set(key, (list = []));
    list.push(piece);
    this.pieces++;
  }
  spill() {
    if (!this.pieces) return;
    const buckets: string[][] = Array.from({ length: MAX_BUCKETS }, () => []);
    // Keys hold no tab or line break: fold() removes every space, and these are spaces.
    for (const [key, list] of this.held) buckets[shardOf(key, MAX_BUCKETS)].push(`${key}\t${list.join(',')}\n`);
    this.held = new Map();
    this.pieces = 0;
    const run = writeRun(join(this.dir, `${this.name}-${this.runs.length}`), buckets);
    this.spilledChars += run.offsets[MAX_BUCKETS];
    this.runs.push(run);
  }
  /** Each key of a shard (buckets j, j + shards, …) with its pieces from every run, in run order. */
  *shard(j: number, shards: number, fds: number[]): Generator<[string, string[]]> {
    const lists = new Map<string, string[]>();
    for (let b = j; b < MAX_BUCKETS; b += shards) {
      this.runs.forEach((run, r) => {
        for (const line of readBucket(fds[r], run, b)) {
          const tab = line.indexOf('\t');
          const key = line.slice(0, tab);
          let parts = lists.get(key);
          if (!parts) lists.set(key, (parts = []));
          parts.push(line.slice(tab + 1));
        }
      });
    }
    yield* lists;
  }
}

/**
 * Writes `index.js` and `sets/<n>.js`, `grams/<n>.js` (paths under the index's folder) through `save`, for the reports
 * of `summaries` (each read by `read` when its turn comes). Returns the files, bytes, shard counts and largest shard.
 */
export function writeTermIndex(
  save: (path: string, body: string) => void,
  summaries: ReportSummary[],
  read: (s: ReportSummary) => Pick<Report, 'sections'>,
  { spillDir, piecesPerRun = PIECES_PER_RUN, shardMaxBytes = SHARD_MAX_BYTES }: { spillDir?: string; piecesPerRun?: number; shardMaxBytes?: number } = {},
) {
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
  const sets = new Spill(dir, 'sets');
  const grams = new Spill(dir, 'grams');
  let files = 0;
  let bytes = 0;
  const write = (path: string, body: string) => {
    save(path, body);
    files++;
    bytes += Buffer.byteLength(body);
  };
  try {
    for (const [i, s] of ordered.entries()) {
      const id = i.toString(36);
      const seen = new Set<string>();
      const positions = new Map<string, number[]>();
      let at = 0;
      for (const text of foldedSections(read(s))) {
        for (let k = 0; k < text.length; k++) {
          for (let n = 1; n <= SET_GRAM_MAX && k + n <= text.length; n++) seen.add(text.slice(k, k + n));
          if (k + POSITION_GRAM <= text.length) {
            const g = text.slice(k, k + POSITION_GRAM);
            let list = positions.get(g);
            if (!list) positions.set(g, (list = []));
            list.push(at + k);
          }
        }
        // One position between sections: grams cut from a term at distance POSITION_GRAM never join two sections.
        at += text.length + 1;
      }
      for (const key of seen) sets.add(key, id);
      for (const [g, list] of positions) {
        let prev = 0;
        grams.add(g, `${id}:${list.map((p) => { const d = p - prev; prev = p; return d.toString(36); }).join('.')}`);
      }
      if (sets.pieces + grams.pieces >= piecesPerRun) {
        sets.spill();
        grams.spill();
      }
    }
    sets.spill();
    grams.spill();

    /** A set shard: key → report set. */
    const setShard = (j: number, shards: number, fds: number[]) => {
      const out: Record<string, string> = {};
      for (const [key, runs] of sets.shard(j, shards, fds)) out[key] = encodeSet(runs.join(',').split(',').map((x) => parseInt(x, 36)), total);
      return JSON.stringify(out);
    };
    /** A gram shard: key → `delta:pos.pos…` per report (report numbers delta-coded), or `!` and its report set. */
    const gramShard = (j: number, shards: number, fds: number[]) => {
      const out: Record<string, string> = {};
      for (const [key, runs] of grams.shard(j, shards, fds)) {
        const pieces = runs.join(',').split(',');
        let prev = -1;
        const reports: number[] = [];
        const coded = pieces.map((p) => {
          const colon = p.indexOf(':');
          const r = parseInt(p.slice(0, colon), 36);
          reports.push(r);
          const d = r - prev - 1;
          prev = r;
          return `${d.toString(36)}${p.slice(colon)}`;
        });
        const text = coded.join(',');
        out[key] = text.length <= POSITIONS_MAX_CHARS ? text : `!${encodeSet(reports, total)}`;
      }
      return JSON.stringify(out);
    };
    const shardCounts: number[] = [];
    let largest = 0;
    for (const [kind, spill, make] of [['sets', sets, setShard], ['grams', grams, gramShard]] as const) {
      const fds = spill.runs.map((run) => openSync(run.path, 'r'));
      try {
        let shards = 16;
        while (shards < MAX_BUCKETS && spill.spilledChars / shards > SHARD_TARGET_BYTES) shards *= 2;
        // Doubled until no shard exceeds the maximum (sizes measured in a first pass, then written).
        for (;;) {
          let max = 0;
          for (let j = 0; j < shards && max <= shardMaxBytes; j++) max = Math.max(max, Buffer.byteLength(make(j, shards, fds)));
          if (max <= shardMaxBytes || shards >= MAX_BUCKETS) break;
          shards *= 2;
        }
        const tag = kind === 'sets' ? 0 : 1;
        for (let j = 0; j < shards; j++) {
          const body = `ATLAS_TERM_SHARD(${tag},${j},${make(j, shards, fds)});\n`;
          largest = Math.max(largest, Buffer.byteLength(body));
          write(`${kind}/${j}.js`, body);
        }
        shardCounts.push(shards);
      } finally {
        fds.forEach((fd) => closeSync(fd));
      }
    }
    const meta: TermIndexMeta = {
      reports: total,
      groups,
      setShards: shardCounts[0],
      gramShards: shardCounts[1],
      shardMaxBytes: largest,
      setGramMax: SET_GRAM_MAX,
      positionGram: POSITION_GRAM,
    };
    const metaBody = `window.ATLAS_TERM_INDEX=${JSON.stringify(meta)};\n`;
    write('index.js', metaBody);
    return { files, bytes, setShards: shardCounts[0], gramShards: shardCounts[1], largestShard: largest, metaBytes: Buffer.byteLength(metaBody), runs: sets.runs.length };
  } finally {
    for (const run of [...sets.runs, ...grams.runs]) rmSync(run.path, { force: true });
    if (!spillDir) rmSync(dir, { recursive: true, force: true });
  }
}
