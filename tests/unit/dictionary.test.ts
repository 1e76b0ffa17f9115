/**
 * The data dictionary (src/pipeline/dictionary.ts) against what an ingest really writes: every field of every data file,
 * read from the files of the seeds and of the two-year fixture (which pairs outcomes), must have an entry. A field the
 * pipeline starts writing without one fails here.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type DataFile } from '../../src/pipeline/dictionary.ts';
import { ingestToDisk, readSeeds } from '../../src/pipeline/io.ts';

/** Every path a JSON value holds, `[]` standing for array elements; the keys of a map path are not descended into. */
function pathsOf(value: unknown, maps: string[], prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) pathsOf(v, maps, `${prefix}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${k}` : k;
      out.add(path);
      if (!maps.includes(path)) pathsOf(v, maps, path, out);
    }
  }
  return out;
}

async function ingestInto(folder: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'atlas-dictionary-'));
  const { files, catalog, redirects, vocabulary } = readSeeds(folder);
  const result = await ingestToDisk(files, catalog, redirects, vocabulary, out);
  result.writeOutcomes();
  result.close();
  return out;
}
const FOLDERS = ['seeds', 'tests/fixtures/history'];
const ingested = new Map<string, string>();
for (const folder of FOLDERS) ingested.set(folder, await ingestInto(folder));

const dictionary = (file: string): DataFile => DATA_FILES.find((d) => d.file === file)!;
const listed = (file: string) => new Set(dictionary(file).fields.map((f) => f.path));

describe('pathsOf', () => {
  it('names nested fields with [] for arrays and stops at maps', () => {
    const paths = pathsOf({ a: 1, b: { c: [{ d: 2 }] }, m: { free: 'x' } }, ['m']);
    expect([...paths].sort()).toEqual(['a', 'b', 'b.c', 'b.c[].d', 'm']);
    expect([...pathsOf([{ a: 1 }], [])]).toEqual(['[].a']);
  });
});

describe.each(FOLDERS)('the dictionary lists every field the ingest of %s writes', (folder) => {
  const out = ingested.get(folder)!;
  const json = (p: string) => JSON.parse(readFileSync(join(out, p), 'utf8'));
  const missing = (file: string, written: Set<string>) => [...written].filter((p) => !listed(file).has(p));

  it('has the files it documents', () => {
    const written = readdirSync(out);
    for (const d of DATA_FILES) if (!d.file.includes('<slug>')) expect(written, d.file).toContain(d.file);
  });
  for (const file of ['reports.json', 'targets.json', 'outcomes.json']) {
    it(file, () => {
      const rows = json(file) as unknown[];
      // The paths inside the elements (the file is an array of them).
      const written = new Set([...pathsOf(rows, [])].map((p) => p.replace(/^\[\]\./, '')));
      expect(missing(file, written)).toEqual([]);
    });
  }
  it('reports/<slug>.json', () => {
    const file = 'reports/<slug>.json';
    for (const name of readdirSync(join(out, 'reports'))) {
      expect(missing(file, pathsOf(json(join('reports', name)), dictionary(file).maps)), name).toEqual([]);
    }
  });
  it('indicators.json', () => {
    expect(missing('indicators.json', pathsOf(json('indicators.json'), []))).toEqual([]);
  });
  for (const file of ['targets.csv', 'outcomes.csv']) {
    it(`${file} (its columns)`, () => {
      const header = csvParseRows(readFileSync(join(out, file), 'utf8').replace(/^\uFEFF/, ''))[0];
      expect(header.length).toBeGreaterThan(0);
      expect(missing(file, new Set(header))).toEqual([]);
    });
  }
});

describe('the fixture that pairs outcomes', () => {
  it('writes outcome rows, so their fields are really checked above', () => {
    const out = ingested.get('tests/fixtures/history')!;
    expect((JSON.parse(readFileSync(join(out, 'outcomes.json'), 'utf8')) as unknown[]).length).toBeGreaterThan(0);
  });
});
