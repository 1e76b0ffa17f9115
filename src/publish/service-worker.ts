/**
 * The service worker and the file list for 离线保存本站. sw.js keeps only what a reader opens; offline.json lists every
 * file of the site with its size, so the page can say how much a full save downloads before the reader agrees to it.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../build/files.ts';

export interface OfflineManifest {
  /** Changes whenever any file of the site changes, so a saved copy knows it is out of date. */
  version: string;
  /** Total bytes of all files. */
  bytes: number;
  /** [url, bytes], url absolute from the host root (base path included); index.html files as their folder. */
  files: [string, number][];
}

/** Files the reader never needs offline: the zip of the offline edition, the worker itself, and the list. */
const NOT_SAVED = /^(?:download\/|sw\.js$|offline\.json$)/;

export function offlineManifest(outDir: string, base: string): OfflineManifest {
  const files = filesUnder(outDir).filter((f) => !NOT_SAVED.test(f));
  const hash = createHash('sha256');
  // Each file hashed through one buffer, not read whole: the site is gigabytes at ten thousand reports, and whole
  // reads left the build holding 1.9 GB (their buffers outlive the loop until the collector runs).
  const buffer = Buffer.allocUnsafe(1 << 20);
  const entries: [string, number][] = files.map((f) => {
    hash.update(f);
    let size = 0;
    const fd = openSync(join(outDir, f), 'r');
    try {
      for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; size += n) hash.update(buffer.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    return [base + f.replace(/(^|\/)index\.html$/, '$1'), size];
  });
  return { version: hash.digest('hex').slice(0, 12), bytes: entries.reduce((n, [, b]) => n + b, 0), files: entries };
}

/** Writes sw.js and offline.json into outDir (the site as served under base). */
export function writeServiceWorker(outDir: string, base: string): OfflineManifest {
  const manifest = offlineManifest(outDir, base);
  const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
  writeFileSync(join(outDir, 'sw.js'), template);
  writeFileSync(join(outDir, 'offline.json'), JSON.stringify(manifest));
  return manifest;
}
