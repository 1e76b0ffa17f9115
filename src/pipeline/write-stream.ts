/**
 * Whole-corpus files written piece by piece: JSON exactly as `JSON.stringify(value, null, indent)` writes it and CSV
 * exactly as d3-dsv's `csvFormat` does, but never as one string. At ten thousand reports `targets.json` is about 1.7
 * million rows, more than V8 allows in one string (`RangeError: Invalid string length`); here the text goes to the
 * file in batches of about a megabyte, so what is held is one batch and one row, whatever the corpus.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvFormatRow } from 'd3-dsv';

/** Characters gathered before they are written: large enough to make few system calls, small enough not to matter. */
export const BATCH_CHARS = 1 << 20;

/** A file written in order, in batches of about BATCH_CHARS characters. Synchronous, like the writes it replaces. */
export class BatchedFile {
  private fd: number;
  private parts: string[] = [];
  private chars = 0;
  /** Writes made so far, and the longest batch written (in characters): what the file ever held at once. */
  batches = 0;
  largestBatch = 0;
  private readonly batchChars: number;
  /** `batchChars`: smaller where many files are written at once. */
  constructor(path: string, batchChars = BATCH_CHARS) {
    this.fd = openSync(path, 'w');
    this.batchChars = batchChars;
  }
  write(s: string): void {
    this.parts.push(s);
    this.chars += s.length;
    if (this.chars >= this.batchChars) this.flush();
  }
  private flush(): void {
    if (!this.parts.length) return;
    const text = this.parts.join('');
    this.batches++;
    this.largestBatch = Math.max(this.largestBatch, text.length);
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
    this.parts = [];
    this.chars = 0;
  }
  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

/** Writes a file through a BatchedFile, closed (and so complete) when `fill` returns, or throws. */
export function withFile(path: string, fill: (out: BatchedFile) => void): BatchedFile {
  const out = new BatchedFile(path);
  try {
    fill(out);
  } finally {
    out.close();
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
/** What JSON.stringify leaves out of an object and writes as null in an array. */
const isSkipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

const isRows = (v: unknown): v is Iterable<unknown> =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function');

/** Rows written as an array at any depth (a generator's are read as they are written, never gathered). */
export class JsonRows {
  readonly rows: Iterable<unknown>;
  constructor(rows: Iterable<unknown>) {
    this.rows = rows;
  }
}
/** A value already written as `JSON.stringify(value, null, indent)` (by another thread, or kept on disk), written as is. */
export class RawJson {
  readonly json: string;
  constructor(json: string) {
    this.json = json;
  }
}

/**
 * Writes `value` as `JSON.stringify(value, null, indent)` would, then `end`. Arrays are written element by element
 * (at any depth), the top-level object member by member; anything else — a row, a report summary — is one
 * JSON.stringify, so a row costs what it cost before. `indent` 0 is the compact form. The top level may also be any
 * iterable (a generator of rows), written as the array it yields, so the rows need not be gathered first.
 */
export function writeJson(out: BatchedFile, value: unknown, indent = 0, end = '\n'): void {
  const gap = ' '.repeat(indent);
  const leaf = (v: unknown, pad: string) => {
    const s = v instanceof RawJson ? v.json : JSON.stringify(v, null, indent);
    // JSON text never holds a raw line break inside a string, so every line break is one of the layout's.
    return gap && pad && s.includes('\n') ? s.replaceAll('\n', '\n' + pad) : s;
  };
  const emit = (v: unknown, pad: string, top: boolean): void => {
    if (Array.isArray(v) || v instanceof JsonRows || (top && isRows(v))) {
      const inner = pad + gap;
      let first = true;
      for (const item of v instanceof JsonRows ? v.rows : (v as Iterable<unknown>)) {
        out.write(first ? (gap ? '[\n' + inner : '[') : gap ? ',\n' + inner : ',');
        first = false;
        emit(isSkipped(item) ? null : item, inner, false);
      }
      out.write(first ? '[]' : gap ? '\n' + pad + ']' : ']');
    } else if (top && isPlainObject(v)) {
      const keys = Object.keys(v).filter((k) => !isSkipped(v[k]));
      if (!keys.length) return out.write('{}');
      const inner = pad + gap;
      out.write(gap ? '{\n' + inner : '{');
      keys.forEach((k, i) => {
        if (i) out.write(gap ? ',\n' + inner : ',');
        out.write(JSON.stringify(k) + (gap ? ': ' : ':'));
        emit(v[k], inner, false);
      });
      out.write(gap ? '\n' + pad + '}' : '}');
    } else out.write(leaf(v, pad));
  };
  emit(value, '', true);
  out.write(end);
}

/** `writeJson` into a file of its own. */
export function writeJsonFile(path: string, value: unknown, indent = 0): BatchedFile {
  return withFile(path, (out) => writeJson(out, value, indent));
}

/**
 * Writes rows as `'\uFEFF' + csvFormat(rows, columns) + '\n'` would (UTF-8 with a byte-order mark, so spreadsheet
 * software reads the Chinese text): the header, then one line per row. `row` maps an item to the record the
 * columns are read from, one item at a time, so no second copy of the rows is made.
 */
export function writeCsvFile<T>(path: string, items: Iterable<T>, columns: readonly string[], row: (item: T) => Record<string, unknown> = (x) => x as Record<string, unknown>): BatchedFile {
  return withFile(path, (out) => {
    out.write('\uFEFF' + csvFormatRow([...columns]));
    for (const item of items) {
      const r = row(item);
      out.write('\n' + csvFormatRow(columns.map((c) => r[c] as string)));
    }
    out.write('\n');
  });
}
