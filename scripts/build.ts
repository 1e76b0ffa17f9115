/**
 * npm run build: ingest seeds/ → Astro build → data files → Pagefind index → offline edition (zip).
 * Any failed step, a failed file included, fails the build and leaves no partial site in dist/.
 * SITE_BASE=/atlas/ builds for a sub-path; ATLAS_OUT_DIR changes the output folder (default dist), ATLAS_SEEDS the
 * reports read (default seeds), ATLAS_WORK the folder for intermediate files (default .atlas).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { Report, ReportSummary } from '../src/pipeline/types.ts';
import { COMPARATOR_WORDS, KIND_WORDS, THEME_WORDS, levelName } from '../src/lib/data.ts';
import { writeExplorerData } from '../src/lib/explorer-data.ts';
import { normalizeBase } from './lib/base.ts';
import { filesUnder } from './lib/files.ts';
import { offlineHtml } from './lib/offline.ts';
import { writeServiceWorker } from './lib/service-worker.ts';
import { ZipFile } from './lib/zip.ts';
import { writeOfflineSearch } from './lib/offline-search.ts';

const OUT = process.env.ATLAS_OUT_DIR ?? 'dist';
const SEEDS = process.env.ATLAS_SEEDS ?? 'seeds';
const WORK = process.env.ATLAS_WORK ?? '.atlas';
const DATA = join(WORK, 'data');
const OFFLINE_DIR = join(WORK, 'offline');
const ZIP_NAME = 'report-atlas-offline.zip';
const base = normalizeBase(process.env.SITE_BASE);
const timings: Record<string, number> = {};

function step<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  timings[name] = performance.now() - t0;
  return r;
}

function run(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) fail(`${args.join(' ')} exited with ${r.status}`);
}

function fail(message: string): never {
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build failed: ${message}; nothing was published to ${OUT}/`);
  process.exit(1);
}

const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const started = performance.now();
rmSync(OUT, { recursive: true, force: true });

step('ingest', () => run(['scripts/ingest.ts', '--seeds', SEEDS, '--out', DATA, '--base', base]));
// ATLAS_WORK and ATLAS_OUT_DIR are passed through: astro.config.mjs keeps Astro's caches and generated files under
// the work folder, so two builds with different folders never share state.
step('astro', () => run([astro, 'build', '--silent'], { SITE_BASE: base, ATLAS_OUT_DIR: resolve(OUT), ATLAS_WORK: resolve(WORK) }));
step('data', () => copyData(join(OUT, 'data')));
const summaries: ReportSummary[] = JSON.parse(readFileSync(join(DATA, 'reports.json'), 'utf8'));
const readReport = (slug: string): Report => JSON.parse(readFileSync(join(DATA, 'reports', `${slug}.json`), 'utf8'));
step('explorer data', () =>
  writeExplorerData(
    join(OUT, 'explorer'),
    summaries.map((s) => ({ summary: s, label: reportLabel(s), level: levelName(s), targets: readReport(s.slug).targets })),
    { comparator: COMPARATOR_WORDS, kind: KIND_WORDS, theme: THEME_WORDS },
  ),
);
await stepAsync('pagefind', async () => {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) fail(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: OUT });
  if (added.errors.length || added.page_count === 0) fail(`pagefind indexed ${added.page_count} pages: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(OUT, 'pagefind') });
  if (written.errors.length) fail(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
});
step('service worker', () => writeServiceWorker(OUT, base));
step('offline edition', () => buildOffline());
const zipBytes = await stepAsyncValue('zip', () => zipOffline());

console.log(
  `build: ${OUT}/ for base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}); offline edition ${(zipBytes / 1024).toFixed(0)} KB`,
);

async function stepAsync(name: string, fn: () => Promise<void>) {
  const t0 = performance.now();
  await fn();
  timings[name] = performance.now() - t0;
}
async function stepAsyncValue<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const r = await fn();
  timings[name] = performance.now() - t0;
  return r;
}

/** How a report is named in lists and charts: its place and year. */
function reportLabel(s: ReportSummary): string {
  return `${s.place?.name ?? s.city ?? s.province ?? s.title}${s.year ? ` ${s.year}` : ''}`;
}

function copyData(to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(DATA)) {
    if (name === 'mdx') continue;
    cpSync(join(DATA, name), join(to, name), { recursive: true });
  }
}

/**
 * The edition for file://, from the same render: pages rewritten to relative links (scripts/lib/offline.ts), the
 * data and explorer files as they are, and instead of Pagefind (whose module, worker and fetches file:// blocks) a
 * sharded classic-script index that a query loads only in part (scripts/lib/offline-search.ts).
 */
function buildOffline() {
  rmSync(OFFLINE_DIR, { recursive: true, force: true });
  for (const name of filesUnder(OUT)) {
    if (name.startsWith('pagefind/') || name.startsWith('download/') || name === 'sw.js' || name === 'offline.json' || name.startsWith('sitemap')) continue;
    const to = join(OFFLINE_DIR, name);
    mkdirSync(join(to, '..'), { recursive: true });
    if (name.endsWith('.html')) writeFileSync(to, offlineHtml(readFileSync(join(OUT, name), 'utf8'), name, base));
    else cpSync(join(OUT, name), to);
  }
  function* reports() {
    for (const s of summaries) yield { summary: s, report: readReport(s.slug) };
  }
  writeOfflineSearch(join(OFFLINE_DIR, 'search', 'offline'), reports(), levelName);
}

/** Zips the offline edition with native deflate (scripts/lib/zip.ts), file by file. */
async function zipOffline(): Promise<number> {
  mkdirSync(join(OUT, 'download'), { recursive: true });
  const zip = new ZipFile(join(OUT, 'download', ZIP_NAME));
  for (const name of filesUnder(OFFLINE_DIR)) zip.add(name, readFileSync(join(OFFLINE_DIR, name)));
  const size = zip.close();
  // The home page states the download's size, known only now.
  const home = join(OUT, 'index.html');
  if (existsSync(home)) {
    const label = size > 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.round(size / 1024)} KB`;
    writeFileSync(home, readFileSync(home, 'utf8').replace(/(<span data-offline-size[^>]*>)[^<]*(<\/span>)/, `$1${label}$2`));
  }
  return size;
}
