/**
 * npm run bench: how fast the pipeline and the build are (a benchmark, not a test: it asserts nothing).
 * Ingest and extraction are timed over several runs in this process; the full build once, as `npm run build` runs it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from '../src/pipeline/ingest.ts';
import { readSeeds } from '../src/pipeline/io.ts';
import { extractTargets } from '../src/pipeline/targets.ts';

const RUNS = 20;
const { files, catalog, vocabulary } = readSeeds('seeds');
const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
ingest(files, catalog, {}, vocabulary); // warm-up: loads the gazetteer once, as a build does

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ingestMs: number[] = [];
const extractMs: number[] = [];
let result = ingest(files, catalog, {}, vocabulary);
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  result = ingest(files, catalog, {}, vocabulary);
  ingestMs.push(performance.now() - t0);
  const t1 = performance.now();
  for (const r of result.reports) extractTargets(r.slug, r.sections, r.year, vocabulary);
  extractMs.push(performance.now() - t1);
}
const m = median(ingestMs);
console.log(`ingest: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB → ${result.reports.length} reports; median of ${RUNS}: ${m.toFixed(1)} ms (${(bytes / 1024 / 1024 / (m / 1000)).toFixed(2)} MiB/s)`);
console.log(`target extraction (part of ingest): median ${median(extractMs).toFixed(1)} ms for ${result.reports.reduce((n, r) => n + r.targets.length, 0)} targets`);

const t0 = performance.now();
const build = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8' });
const buildS = (performance.now() - t0) / 1000;
if (build.status !== 0) {
  console.error(build.stderr);
  process.exit(1);
}
console.log(`full build (npm run build): ${buildS.toFixed(1)} s — ${build.stdout.trim().split('\n').at(-1)}`);

for (const slug of readdirSync('dist/reports')) {
  const html = readFileSync(join('dist/reports', slug, 'index.html'));
  const js = readFileSync('dist/site.js');
  const total = gzipSync(html).length + gzipSync(js).length;
  console.log(`page weight ${slug}: ${(total / 1024).toFixed(1)} KB gzipped (HTML with inline CSS + site.js)`);
}
