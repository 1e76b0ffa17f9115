/**
 * The offline edition's search index: classic scripts a query loads by need, because file:// pages may neither fetch
 * nor import modules. Each report's characters and character pairs (after folding width and case) are posted to one of
 * a fixed number of shards by a hash of the pair; a query loads only the shards of its own pairs, intersects them to
 * the reports that can contain it, and then loads those reports' section text to confirm the exact words.
 * `public/search.js` holds the reading side (the same fold and hash): keep the two in step.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provinceGroup } from '../lib/data.ts';
import type { Report, ReportSummary } from '../pipeline/types.ts';
import { readShard, writeRun, type Run } from './spill-runs.ts';
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

const COMMA = 0x2c;
const DOT = 0x2e;
/** A digit of a number written by toString(36): 0–9, then a–z. */
const base36Digit = (code: number) => (code <= 0x39 ? code - 0x30 : code - 0x57);

/** Buckets a spilled run is grouped in: the most shards there may be, so any shard count (a power of two) is a union of buckets. */
const MAX_SHARDS = 8192;
/** Postings gathered in memory before they are spilled to a run on disk: what the index holds at once, whatever the corpus. */
export const POSTINGS_PER_RUN = 1_000_000;

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
 * Posts report `i`'s keys, counted: its characters (through a table of counts by code unit, left zeroed) and its pairs
 * (sorted and counted in runs) — the same keys as keysOf gives. Returns how many postings it added. Its own function,
 * as is shardPostings, so that each is compiled once as it gets hot: as loops of one long function, called once per
 * index, they were compiled again and again where they ran (on-stack replacement, ≈ 0.3 s of CPU at 200 reports).
 */
function postReport(i: number, folded: string[], singleCounts: Uint32Array, singlePostings: (number[] | undefined)[], pairPostings: Map<number, number[]>): number {
  const pairs = new Uint32Array(folded.reduce((sum, f) => sum + f.length, 0));
  const seen: number[] = [];
  let p = 0;
  for (const f of folded) {
    for (let j = 0; j < f.length; j++) {
      const c = f.charCodeAt(j);
      if (singleCounts[c]++ === 0) seen.push(c);
      if (j + 1 < f.length) pairs[p++] = ((c << 16) | f.charCodeAt(j + 1)) >>> 0;
    }
  }
  for (const c of seen) {
    (singlePostings[c] ??= []).push(i, singleCounts[c]);
    singleCounts[c] = 0;
  }
  let held = seen.length;
  const sorted = sortUint32(pairs.subarray(0, p));
  for (let j = 0; j < sorted.length; ) {
    let end = j + 1;
    while (end < sorted.length && sorted[end] === sorted[j]) end++;
    let list = pairPostings.get(sorted[j]);
    if (!list) pairPostings.set(sorted[j], (list = []));
    list.push(i, end - j);
    held++;
    j = end;
  }
  return held;
}

/**
 * Shard `j` of `shards`: its buckets (j, j + shards, …) from every run, in run order, so each key's reports stay
 * ascending; each key's postings as the search page reads them.
 */
function shardPostings(j: number, shards: number, runs: Run[], fds: number[]): Record<string, string> {
  const lists = new Map<string, string[]>();
  const read = runs.map((run, r) => readShard(fds[r], run, j, shards));
  for (let b = j; b < MAX_SHARDS; b += shards) {
    read.forEach((shard) => {
      for (const text of shard.bucket(b)) {
        const space = text.indexOf(' ');
        const code = parseInt(text.slice(1, space), 36);
        const key = text[0] === 's' ? String.fromCharCode(code) : String.fromCharCode(code >>> 16, code & 0xffff);
        let parts = lists.get(key);
        if (!parts) lists.set(key, (parts = []));
        parts.push(text.slice(space + 1));
      }
    });
  }
  const postings: Record<string, string> = {};
  for (const [key, runsOfKey] of lists) {
    // Absolute report numbers → differences from the previous one, as the search page reads them: each posting
    // `<report>[.<count>]` read in place, its number digit by digit (base 36, as spill wrote it), its count kept.
    const out: string[] = [];
    let prev = 0;
    for (const run of runsOfKey) {
      for (let at = 0; at < run.length; at++) {
        let report = 0;
        for (; at < run.length && run.charCodeAt(at) !== COMMA && run.charCodeAt(at) !== DOT; at++) report = report * 36 + base36Digit(run.charCodeAt(at));
        const countFrom = at;
        while (at < run.length && run.charCodeAt(at) !== COMMA) at++;
        out.push((report - prev).toString(36) + run.slice(countFrom, at));
        prev = report;
      }
    }
    postings[key] = out.join(',');
  }
  return postings;
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
  // key → [report, count, report, count, …], reports ascending. Keys are numbers while the text is read (a
  // character's code unit; a pair's two as one 32-bit number), strings only when a shard is written: the corpus has
  // millions of characters and pairs but few distinct keys.
  let singlePostings: (number[] | undefined)[] = new Array(0x10000);
  let pairPostings = new Map<number, number[]>();
  let held = 0;
  const singleCounts = new Uint32Array(0x10000);
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
  /** Each spilled run: its file and where each bucket's lines start (the last entry: the file's end). */
  const runs: Run[] = [];
  let total = 0;
  /** Lines `<s|p><key base 36> <report>[.<count>],…` (absolute report numbers, base 36), grouped by bucket. */
  const spill = () => {
    if (!held) return;
    const buckets: string[][] = Array.from({ length: MAX_SHARDS }, () => []);
    const line = (tag: string, key: number, list: number[]) => {
      const parts: string[] = [];
      for (let j = 0; j < list.length; j += 2) parts.push(list[j].toString(36) + (list[j + 1] > 1 ? `.${list[j + 1].toString(36)}` : ''));
      return `${tag}${key.toString(36)} ${parts.join(',')}\n`;
    };
    singlePostings.forEach((list, c) => list && buckets[bucketOf(c, false)].push(line('s', c, list)));
    for (const [pair, list] of pairPostings) buckets[bucketOf(pair, true)].push(line('p', pair, list));
    runs.push(writeRun(join(dir, `run-${runs.length}`), buckets));
    total += held;
    singlePostings = new Array(0x10000);
    pairPostings = new Map();
    held = 0;
  };
  try {
    let n = 0;
    for (const { summary: s, sections } of reports) {
      const i = n++;
      meta.push([s.slug, s.title, provinceGroup(s), s.city, levelName(s), s.year]);
      write(`text/${i}.js`, `ATLAS_TEXT(${i},${JSON.stringify(sections)});\n`);
      held += postReport(i, foldedSearchSections(sections), singleCounts, singlePostings, pairPostings);
      if (held >= postingsPerRun) spill();
    }
    spill();
    // About 2,000 postings a shard: a query's few shards stay small at any corpus size.
    let shards = 16;
    while (shards < MAX_SHARDS && total / shards > 2000) shards *= 2;
    const fds = runs.map((run) => openSync(run.path, 'r'));
    try {
      for (let j = 0; j < shards; j++) {
        const postings = shardPostings(j, shards, runs, fds);
        write(`shards/${j}.js`, `ATLAS_SHARD(${j},${JSON.stringify(postings)});\n`);
      }
    } finally {
      fds.forEach((fd) => closeSync(fd));
    }
    write('reports.js', `window.ATLAS_OFFLINE_SEARCH=${JSON.stringify({ shards, reports: meta })};\n`);
    return { files, bytes, shards, postings: total, runs: runs.length };
  } finally {
    if (spillDir) for (const run of runs) rmSync(run.path, { force: true });
    else rmSync(dir, { recursive: true, force: true });
  }
}
