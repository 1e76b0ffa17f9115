/**
 * node scripts/search-documents.ts --data DIR --out DIR --part-reports N: the documents Pagefind indexes
 * (src/publish/search-documents.ts), one per report at `<out>/reports/<slug>/index.html`, made from the ingested data
 * alone, and for each part of the search index but the primary (src/publish/search-parts.ts, N reports a part at
 * most) the sorted pair tokens of its reports' sections, one a line, at `<out>/pairs/<k>.txt`: the words of the parts'
 * directory. Its own process, so that the build runs it beside Astro, as soon as the ingest is done.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, ReportSummary } from '../src/pipeline/types.ts';
import { levelName } from '../src/lib/data.ts';
import { requiredOptions } from '../src/build/args.ts';
import { fold, sectionHeading } from '../src/publish/offline-search.ts';
import { compareCodePoints } from '../src/publish/pagefind-merge.ts';
import { searchDocument } from '../src/publish/search-documents.ts';
import { addPairs, pairTokenOf, planSearchParts } from '../src/publish/search-parts.ts';

const { data, out, 'part-reports': partReports } = requiredOptions('scripts/search-documents.ts', ['data', 'out', 'part-reports']);
const summaries: ReportSummary[] = JSON.parse(readFileSync(join(data, 'reports.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'pairs'), { recursive: true });
// Part by part, so that only one part's pairs are held at a time.
for (const [k, part] of planSearchParts(summaries, Number(partReports)).entries()) {
  const pairs = new Set<number>();
  for (const slug of part.slugs) {
    const report: Report = JSON.parse(readFileSync(join(data, 'reports', `${slug}.json`), 'utf8'));
    mkdirSync(join(out, 'reports', slug), { recursive: true });
    writeFileSync(join(out, 'reports', slug, 'index.html'), searchDocument(report, levelName));
    // A section's text as the search page checks it: its heading and paragraphs, folded (public/search.js, exactGroup).
    if (k > 0) for (const s of report.sections) addPairs(fold(sectionHeading(s) + s.paragraphs.map((p) => p.text).join('')), pairs);
  }
  if (k > 0) writeFileSync(join(out, 'pairs', `${k}.txt`), Array.from(pairs, pairTokenOf).sort(compareCodePoints).join('\n'));
}
