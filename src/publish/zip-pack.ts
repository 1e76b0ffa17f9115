/**
 * One zip entry made ready to write: read, rewritten for file:// when it is a page of the offline edition (offlineHtml),
 * checksummed and deflated. Everything here is the work of one entry and needs nothing else, so that the zip's worker
 * threads (src/publish/zip-worker.ts) do it side by side while the writer only writes (src/publish/zip.ts).
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { offlineHtml, offlinePage } from './offline-html.ts';

/** What one entry is made of: its bytes (`data`), a page's text (`html`), or a file to read (`path`). */
export interface PackTask {
  name: string;
  data?: Uint8Array;
  html?: string;
  path?: string;
  /** Rewrite the page for file:// under this base path (offlineHtml), the entry's name being the page's path. */
  offlineBase?: string;
}

export interface Packed {
  /** The entry's CRC-32 and size, of its bytes as unzipped. */
  crc: number;
  size: number;
  /** What is written: the deflated bytes, or the bytes themselves when stored. */
  body: Uint8Array;
  deflated: boolean;
}

/**
 * Level 3, not zlib's default 6: measured on the offline edition of 200 reports, 2.1 s of CPU instead of 3.0 s for a
 * zip 8 % larger (30.8 MB, not 28.6 MB); the levels between are slower still (4 and 5 search lazily, as 6 does).
 */
const DEFLATE_LEVEL = 3;
/** Kinds already compressed: stored as they are. */
const STORED = /\.(zip|png|jpe?g|gz|woff2?)$/i;

/** An entry's bytes, deflated when that makes them smaller. */
export function packEntry(task: PackTask): Packed {
  const bytes = entryBytes(task);
  const crc = crc32(bytes);
  if (STORED.test(task.name)) return { crc, size: bytes.length, body: bytes, deflated: false };
  const packed = deflateRawSync(bytes, { level: DEFLATE_LEVEL });
  const deflated = packed.length < bytes.length;
  return { crc, size: bytes.length, body: deflated ? packed : bytes, deflated };
}

/** What the entry unzips to. */
function entryBytes({ name, data, html, path, offlineBase }: PackTask): Uint8Array {
  if (html !== undefined) return Buffer.from(offlineBase === undefined ? html : offlineHtml(html, name, offlineBase), 'utf8');
  const bytes = data ?? readFileSync(path!);
  return offlineBase === undefined ? bytes : offlinePage(bytes, name, offlineBase);
}
