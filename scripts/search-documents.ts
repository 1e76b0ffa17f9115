/**
 * node scripts/search-documents.ts --data DIR --out DIR: the documents Pagefind indexes (src/publish/search-documents.ts),
 * one per report at `<out>/reports/<slug>/index.html`, made from the ingested data alone. Its own process, so that the
 * build runs it beside Astro, as soon as the ingest is done.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, ReportSummary } from '../src/pipeline/types.ts';
import { levelName } from '../src/lib/data.ts';
import { requiredOptions } from '../src/build/args.ts';
import { searchDocument } from '../src/publish/search-documents.ts';

const { data, out } = requiredOptions('scripts/search-documents.ts', ['data', 'out']);
const summaries: ReportSummary[] = JSON.parse(readFileSync(join(data, 'reports.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });
for (const s of summaries) {
  const report: Report = JSON.parse(readFileSync(join(data, 'reports', `${s.slug}.json`), 'utf8'));
  mkdirSync(join(out, 'reports', s.slug), { recursive: true });
  writeFileSync(join(out, 'reports', s.slug, 'index.html'), searchDocument(report, levelName));
}
