import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestThreads, shares } from '../../scripts/lib/ingest-threads.ts';
import { ingest, type InputFile } from '../../src/pipeline/ingest.ts';
import { emptyDataFolder, readSeeds, writeData } from '../../src/pipeline/io.ts';

describe('shares of work', () => {
  it('cuts items into contiguous shares of about equal weight, in order, losing none', () => {
    const items = [1, 1, 1, 1, 4, 1, 1];
    const parts = shares(items, 2, (x) => x);
    expect(parts.flat()).toEqual(items);
    expect(parts.map((p) => p.reduce((n, x) => n + x, 0))).toEqual([4, 6]);
    expect(shares([5], 3, (x) => x)).toEqual([[], [5], []]);
    expect(shares([], 2, (x) => x)).toEqual([[], []]);
  });
});

describe('the ingest on several threads', () => {
  // The seeds, the development corpus (GB18030 files, excerpts of one report in two files) and two bad files.
  const seeds = readSeeds('seeds');
  const corpus = '../shared/corpus';
  const files: InputFile[] = [
    ...seeds.files,
    ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(join(corpus, name)) })),
    { name: 'empty.txt', bytes: new Uint8Array() },
    { name: 'image.bin', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) },
  ];
  const threads = new IngestThreads(3);
  afterAll(() => threads.close());

  it('gives what the ingest on one thread gives: reports, build log and errors', async () => {
    const one = ingest(files, seeds.catalog, seeds.redirects, seeds.vocabulary);
    const many = await threads.ingest(files, seeds.catalog, seeds.redirects, seeds.vocabulary);
    expect(threads.count).toBe(3);
    expect(many.reports.length).toBeGreaterThan(10);
    expect(many.reports).toEqual(one.reports);
    expect(many.log).toEqual(one.log);
    expect(many.errors.map((e) => e.message)).toEqual(one.errors.map((e) => e.message));
    expect(many.errors.map((e) => e.message)).toContain('empty.txt: empty file');
  });

  it('writes the same data files', async () => {
    const result = ingest(files, seeds.catalog, seeds.redirects, seeds.vocabulary);
    const root = mkdtempSync(join(tmpdir(), 'atlas-threads-'));
    try {
      writeData(result, join(root, 'one'), '/', seeds.vocabulary);
      emptyDataFolder(join(root, 'many'));
      await threads.writeReports(result.reports, join(root, 'many'));
      writeData(result, join(root, 'many'), '/', seeds.vocabulary, { reportFiles: false });
      for (const sub of ['reports', 'mdx', '.']) {
        const names = readdirSync(join(root, 'one', sub)).sort();
        expect(readdirSync(join(root, 'many', sub)).sort()).toEqual(names);
        for (const n of names.filter((n) => !['reports', 'mdx'].includes(n))) {
          expect(readFileSync(join(root, 'many', sub, n), 'utf8'), `${sub}/${n}`).toBe(readFileSync(join(root, 'one', sub, n), 'utf8'));
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
