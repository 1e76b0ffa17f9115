/**
 * Pagefind over the report pages in batches of bounded size, merged into one bundle (see pagefind-merge.ts for why).
 * Each batch is a folder of hard links to its pages at their own paths, so Pagefind sees the same URLs as in the site
 * and walks only those files (a glob naming the pages one by one made Pagefind ~60 % slower).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mergePagefind, type MergeResult } from './pagefind-merge.ts';

/** HTML bytes per batch: Pagefind's indexer peaks at ≈ 22 × the HTML it reads (1.5 GB for 68 MB of report pages). */
export const DEFAULT_BATCH_BYTES = 24 * 1024 * 1024;

export interface PageFile {
  /** Path under the site folder, e.g. reports/x-2026/index.html. */
  path: string;
  bytes: number;
}

/** Pages in order, cut into consecutive batches of at most `limit` bytes (a page larger than that is a batch alone). */
export function batchPages(pages: PageFile[], limit: number): PageFile[][] {
  const batches: PageFile[][] = [];
  let current: PageFile[] = [];
  let size = 0;
  for (const p of pages) {
    if (current.length && size + p.bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

export interface PagefindRun extends MergeResult {
  batches: number;
}

/**
 * Indexes `paths` (under `site`) into `output`, using `work` for the batches. `pagefindArgs` are passed to every run
 * (e.g. --force-language). Throws when a Pagefind run fails.
 */
export function pagefindInBatches(
  site: string,
  paths: string[],
  output: string,
  work: string,
  pagefindArgs: string[],
  limit = DEFAULT_BATCH_BYTES,
): PagefindRun {
  const pages = paths.map((path) => ({ path, bytes: statSync(join(site, path)).size }));
  const batches = batchPages(pages, limit);
  rmSync(work, { recursive: true, force: true });
  const bundles: string[] = [];
  const cli = join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  batches.forEach((batch, b) => {
    const dir = join(work, `batch-${b}`);
    const pagesDir = join(dir, 'site');
    for (const p of batch) {
      const to = join(pagesDir, p.path);
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(join(site, p.path), to);
      } catch {
        copyFileSync(join(site, p.path), to); // another file system: a copy does as well
      }
    }
    const bundle = join(dir, 'pagefind');
    const r = spawnSync(process.execPath, [cli, '--site', pagesDir, '--output-path', bundle, '--silent', ...pagefindArgs], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`pagefind exited with ${r.status ?? r.signal} on batch ${b + 1} of ${batches.length}`);
    // The batch's pages are no longer needed; its bundle is, until the merge.
    rmSync(pagesDir, { recursive: true, force: true });
    bundles.push(bundle);
  });
  const merged = mergePagefind(bundles, output);
  rmSync(work, { recursive: true, force: true });
  return { ...merged, batches: batches.length };
}
