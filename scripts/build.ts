/**
 * npm run build: ingest seeds/ → Astro build → data files → Pagefind index → offline edition (zip).
 * Any failed step, a failed file included, fails the build and leaves no partial site in dist/.
 * SITE_BASE=/atlas/ builds for a sub-path; ATLAS_OUT_DIR changes the output folder (default dist), ATLAS_SEEDS the
 * reports read (default seeds), ATLAS_WORK the folder for intermediate files (default .atlas).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportSummary } from '../src/pipeline/types.ts';
import { normalizeBase } from './lib/base.ts';
import { filesUnder, inBatches } from './lib/files.ts';
import { offlineHtml } from './lib/offline.ts';
import { writeServiceWorker } from './lib/service-worker.ts';
import { ZipFile } from './lib/zip.ts';
import { mergePagefind } from './lib/pagefind-merge.ts';

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

/** Steps running in their own process beside the build's own work (Astro, Pagefind). */
const running = new Set<ChildProcess>();

function fail(message: string): never {
  // A step that fails while another runs beside it must not leave that one writing into the output folder.
  for (const child of running) child.kill('SIGKILL');
  rmSync(OUT, { recursive: true, force: true });
  console.error(`build failed: ${message}; nothing was published to ${OUT}/`);
  process.exit(1);
}

// An exception in the build's own steps (explorer files, offline edition …) fails the build like a failed process.
process.on('uncaughtException', (e) => fail(e.stack ?? e.message));
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const pagefindCli = join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const EXPLORER_STAGE = join(WORK, 'explorer');
const OFFLINE_SEARCH_STAGE = join(WORK, 'offline-search');
const started = performance.now();
rmSync(OUT, { recursive: true, force: true });

step('ingest', () => run(['scripts/ingest.ts', '--seeds', SEEDS, '--out', DATA, '--base', base]));
const summaries: ReportSummary[] = JSON.parse(readFileSync(join(DATA, 'reports.json'), 'utf8'));
// Astro renders in parts, each its own process: first every page but the reports (from the data files alone), then
// the report pages in parts of bounded MDX size. Why: Astro's bundler holds every MDX module it compiles, ~3 GB for a
// thousand reports in one render; a part holds only its own. Each part's pages go to Pagefind (its own process, beside
// the next part's render) and the parts' search bundles are merged into one (scripts/lib/pagefind-merge.ts).
// ATLAS_WORK and ATLAS_OUT_DIR are passed through: astro.config.mjs keeps Astro's caches and generated files under
// the work folder, so two builds with different folders never share state.
const RENDER = join(WORK, 'render');
rmSync(RENDER, { recursive: true, force: true });
const parts = reportParts();
const astroEnv = (extra: Record<string, string>) => ({ SITE_BASE: base, ATLAS_WORK: resolve(WORK), ...extra });
const astroDone = timed('astro', () =>
  runAsync([astro, 'build', '--silent'], astroEnv({ ATLAS_OUT_DIR: resolve(OUT), ATLAS_MDX_DIR: resolve(mdxFolder('none', [])), ATLAS_ALL_REPORT_URLS: '1' })),
);
// Two cores, one of them idle while Astro renders: the files made from the data alone (the explorer's row files, the
// offline edition's search index) are written meanwhile, in their own process, into the work folder (Astro empties
// the output folder).
const siteDataDone = timed('explorer data and offline search index', () =>
  runAsync(['scripts/site-data.ts', '--data', DATA, '--explorer', EXPLORER_STAGE, '--offline-search', OFFLINE_SEARCH_STAGE]),
);
await siteDataDone;
await astroDone;
step('data', () => {
  copyData(join(OUT, 'data'));
  cpSync(EXPLORER_STAGE, join(OUT, 'explorer'), { recursive: true });
});
const bundles: string[] = [];
let indexing: Promise<void> = Promise.resolve();
await timed('astro reports', async () => {
  for (const [k, part] of parts.entries()) {
    const out = join(RENDER, `out-${k}`);
    const render = runAsync([astro, 'build', '--silent'], astroEnv({ ATLAS_OUT_DIR: resolve(out), ATLAS_MDX_DIR: resolve(mdxFolder(String(k), part)), ATLAS_REPORTS_ONLY: '1' }));
    await Promise.all([render, indexing]);
    const bundle = join(RENDER, `pagefind-${k}`);
    bundles.push(bundle);
    indexing = runAsync([pagefindCli, '--site', out, '--glob', 'reports/**/*.html', '--force-language', 'zh-cn', '--output-path', bundle, '--silent']).then(() =>
      movePart(out, part),
    );
  }
  await indexing;
});
const merged = step('pagefind merge', () => mergePagefind(bundles, join(OUT, 'pagefind')));
console.log(`pagefind: ${merged.pages} pages, ${merged.words} words in ${merged.chunks} chunks, from ${bundles.length} part${bundles.length === 1 ? '' : 's'}`);
checkPagefind();
step('offline edition', () => buildOffline());
const zipBytes = step('zip', () => zipOffline());
// The home page states the download's size, known only now.
labelOfflineSize(zipBytes);
step('service worker', () => writeServiceWorker(OUT, base));

