/**
 * npm run ingest -- --seeds DIR --out DIR
 * Reads every report in the seeds folder and writes the data files. Exit 1, with one `FILE: reason` line per
 * failed file on stderr, when any file failed; the good files are still written.
 */
import { parseArgs } from 'node:util';
import { appendLogMember, ingestToDisk, readSeeds, writeOutcomes } from '../src/pipeline/io.ts';
import { pairOutcomes } from '../src/pipeline/outcomes.ts';
import { normalizeBase } from '../src/build/base.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: '.atlas/data' }, base: { type: 'string' } },
});
const base = values.base ?? normalizeBase(process.env.SITE_BASE);

const t0 = performance.now();
const { files, catalog, redirects, vocabulary, errors: readErrors, skipped } = readSeeds(values.seeds!);
// One thread: the per-file and per-report steps can run on worker threads (src/pipeline/ingest.ts keeps them apart),
// but measured at 200 reports on the build machines (two cores, the second worth about half of one), a worker thread
// made the ingest no faster (6.1–6.4 s against 5.7–6.0 s) for 40 % more CPU, taken from the steps beside it.
// Each report written as soon as it is built, its text then let go: memory bounded by the largest report, not the corpus.
const result = ingestToDisk(files, catalog, redirects, vocabulary, values.out!, base, readErrors);
const ms = performance.now() - t0;
// Files of the folder that are no report, each with why, in the build log.
appendLogMember(`${values.out!}/build-log.json`, 'skipped', skipped);
for (const f of skipped) console.log(`  skipped ${f.file}: ${f.reason}`);

const targets = result.targetCount;
console.log(
  `ingest: ${files.length} files → ${result.reports.length} reports, ${targets} targets, ` +
    `${result.log.dropped.length} lines dropped (listed in ${values.out}/build-log.json), ${ms.toFixed(0)} ms`,
);
// Year-Y targets against what the next report says of year Y: a step over all reports, after each is ingested.
const history = pairOutcomes(result.reports, vocabulary);
writeOutcomes(history, values.out!);
const verdicts = history.outcomes.reduce<Record<string, number>>((n, o) => ({ ...n, [o.verdict]: (n[o.verdict] ?? 0) + 1 }), {});
console.log(
  `outcomes: ${history.places.length} governments, ${history.outcomes.length} targets paired with the next report ` +
    `(${Object.entries(verdicts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`,
);
for (const r of result.log.reports) for (const n of r.notes) console.log(`  ${r.slug}: ${n}`);
for (const e of result.errors) console.error(e.message);
process.exitCode = result.errors.length ? 1 : 0;

