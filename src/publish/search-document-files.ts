/**
 * The search documents (search-documents.ts) written as the ingest builds each report (scripts/ingest.ts
 * --search-documents, ingestToDisk's per-report module): `<out>/reports/<slug>/index.html`, the page's path, so that
 * Pagefind sees the site's URLs. Why during the ingest: the report is in memory there, on the ingest's worker threads,
 * so its text is not read back and parsed again, and Pagefind can start as soon as the ingest ends.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { levelName } from '../lib/data.ts';
import type { Report } from '../pipeline/types.ts';
import { searchDocument } from './search-documents.ts';

export default function writeSearchDocument(report: Report, { out }: { out: string }): void {
  mkdirSync(join(out, 'reports', report.slug), { recursive: true });
  writeFileSync(join(out, 'reports', report.slug, 'index.html'), searchDocument(report, levelName));
}
