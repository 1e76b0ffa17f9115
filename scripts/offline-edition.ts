/**
 * node scripts/offline-edition.ts --site DIR --offline DIR --search DIR --base BASE: the edition for file://, from the
 * same render — pages rewritten to relative links (scripts/lib/offline.ts), the data and explorer files as they are,
 * and instead of Pagefind (whose module, worker and fetches file:// blocks) the sharded classic-script index that a
 * query loads only in part (scripts/lib/offline-search.ts, written to DIR by scripts/site-data.ts) — zipped to
 * SITE/download/report-atlas-offline.zip with native deflate (scripts/lib/zip.ts), file by file. Its own process, so
 * the build runs it beside Pagefind and merges Pagefind's bundles meanwhile.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requiredOptions } from './lib/args.ts';
import { filesUnder } from './lib/files.ts';
import { OFFLINE_ZIP_NAME, offlineHtml } from './lib/offline.ts';
import { ZipFile } from './lib/zip.ts';

const { site, offline, search, base } = requiredOptions('scripts/offline-edition.ts', ['site', 'offline', 'search', 'base']);

const t0 = performance.now();
rmSync(offline, { recursive: true, force: true });
for (const name of filesUnder(site)) {
  if (name.startsWith('pagefind/') || name.startsWith('download/') || name === 'sw.js' || name === 'offline.json' || name.startsWith('sitemap')) continue;
  const to = join(offline, name);
  mkdirSync(join(to, '..'), { recursive: true });
  if (name.endsWith('.html')) writeFileSync(to, offlineHtml(readFileSync(join(site, name), 'utf8'), name, base));
  else cpSync(join(site, name), to);
}
cpSync(search, join(offline, 'search', 'offline'), { recursive: true });
const t1 = performance.now();
mkdirSync(join(site, 'download'), { recursive: true });
const zip = new ZipFile(join(site, 'download', OFFLINE_ZIP_NAME));
for (const name of filesUnder(offline)) zip.add(name, readFileSync(join(offline, name)));
const bytes = zip.close();
console.log(`offline edition: rewritten in ${((t1 - t0) / 1000).toFixed(1)} s, zipped in ${((performance.now() - t1) / 1000).toFixed(1)} s (${Math.round(bytes / 1024)} KB)`);
