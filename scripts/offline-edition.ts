/**
 * node scripts/offline-edition.ts --site DIR --base BASE --data DIR --work DIR [--search FILE] [--editions DIR]:
 * the editions for file://, from the same render — pages rewritten to relative links (src/publish/offline.ts), and
 * instead of Pagefind (whose module, worker and fetches file:// blocks) the sharded classic-script index that a query
 * loads only in part (src/publish/offline-search.ts, packed by scripts/site-data.ts) under search/offline/ — each
 * written straight into its zip under SITE/download/ with native deflate (src/publish/zip.ts), file by file: an edition
 * exists only as its zip, so no second copy of the site is written to disk.
 *
 * `--search FILE` (the whole corpus's index): the whole-site edition, report-atlas-offline.zip, every page as it is.
 * `--editions DIR` (one index pack per edition, `<key>.pack`): one zip per province (and 全国), one after another —
 * the same site restricted to the edition's reports: their report and place pages, the shared pages (home, places,
 * indicators, explorer, search, about) filtered to them (src/publish/offline.ts, editionHtml), indicator pages with none
 * of their rows left out, the data files and the explorer's row files made again from the edition's reports alone.
 * Memory holds one edition's derived data at a time. Writes download/editions.json (name, covers, file, bytes) for
 * the download page. Its own process, so the build runs it beside Pagefind and merges Pagefind's bundles meanwhile.
 */
import { parseArgs } from 'node:util';
import { writeOfflineEditions } from '../src/publish/editions.ts';

const { values: args } = parseArgs({ options: Object.fromEntries(['site', 'base', 'data', 'work', 'search', 'editions', 'edition-terms'].map((n) => [n, { type: 'string' as const }])) });
for (const n of ['site', 'base', 'data', 'work'] as const) if (!args[n]) throw new Error(`scripts/offline-edition.ts: --${n} is required`);
if (!args.search && !args.editions) throw new Error('scripts/offline-edition.ts: --search (the whole site) or --editions (by province), or both');
await writeOfflineEditions({
  site: args.site!,
  base: args.base!,
  data: args.data!,
  work: args.work!,
  search: args.search,
  editions: args.editions,
  editionTerms: args['edition-terms'],
});
