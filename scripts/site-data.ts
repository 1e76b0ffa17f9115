/**
 * node scripts/site-data.ts --data DIR --explorer DIR --offline-search FILE: the files made from the ingested data
 * alone — the explorer's row files (src/lib/explorer-data.ts) and the offline edition's search index
 * (scripts/lib/offline-search.ts), as one pack file (scripts/lib/pack.ts) for the offline zip. Its own process, so
 * that the build runs it beside Astro and the memory it needs (every report read once) is given back when it ends.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, ReportSummary } from '../src/pipeline/types.ts';
import { COMPARATOR_WORDS, KIND_WORDS, THEME_WORDS, levelName } from '../src/lib/data.ts';
import { writeExplorerData } from '../src/lib/explorer-data.ts';
import { requiredOptions } from './lib/args.ts';
import { writeOfflineSearch } from './lib/offline-search.ts';
import { PackWriter } from './lib/pack.ts';

const { data, explorer, 'offline-search': offlineSearch } = requiredOptions('scripts/site-data.ts', ['data', 'explorer', 'offline-search']);
const summaries: ReportSummary[] = JSON.parse(readFileSync(join(data, 'reports.json'), 'utf8'));
const readReport = (slug: string): Report => JSON.parse(readFileSync(join(data, 'reports', `${slug}.json`), 'utf8'));
/** How a report is named in lists and charts: its place and year. */
const reportLabel = (s: ReportSummary) => `${s.place?.name ?? s.city ?? s.province ?? s.title}${s.year ? ` ${s.year}` : ''}`;

const t0 = performance.now();
rmSync(explorer, { recursive: true, force: true });
writeExplorerData(
  explorer,
  // Each report's targets are read when its rows are written, one report at a time.
  summaries.map((s) => ({ summary: s, label: reportLabel(s), level: levelName(s), targets: () => readReport(s.slug).targets })),
  { comparator: COMPARATOR_WORDS, kind: KIND_WORDS, theme: THEME_WORDS },
);
const t1 = performance.now();
rmSync(offlineSearch, { recursive: true, force: true });
function* reports() {
  for (const s of summaries) yield { summary: s, report: readReport(s.slug) };
}
const pack = new PackWriter(offlineSearch);
writeOfflineSearch((path, body) => pack.add(path, body), reports(), levelName);
pack.close();
console.log(`site data: explorer files ${((t1 - t0) / 1000).toFixed(1)} s, offline search index ${((performance.now() - t1) / 1000).toFixed(1)} s`);
