/**
 * npm test: builds the seeds at /, type-checks, then builds at once, side by side, the seeds under /atlas/ (the sub-path
 * the tests check) and the development corpus (../shared/corpus: real reports, consecutive years of one government
 * among them), each with its own work and output folder, then runs every test (unit, built-site and real-browser) in
 * one Vitest run. Exits non-zero on any failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const node = process.execPath;
function run(args: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}
function runAsync(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((done) => {
    const child = spawn(node, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
}

// The seeds' report pages are rendered in parts of one or two reports and indexed in batches of about one page, so
// every page and search test runs on pages from several renders and on a merged Pagefind index; the index is cut into
// parts of one report each (src/publish/search-parts.ts), so that searches merge parts as a large site's do.
if (run(['scripts/build.ts'], { ATLAS_RENDER_PART_BYTES: '60000', ATLAS_PAGEFIND_BATCH_BYTES: '150000', ATLAS_SEARCH_PART_REPORTS: '1' }) !== 0) process.exit(1);
// Types after the first build: `astro sync` writes Astro's own types (.astro/, in the project root; the build's renders
// each have a root of their own) from the data the build ingested, and the site code refers to them.
if (run([join('node_modules', 'astro', 'bin', 'astro.mjs'), 'sync']) !== 0) process.exit(1);
if (run([join('node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.']) !== 0) process.exit(1);
// The development corpus is needed for the corpus build and its tests.
const corpus = process.env.ATLAS_CORPUS ?? join('..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  console.error(`npm test: the development corpus is missing (${corpus}); set ATLAS_CORPUS to its folder`);
  process.exit(1);
}
// Two more builds, side by side — which is itself checked: builds with different work and output folders must not
// share any state (Astro's roots, caches and prerender folders included), or one of them fails or mixes the other's
// pages into its own, which the tests below would see.
// The sub-path build also has a configured site address, so canonical links and the sitemap are tested somewhere.
// Its search index is in parts of two reports: merging parts is tested under a sub-path too.
const subPathEnv = { SITE_BASE: '/atlas/', SITE_URL: 'https://atlas.example/atlas/', ATLAS_OUT_DIR: '.atlas/dist-sub', ATLAS_WORK: '.atlas/work-sub', ATLAS_SEARCH_PART_REPORTS: '2' };
// The corpus build has its own work folder, so its data never mixes with the seeds' (tests read it as ATLAS_CORPUS_DIST).
// It also makes the province editions (ATLAS_EDITION_SPLIT_BYTES=0) beside the whole-site one, so that they are tested.
const corpusEnv = { ATLAS_SEEDS: corpus, ATLAS_OUT_DIR: '.atlas/dist-corpus', ATLAS_WORK: '.atlas/work-corpus', ATLAS_EDITION_SPLIT_BYTES: '0' };
const statuses = await Promise.all([runAsync(['scripts/build.ts'], subPathEnv), runAsync(['scripts/build.ts'], corpusEnv)]);
if (statuses.some((code) => code !== 0)) process.exit(1);

const report = '.atlas/vitest-report.json';
const vitest = join('node_modules', 'vitest', 'vitest.mjs');
const status = run([vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`);
}
process.exit(status);
