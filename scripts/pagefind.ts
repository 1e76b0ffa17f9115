/**
 * node scripts/pagefind.ts --site DIR --work DIR: the site's Pagefind index (DIR/pagefind), built over its report pages
 * in batches of bounded size and merged, so the indexer's memory does not grow with the corpus.
 * ATLAS_PAGEFIND_BATCH_BYTES sets the HTML bytes per batch (the test build sets it small, so every browser test
 * searches a merged index).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BATCH_BYTES, pagefindInBatches } from './lib/pagefind-batches.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0 || !args[i + 1]) throw new Error(`scripts/pagefind.ts: ${name} is required`);
  return args[i + 1];
};
const site = arg('--site');
const work = arg('--work');
const limit = Number(process.env.ATLAS_PAGEFIND_BATCH_BYTES ?? DEFAULT_BATCH_BYTES);
if (!(limit > 0)) throw new Error(`ATLAS_PAGEFIND_BATCH_BYTES must be a positive number, not ${process.env.ATLAS_PAGEFIND_BATCH_BYTES}`);
// Report pages only: the other pages carry no data-pagefind-body.
const paths = readdirSync(join(site, 'reports'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `reports/${d.name}/index.html`)
  .sort();
const run = pagefindInBatches(site, paths, join(site, 'pagefind'), work, ['--force-language', 'zh-cn'], limit);
console.log(`pagefind: ${run.pages} pages, ${run.words} words in ${run.chunks} chunks, indexed in ${run.batches} batch${run.batches === 1 ? '' : 'es'}`);
