/**
 * A pack: many small files kept as one file — a header line (`name<TAB>bytes`) before each body. Why: the offline
 * search index is thousands of small scripts that go only into the offline zip, and creating a file costs far more
 * than writing its bytes on some disks (≈ 0.7 ms each on the build machines, measured): the index is written once,
 * as one file, and read back entry by entry into the zip.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

export class PackWriter {
  private fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  add(name: string, body: string | Uint8Array) {
    if (/[\t\n]/.test(name)) throw new Error(`pack: a name may not hold a tab or a line break: ${JSON.stringify(name)}`);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    writeSync(this.fd, `${name}\t${bytes.length}\n`);
    writeSync(this.fd, bytes);
  }
  close() {
    closeSync(this.fd);
  }
}

/** The entries of a pack, in the order they were added. */
export function* readPack(path: string): Generator<[string, Buffer]> {
  const all = readFileSync(path);
  let at = 0;
  while (at < all.length) {
    const eol = all.indexOf(10, at);
    const header = eol < 0 ? '' : all.toString('utf8', at, eol);
    const tab = header.lastIndexOf('\t');
    const size = Number(header.slice(tab + 1));
    if (tab < 1 || !Number.isInteger(size) || eol + 1 + size > all.length) throw new Error(`pack ${path}: broken entry at byte ${at}`);
    yield [header.slice(0, tab), all.subarray(eol + 1, eol + 1 + size)];
    at = eol + 1 + size;
  }
}