console.log(
  `build: ${OUT}/ for base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}); offline edition ${(zipBytes / 1024).toFixed(0)} KB`,
);

/** A child process that the build waits for later; its failure fails the build. */
function runAsync(args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    running.add(child);
    child.on('error', (e) => fail(`${args.join(' ')}: ${e.message}`));
    child.on('close', (code) => {
      running.delete(child);
      if (code === 0) done();
      else fail(`${args.join(' ')} exited with ${code}`);
    });
  });
}
async function timed(name: string, fn: () => Promise<void>) {
  const t0 = performance.now();
  await fn();
  timings[name] = performance.now() - t0;
}

/** Pagefind must have indexed every report page, and nothing else. */
function checkPagefind() {
  const entry = join(OUT, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) fail('pagefind wrote no index');
  const languages: Record<string, { page_count: number }> = JSON.parse(readFileSync(entry, 'utf8')).languages ?? {};
  const pages = Object.values(languages).reduce((n, l) => n + l.page_count, 0);
  if (pages !== summaries.length) fail(`pagefind indexed ${pages} pages for ${summaries.length} reports`);
}

/** MDX bytes per report render (ATLAS_RENDER_PART_BYTES): ≈ 85 reports of 70 KB, < 1 GB for Astro, ~0.6 GB for Pagefind. */
function reportParts(): string[][] {
  const limit = Number(process.env.ATLAS_RENDER_PART_BYTES ?? 6 * 1024 * 1024);
  if (!(limit > 0)) fail(`ATLAS_RENDER_PART_BYTES must be a positive number, not ${process.env.ATLAS_RENDER_PART_BYTES}`);
  const files = summaries.map((s) => ({ path: s.slug, bytes: statSync(join(DATA, 'mdx', `${s.slug}.mdx`)).size }));
  return inBatches(files, limit).map((b) => b.map((f) => f.path));
}

/** A folder holding (as hard links) the MDX files of some reports: what one render's content collection reads. */
function mdxFolder(name: string, slugs: string[]): string {
  const dir = join(RENDER, `mdx-${name}`);
  mkdirSync(dir, { recursive: true });
  for (const slug of slugs) linkOrCopy(join(DATA, 'mdx', `${slug}.mdx`), join(dir, `${slug}.mdx`));
  return dir;
}
function linkOrCopy(from: string, to: string) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** A part's report pages into the output folder (its other files — public/, its own 404 — are the site render's too). */
function movePart(out: string, slugs: string[]) {
  for (const slug of slugs) {
    const from = join(out, 'reports', slug);
    if (!existsSync(join(from, 'index.html'))) fail(`the render of part ${out} wrote no page for ${slug}`);
    const to = join(OUT, 'reports', slug);
    mkdirSync(join(OUT, 'reports'), { recursive: true });
    try {
      renameSync(from, to);
    } catch {
      cpSync(from, to, { recursive: true });
    }
  }
  rmSync(out, { recursive: true, force: true });
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
  cpSync(OFFLINE_SEARCH_STAGE, join(OFFLINE_DIR, 'search', 'offline'), { recursive: true });
}

/** Zips the offline edition with native deflate (scripts/lib/zip.ts), file by file. */
function zipOffline(): number {
  mkdirSync(join(OUT, 'download'), { recursive: true });
  const zip = new ZipFile(join(OUT, 'download', ZIP_NAME));
  for (const name of filesUnder(OFFLINE_DIR)) zip.add(name, readFileSync(join(OFFLINE_DIR, name)));
  return zip.close();
}

function labelOfflineSize(size: number) {
  const home = join(OUT, 'index.html');
  if (existsSync(home)) {
    const label = size > 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.round(size / 1024)} KB`;
    writeFileSync(home, readFileSync(home, 'utf8').replace(/(<span data-offline-size[^>]*>)[^<]*(<\/span>)/, `$1${label}$2`));
  }
}
