/**
 * npm run build: ingest seeds/ → Astro build → data files → Pagefind index → offline edition (zip).
 * Any failed step, a failed file included, fails the build and leaves no partial site in dist/.
 * SITE_BASE=/atlas/ builds for a sub-path; ATLAS_OUT_DIR changes the output folder (default dist), ATLAS_SEEDS the
 * reports read (default seeds), ATLAS_WORK the folder for intermediate files (default .atlas).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import * as pagefind from 'pagefind';
import { normalizeBase } from './lib/base.ts';
import { writeServiceWorker } from './lib/service-worker.ts';

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
step('astro', () => run([astro, 'build', '--silent'], { SITE_BASE: base, ATLAS_OUT_DIR: OUT }));
step('data', () => copyData(join(OUT, 'data')));
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
const zipBytes = step('offline', () => buildOffline());

console.log(
  `build: ${OUT}/ for base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}); offline edition ${(zipBytes / 1024).toFixed(0)} KB`,
);

async function stepAsync(name: string, fn: () => Promise<void>) {
  const t0 = performance.now();
  await fn();
  timings[name] = performance.now() - t0;
}

function copyData(to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(DATA)) {
    if (name === 'mdx') continue;
    cpSync(join(DATA, name), join(to, name), { recursive: true });
  }
}

/** The same site built for file://: relative links to index.html files, classic scripts only; zipped. */
function buildOffline(): number {
  rmSync(OFFLINE_DIR, { recursive: true, force: true });
  run([astro, 'build', '--silent'], { ATLAS_OFFLINE: '1', ATLAS_OUT_DIR: OFFLINE_DIR, SITE_BASE: '/' });
  copyData(join(OFFLINE_DIR, 'data'));
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(OFFLINE_DIR, p).split('\\').join('/')] = readFileSync(p);
    }
  };
  walk(OFFLINE_DIR);
  const zip = zipSync(files, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') });
  mkdirSync(join(OUT, 'download'), { recursive: true });
  writeFileSync(join(OUT, 'download', ZIP_NAME), zip);
  // The home page states the download's size, known only now.
  const home = join(OUT, 'index.html');
  if (existsSync(home)) {
    const size = zip.length > 1024 * 1024 ? `${(zip.length / 1024 / 1024).toFixed(1)} MB` : `${Math.round(zip.length / 1024)} KB`;
    writeFileSync(home, readFileSync(home, 'utf8').replace(/(<span data-offline-size[^>]*>)[^<]*(<\/span>)/, `$1${size}$2`));
  }
  return zip.length;
}
