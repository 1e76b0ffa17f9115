import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormat, csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, writeCsvFile, writeJsonFile } from '../../src/pipeline/write-stream.ts';

const dir = mkdtempSync(join(tmpdir(), 'write-stream-'));
const COLUMNS = ['id', 'report', 'quote', 'value', 'valueMax', 'headline', 'note'] as const;
/** Rows with what CSV and JSON must escape: commas, quotes, line breaks, a BOM-like character, emoji, nulls. */
function* rows(n: number) {
  const words = ['地区生产总值增长5%左右', 'a,b', 'say "yes"', 'two\nlines', 'cr\r\nlf', '\uFEFFbom', '😀 𠀀', ' spaced ', '', '\\back\\', '</script>'];
  for (let i = 0; i < n; i++)
    yield {
      id: `t${i}`,
      report: `place-${i % 97}-20${10 + (i % 17)}`,
      quote: `${words[i % words.length]}${words[(i * 7) % words.length]}`.repeat(1 + (i % 3)),
      value: i % 5 === 0 ? null : i / 8,
      valueMax: i % 4 === 0 ? -i : null,
      headline: i % 2 === 0,
      note: i % 3 ? undefined : 'x',
    };
}

describe('whole-corpus files written row by row', () => {
  // About 3 MB of JSON: several batches, so a file written as one string would show as one batch.
  const N = 20_000;
  const all = [...rows(N)];

  it('writes N rows as the JSON JSON.stringify writes (compact and indented), which parses back to the rows', () => {
    for (const indent of [0, 2]) {
      const path = join(dir, `rows-${indent}.json`);
      const file = writeJsonFile(path, rows(N), indent);
      const text = readFileSync(path, 'utf8');
      expect(text).toBe(JSON.stringify(all, null, indent) + '\n');
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(all)));
      expect(file.batches).toBeGreaterThan(2);
      expect(file.largestBatch).toBeLessThan(BATCH_CHARS + 1000);
    }
  });

  it('writes nested data (a build log: an object of arrays) exactly as JSON.stringify, empty and odd values included', () => {
    const log = {
      files: [{ file: 'a.txt', ok: true, notes: ['x', 'y'] }, { file: 'b', nested: { deep: [1, [2, []], {}] } }],
      reports: [],
      dropped: [[1, 2], [], [null, undefined, () => 0], 'text\nwith "quotes"'],
      empty: {},
      skipped: undefined,
      when: new Date(0),
      n: 0,
      s: '',
    };
    for (const indent of [0, 2, 4]) {
      const path = join(dir, `log-${indent}.json`);
      writeJsonFile(path, log, indent);
      expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(log, null, indent) + '\n');
    }
    for (const v of [[], {}, null, 'one', 3, [[[]]]]) {
      writeJsonFile(join(dir, 'v.json'), v, 2);
      expect(readFileSync(join(dir, 'v.json'), 'utf8')).toBe(JSON.stringify(v, null, 2) + '\n');
    }
  });

  it('writes N rows as csvFormat writes them (with a BOM), and the CSV parses back to the rows', () => {
    const path = join(dir, 'rows.csv');
    const file = writeCsvFile(path, rows(N), COLUMNS);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe('\uFEFF' + csvFormat(all, [...COLUMNS]) + '\n');
    expect(file.batches).toBeGreaterThan(1);
    const parsed = csvParse(text.slice(1).replace(/\n$/, ''));
    expect(parsed.columns).toEqual([...COLUMNS]);
    expect(parsed.length).toBe(N);
    const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    all.forEach((r, i) => expect(parsed[i]).toEqual(Object.fromEntries(COLUMNS.map((c) => [c, asText(r[c])]))));
  });

  it('writes a header alone for no rows', () => {
    const path = join(dir, 'none.csv');
    writeCsvFile(path, [], COLUMNS);
    expect(readFileSync(path, 'utf8')).toBe('\uFEFF' + csvFormat([], [...COLUMNS]) + '\n');
    writeJsonFile(join(dir, 'none.json'), rows(0));
    expect(readFileSync(join(dir, 'none.json'), 'utf8')).toBe('[]\n');
  });
});
