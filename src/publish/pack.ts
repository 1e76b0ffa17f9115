/**
 * A pack: many small files kept as one file — a header line (`name<TAB>bytes`) before each body. Why: the offline
 * search index is thousands of small scripts that go only into the offline zip, and creating a file costs far more
 * than writing its bytes on some disks (≈ 0.7 ms each on the build machines, measured): the index is written once,
 * as one file, and read back entry by entry into the zip.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

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

/** How many bytes `readPack` reads at a time: headers and small bodies come out of one buffer of this size. */
export const PACK_READ_BYTES = 1 << 20;

/**
 * The entries of a pack, in the order they were added, read through one buffer of `bufferBytes` (default 1 MB) — never
 * the whole file: the pack of a large corpus is hundreds of MB (91 MB of offline search index at 1,000 reports), and
 * the edition step holds only the entry it is zipping. A body larger than the buffer is read into its own buffer.
 * Each entry's bytes are its own (not a view of the shared buffer), so a caller may keep them.
 */
export function* readPack(path: string, bufferBytes = PACK_READ_BYTES): Generator<[string, Buffer]> {
  const fd = openSync(path, 'r');
  try {
    const fileSize = fstatSync(fd).size;
    let buf = Buffer.allocUnsafe(Math.max(64, bufferBytes));
    let start = 0; // the first unread byte in buf
    let end = 0; // one past the last byte read into buf
    let filePos = 0; // the file position of buf[end]
    /** Reads more of the file after what buf holds (moving the unread bytes to its start); false at the end. */
    const fill = () => {
      if (start > 0) {
        buf.copy(buf, 0, start, end);
        end -= start;
        start = 0;
      }
      if (end === buf.length) {
        // A header longer than the buffer: grow it (names are short; this does not happen in practice).
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, end);
        buf = bigger;
      }
      const n = readSync(fd, buf, end, buf.length - end, filePos);
      end += n;
      filePos += n;
      return n > 0;
    };
    for (;;) {
      const entryAt = filePos - (end - start);
      if (start === end && !fill()) return;
      let eol = buf.indexOf(10, start);
      while (eol < 0 || eol >= end) {
        if (!fill()) throw new Error(`pack ${path}: broken entry at byte ${entryAt}`);
        eol = buf.indexOf(10, start);
      }
      const header = buf.toString('utf8', start, eol);
      const tab = header.lastIndexOf('\t');
      const size = Number(header.slice(tab + 1));
      const bodyAt = entryAt + Buffer.byteLength(header) + 1;
      if (tab < 1 || !/^\d+$/.test(header.slice(tab + 1)) || !Number.isSafeInteger(size) || bodyAt + size > fileSize) throw new Error(`pack ${path}: broken entry at byte ${entryAt}`);
      start = eol + 1;
      const body = Buffer.allocUnsafe(size);
      const held = Math.min(size, end - start);
      buf.copy(body, 0, start, start + held);
      start += held;
      let got = held;
      while (got < size) {
        // The rest of a body larger than what the buffer holds: read straight into the entry's own bytes.
        const n = readSync(fd, body, got, size - got, filePos);
        if (n === 0) throw new Error(`pack ${path}: broken entry at byte ${entryAt}`);
        got += n;
        filePos += n;
      }
      yield [header.slice(0, tab), body];
    }
  } finally {
    closeSync(fd);
  }
}
