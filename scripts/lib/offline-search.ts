/**
 * The offline edition's search index: classic scripts a query loads by need, because file:// pages may neither fetch
 * nor import modules. Each report's characters and character pairs (after folding width and case) are posted to one of
 * a fixed number of shards by a hash of the pair; a query loads only the shards of its own pairs, intersects them to
 * the reports that can contain it, and then loads those reports' section text to confirm the exact words.
 * `public/search.js` holds the reading side (the same fold and hash): keep the two in step.
 */
import { provinceGroup } from '../../src/lib/data.ts';
import type { Report, ReportSummary } from '../../src/pipeline/types.ts';

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

export interface OfflineReport {
  summary: ReportSummary;
  report: Report;
}

export const sectionHeading = (s: Report['sections'][number]) => `${s.number ?? ''}${s.title}`;

/**
 * Gives `reports.js`, `shards/<n>.js` and `text/<n>.js` (paths under the index's folder) to `save`; returns the
 * number of files and bytes.
 */
export function writeOfflineSearch(save: (path: string, body: string) => void, reports: Iterable<OfflineReport>, levelName: (r: ReportSummary) => string | null) {
  // key → [report, count, report, count, …], reports ascending. Keys are numbers while the text is read (a
  // character's code unit; a pair's two as one 32-bit number), strings only once per distinct key at the end: the
  // corpus has millions of characters and pairs but few distinct keys.
  const singlePostings: (number[] | undefined)[] = new Array(0x10000);
  const pairPostings = new Map<number, number[]>();
  const singleCounts = new Uint32Array(0x10000);
  const meta: (string | number | null)[][] = [];
  let bytes = 0;
  let files = 0;
  const write = (path: string, body: string) => {
    save(path, body);
    bytes += Buffer.byteLength(body);
    files++;
  };
  let n = 0;
  for (const { summary: s, report: r } of reports) {
    const i = n++;
    meta.push([s.slug, s.title, provinceGroup(s), s.city, levelName(s), s.year]);
    const sections = r.sections.map((sec) => [sec.id, sectionHeading(sec), sec.paragraphs.map((p) => p.text).join('\n')]);
    write(`text/${i}.js`, `ATLAS_TEXT(${i},${JSON.stringify(sections)});\n`);
    // The same keys as keysOf gives, counted: characters in a table, pairs sorted and counted in runs.
    const folded = sections.map(([, heading, text]) => fold(`${heading}\n${text}`));
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
    const sorted = pairs.subarray(0, p).sort();
    for (let j = 0; j < sorted.length; ) {
      let end = j + 1;
      while (end < sorted.length && sorted[end] === sorted[j]) end++;
      let list = pairPostings.get(sorted[j]);
      if (!list) pairPostings.set(sorted[j], (list = []));
      list.push(i, end - j);
      j = end;
    }
  }
  const postings = new Map<string, number[]>();
  singlePostings.forEach((list, c) => list && postings.set(String.fromCharCode(c), list));
  for (const [pair, list] of pairPostings) postings.set(String.fromCharCode(pair >>> 16, pair & 0xffff), list);
  const total = [...postings.values()].reduce((a, l) => a + l.length / 2, 0);
  // About 2,000 postings a shard: a query's few shards stay small at any corpus size.
  let shards = 16;
  while (shards < 8192 && total / shards > 2000) shards *= 2;
  const byShard: Map<string, string>[] = Array.from({ length: shards }, () => new Map());
  for (const [k, list] of postings) {
    const parts: string[] = [];
    let prev = 0;
    for (let j = 0; j < list.length; j += 2) {
      parts.push((list[j] - prev).toString(36) + (list[j + 1] > 1 ? `.${list[j + 1].toString(36)}` : ''));
      prev = list[j];
    }
    byShard[shardOf(k, shards)].set(k, parts.join(','));
  }
  byShard.forEach((m, j) => write(`shards/${j}.js`, `ATLAS_SHARD(${j},${JSON.stringify(Object.fromEntries(m))});\n`));
  write('reports.js', `window.ATLAS_OFFLINE_SEARCH=${JSON.stringify({ shards, reports: meta })};\n`);
  return { files, bytes, shards, postings: total };
}
