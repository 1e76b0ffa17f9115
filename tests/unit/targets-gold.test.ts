/**
 * Indicator ids against hand labels (tests/gold/indicator-ids.json): on the seeds and on the files of the development
 * corpus the labels cover (the first files; the later ones are labelled for their facts only, in the corpus's
 * facts.json), every headline target and every GDP, jobs, unemployment, CPI and income row carries the labelled id,
 * and no row of those files carries one of those ids without a label saying it should.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { readSeeds } from '../../src/pipeline/io.ts';
import type { Report, Target } from '../../src/pipeline/types.ts';

interface Label {
  corpus: 'seeds' | 'corpus';
  file: string;
  at: string;
  value: number;
  unit: string;
  indicator?: string;
  indicatorId: string | null;
  headline?: boolean;
}
const gold: { labels: Label[] } = JSON.parse(readFileSync('tests/gold/indicator-ids.json', 'utf8'));
const FOCUS_IDS = new Set([
  'gdp', 'urban-new-jobs', 'surveyed-unemployment', 'registered-unemployment', 'cpi', 'disposable-income', 'urban-disposable-income',
  'rural-disposable-income',
]);
const DIRS = { seeds: 'seeds', corpus: '../shared/corpus' } as const;

function ingestDir(dir: string): Report[] {
  const { files, catalog, redirects, vocabulary, errors } = readSeeds(dir);
  expect(errors).toEqual([]);
  return ingest(files, catalog, redirects, vocabulary).reports;
}

const rowsOf = (reports: Report[], file: string): Target[] => reports.filter((r) => r.sources.includes(file)).flatMap((r) => r.targets);
const matches = (l: Label, t: Target) =>
  t.quote.includes(l.at) && t.value === l.value && t.unit === l.unit && (l.indicator === undefined || t.indicator === l.indicator);

for (const corpus of ['seeds', 'corpus'] as const) {
  const labels = gold.labels.filter((l) => l.corpus === corpus);
  describe.skipIf(!existsSync(DIRS[corpus]))(`indicator ids on the ${corpus}`, () => {
    let reports: Report[] = [];
    beforeAll(() => {
      reports = ingestDir(DIRS[corpus]);
    }, 180_000);

    it('has labels to check', () => {
      expect(labels.length).toBeGreaterThan(corpus === 'seeds' ? 15 : 200);
      // Every labelled file is in the folder and gives reports, so restricting the check to them leaves nothing out.
      for (const file of new Set(labels.map((l) => l.file))) expect(reports.some((r) => r.sources.includes(file)), file).toBe(true);
    });
    it('gives every labelled row its labelled id and headline mark', () => {
      const wrong: string[] = [];
      for (const l of labels) {
        const found = rowsOf(reports, l.file).filter((t) => matches(l, t));
        if (found.length !== 1) wrong.push(`${l.file} ${l.at}: ${found.length} rows`);
        else if (found[0].indicatorId !== l.indicatorId) wrong.push(`${l.file} ${l.at}: ${found[0].indicatorId} ≠ ${l.indicatorId}`);
        else if ((l.headline ?? false) !== found[0].headline) wrong.push(`${l.file} ${l.at}: headline ${found[0].headline}`);
      }
      expect(wrong).toEqual([]);
    });
    it('labels every headline row and every row that carries a core id (none is given one by guess)', () => {
      // Over the files the labels cover (every row of theirs is labelled): a folder may hold files labelled only for
      // their facts (the corpus's facts.json), whose rows this set does not judge. Every report built from a covered
      // file counts, whatever documents the file turns out to hold.
      const covered = new Set(labels.map((l) => l.file));
      const unlabelled: string[] = [];
      for (const r of reports.filter((x) => x.sources.some((f) => covered.has(f))))
        for (const t of r.targets) {
          if (!t.headline && !(t.indicatorId && FOCUS_IDS.has(t.indicatorId))) continue;
          const file = r.sources.find((f) => labels.some((l) => l.file === f && matches(l, t)));
          if (!file) unlabelled.push(`${r.sources[0]} ${t.quote} (${t.indicatorId})`);
        }
      expect(unlabelled).toEqual([]);
    });
  });
}
