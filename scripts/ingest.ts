/**
 * npm run ingest -- --seeds DIR --out DIR [--search-documents DIR] [--report-text DIR]
 * Reads every report in the seeds folder and writes the data files (and, for the site build, each report's search
 * document and text to take away). Exit 1, with one `FILE: reason` line per
 * failed file on stderr, when any file failed; the good files are still written.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appendLogMember, ingestToDisk, readSeeds } from '../src/pipeline/io.ts';
import { normalizeBase } from '../src/build/base.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: '.atlas/data' }, base: { type: 'string' },
    'search-documents': { type: 'string' }, 'report-text': { type: 'string' },
  },
});
const base = values.base ?? normalizeBase(process.env.SITE_BASE);

const t0 = performance.now();
const { files, catalog, redirects, vocabulary, errors: readErrors, skipped } = readSeeds(values.seeds!);
// Each file, report and government on worker threads (ATLAS_INGEST_WORKERS; src/pipeline/io.ts ingestWorkers), each
// report written as soon as it is built: memory bounded by the largest report and a few hundred bytes a report.
// --search-documents DIR, --report-text DIR (the site build): each report's search document and text to take away,
// written as the report is built (src/publish/report-files.ts), from the report in memory rather than read back once
// the ingest is done.
const [searchDocuments, reportText] = [values['search-documents'], values['report-text']].map((d) => d && resolve(d));
for (const dir of [searchDocuments, reportText]) if (dir) rmSync(dir, { recursive: true, force: true });
const perReport = searchDocuments || reportText
  ? { module: new URL('../src/publish/report-files.ts', import.meta.url).href, options: { searchDocuments, reportText, base, siteUrl: process.env.SITE_URL } }
  : undefined;
const result = await ingestToDisk(files, catalog, redirects, vocabulary, values.out!, { base, readErrors, perReport });
const ms = performance.now() - t0;
// Files of the folder that are no report, each with why, in the build log.
appendLogMember(`${values.out!}/build-log.json`, 'skipped', skipped);
for (const f of skipped) console.log(`  skipped ${f.file}: ${f.reason}`);

console.log(
  `ingest: ${files.length} files → ${result.reports} reports, ${result.targetCount} targets, ` +
    `${result.droppedLines} lines dropped (listed in ${values.out}/build-log.json), ${ms.toFixed(0)} ms`,
);
// Year-Y targets against what the next report says of year Y: a step over all reports, after each is ingested.
const history = result.writeOutcomes();
console.log(
  `outcomes: ${history.governments} governments, ${history.outcomes} targets paired with the next report ` +
    `(${Object.entries(history.verdicts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`,
);
for (const { slug, note } of result.notes()) console.log(`  ${slug}: ${note}`);
result.close();
for (const e of result.errors) console.error(e.message);
process.exitCode = result.errors.length ? 1 : 0;
