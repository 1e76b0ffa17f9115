/**
 * node scripts/offline-edition.ts --site DIR --search FILE --base BASE: the edition for file://, from the same render —
 * pages rewritten to relative links (scripts/lib/offline.ts), the data and explorer files as they are, and instead of
 * Pagefind (whose module, worker and fetches file:// blocks) the sharded classic-script index that a query loads only
 * in part (scripts/lib/offline-search.ts, packed into FILE by scripts/site-data.ts) under search/offline/ — written
 * straight into SITE/download/report-atlas-offline.zip with native deflate (scripts/lib/zip.ts), file by file: the
 * edition exists only as the zip, so no second copy of the site is written to disk. Its own process, so the build
 * runs it beside Pagefind and merges Pagefind's bundles meanwhile.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requiredOptions } from './lib/args.ts';
import { filesUnder } from './lib/files.ts';
import { OFFLINE_ZIP_NAME, offlineHtml } from './lib/offline.ts';
import { readPack } from './lib/pack.ts';
import { ZipFile } from './lib/zip.ts';

const { site, search, base } = requiredOptions('scripts/offline-edition.ts', ['site', 'search', 'base']);

const t0 = performance.now();
mkdirSync(join(site, 'download'), { recursive: true });
const zip = new ZipFile(join(site, 'download', OFFLINE_ZIP_NAME));
for (const name of filesUnder(site)) {
  if (name.startsWith('pagefind/') || name.startsWith('download/') || name === 'sw.js' || name === 'offline.json' || name.startsWith('sitemap')) continue;
  const bytes = readFileSync(join(site, name));
  zip.add(name, name.endsWith('.html') ? Buffer.from(offlineHtml(bytes.toString('utf8'), name, base), 'utf8') : bytes);
}
for (const [name, body] of readPack(search)) zip.add(`search/offline/${name}`, body);
const bytes = zip.close();
console.log(`offline edition: written and zipped in ${((performance.now() - t0) / 1000).toFixed(1)} s (${Math.round(bytes / 1024)} KB)`);
