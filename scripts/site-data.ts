/**
 * node scripts/site-data.ts --data DIR [--sections DIR] [--explorer DIR] [--term-index DIR] [--offline-search FILE]
 * [--edition-search DIR] [--edition-terms DIR]: the files made from the ingested data over all reports — the explorer's row files
 * (src/lib/explorer-data.ts), the index of 词语历年 (src/publish/term-index.ts) and the offline editions' search indexes
 * (src/publish/offline-search.ts), each as one pack file (src/publish/pack.ts) for its offline zip. Its own process,
 * so that the build runs it beside Astro and the memory it needs (every report read once per index) is given back when
 * it ends; the build runs the whole corpus's files and the editions' as two such processes, side by side where memory
 * allows. The search indexes read each report's sections as the ingest wrote them for the offline search (--sections,
 * src/publish/report-files.ts), not its JSON: a fifth of the bytes to read and parse, twice per report.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { Report, ReportSummary } from '../src/pipeline/types.ts';
import { COMPARATOR_WORDS, KIND_WORDS, THEME_WORDS, levelName } from '../src/lib/data.ts';
import { writeExplorerData } from '../src/lib/explorer-data.ts';
import { rowsOnly } from '../src/pipeline/report-json.ts';
import { foldedSearchSections, writeOfflineSearch, type SearchSection } from '../src/publish/offline-search.ts';
import { writeTermIndex } from '../src/publish/term-index.ts';
import { PackWriter } from '../src/publish/pack.ts';

// The offline search index: the whole corpus's (--offline-search FILE, for the whole-site edition) and one per
// province edition (--edition-search DIR, <key>.pack each, made one edition at a time), as the build decides.
const args = parseArgs({ options: { data: { type: 'string' }, sections: { type: 'string' }, explorer: { type: 'string' }, 'offline-search': { type: 'string' }, 'edition-search': { type: 'string' }, 'term-index': { type: 'string' }, 'edition-terms': { type: 'string' } } }).values;
if (!args.data) throw new Error('scripts/site-data.ts: --data is required');
const { data, sections, explorer, 'offline-search': offlineSearch, 'edition-search': editionSearch, 'term-index': termIndex, 'edition-terms': editionTerms } = args as { data: string; sections?: string; explorer?: string; 'offline-search'?: string; 'edition-search'?: string; 'term-index'?: string; 'edition-terms'?: string };
const summaries: ReportSummary[] = JSON.parse(readFileSync(join(data, 'reports.json'), 'utf8'));
// A report's rows alone (the explorer's), its sections and text neither decoded nor parsed (src/pipeline/report-json.ts).
const readRows = (slug: string): Report['targets'] => rowsOnly(readFileSync(join(data, 'reports', `${slug}.json`)));
if (!sections && (offlineSearch || editionSearch || termIndex || editionTerms)) throw new Error('scripts/site-data.ts: the search indexes need --sections');
const readSections = (slug: string): SearchSection[] => JSON.parse(readFileSync(join(sections!, `${slug}.json`), 'utf8'));
/** How a report is named in lists and charts: its place and year. */
const reportLabel = (s: ReportSummary) => `${s.place?.name ?? s.city ?? s.province ?? s.title}${s.year ? ` ${s.year}` : ''}`;

const t0 = performance.now();
if (explorer) {
  rmSync(explorer, { recursive: true, force: true });
  writeExplorerData(
    explorer,
    // Each report's targets are read when its rows are written, one report at a time.
    summaries.map((s) => ({ summary: s, label: reportLabel(s), level: levelName(s), targets: () => readRows(s.slug) })),
    { comparator: COMPARATOR_WORDS, kind: KIND_WORDS, theme: THEME_WORDS },
  );
}
const t1 = performance.now();
function* reports(of: ReportSummary[]) {
  for (const s of of) yield { summary: s, sections: readSections(s.slug) };
}
if (offlineSearch) {
  rmSync(offlineSearch, { recursive: true, force: true });
  const pack = new PackWriter(offlineSearch);
  writeOfflineSearch((path, body) => pack.add(path, body), reports(summaries), levelName);
  pack.close();
}
// The editions' grouping (src/publish/offline.ts) is loaded only when asked for: it loads the gazetteer and its pinyin,
// 50 ms of CPU, which the whole corpus's files do not need.
const editionsOf = async () => (await import('../src/publish/offline.ts')).editionsOf(summaries);
if (editionSearch) {
  rmSync(editionSearch, { recursive: true, force: true });
  mkdirSync(editionSearch, { recursive: true });
  const bySlug = new Map(summaries.map((s) => [s.slug, s]));
  for (const e of await editionsOf()) {
    const pack = new PackWriter(join(editionSearch, `${e.key}.pack`));
    writeOfflineSearch((path, body) => pack.add(path, body), reports(e.slugs.map((slug) => bySlug.get(slug)!)), levelName);
    pack.close();
  }
}
// The index of 词语历年 (/terms/): the whole corpus's as files (--term-index DIR, linked into the site), and one pack per
// province edition (--edition-terms DIR), whose counts are of its own reports. An edition's keeps no positions: its
// longer terms are confirmed in the texts its offline search carries (numbered in the order of e.slugs, as above),
// which keeps a province of 700 reports within its download's bound (README, Offline editions).
const t2 = performance.now();
if (termIndex) {
  rmSync(termIndex, { recursive: true, force: true });
  const made = new Set<string>();
  const stats = writeTermIndex((path, body) => {
    const dir = join(termIndex, path, '..');
    if (!made.has(dir)) mkdirSync(dir, { recursive: true }), made.add(dir);
    writeFileSync(join(termIndex, path), body);
  }, summaries, (s) => foldedSearchSections(readSections(s.slug)));
  console.log(`term index: ${stats.files} files, ${(stats.bytes / 1024 / 1024).toFixed(1)} MB (${stats.shards.join(' + ')} shards of characters, pairs and triples, ${stats.positionFiles} files of positions, largest shard ${Math.round(stats.largestShard / 1024)} KB) in ${((performance.now() - t2) / 1000).toFixed(1)} s`);
}
if (editionTerms) {
  rmSync(editionTerms, { recursive: true, force: true });
  mkdirSync(editionTerms, { recursive: true });
  const bySlug = new Map(summaries.map((s) => [s.slug, s]));
  for (const e of await editionsOf()) {
    const pack = new PackWriter(join(editionTerms, `${e.key}.pack`));
    writeTermIndex((path, body) => pack.add(path, body), e.slugs.map((slug) => bySlug.get(slug)!), (s) => foldedSearchSections(readSections(s.slug)), { texts: e.slugs });
    pack.close();
  }
}
console.log(`site data: explorer files ${((t1 - t0) / 1000).toFixed(1)} s, indexes ${((performance.now() - t1) / 1000).toFixed(1)} s`);
