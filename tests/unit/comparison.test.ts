/**
 * A report beside its government's previous report, computed from that government's history alone, on the history
 * fixtures (synthetic text in the form of real reports): the targets of the indicators both reports set, then and
 * now, and what the previous year's targets came to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithPrevious } from '../../src/pipeline/comparison.ts';
import { ingest, type InputFile } from '../../src/pipeline/ingest.ts';
import { DEFAULT_INDICATORS, readVocabulary } from '../../src/pipeline/io.ts';
import { pairOutcomes } from '../../src/pipeline/outcomes.ts';

const { vocabulary } = readVocabulary(DEFAULT_INDICATORS);
const fixture = (name: string, as: string): InputFile => ({
  name: as,
  bytes: new Uint8Array(readFileSync(new URL(`../fixtures/history/${name}`, import.meta.url))),
});
function built(names: string[]) {
  // Names that say nothing, later years first: the order and the file names must not matter.
  const result = ingest(names.toReversed().map((n, i) => fixture(n, `${i}.txt`)), { files: {} }, {}, vocabulary);
  const { places } = pairOutcomes(result.reports, vocabulary);
  const byYear = (y: number) => result.reports.find((r) => r.year === y)!;
  return { places, byYear };
}
const text = (r: { value: number; unit: string; comparator: string; bound: string | null } | null) =>
  r ? `${r.comparator} ${r.value}${r.unit} ${r.bound ?? ''}`.trim() : null;

describe('comparison with the previous report', () => {
  it('shows, for each indicator both consecutive reports target, the target then, the outcome and verdict, and the target now', () => {
    const { places, byYear } = built(['county-first-year.txt', 'county-next-year.txt']);
    const now = byYear(2024);
    const then = byYear(2023);
    expect(now.previous).toBe(then.slug);
    const c = compareWithPrevious(places[0], now.slug, now.previous!)!;
    expect([c.previousYear, c.year]).toEqual([2023, 2024]);
    expect(c.rows.map((r) => [r.indicatorId, r.term, text(r.then), text(r.outcome), r.outcome?.estimated ?? null, r.verdict, text(r.now)])).toEqual([
      // Only the indicators the 2024 report targets too: 2023's unemployment, prices, jobs and grain are not compared.
      ['gdp', 'change', 'growth 6.5% approx', 'growth 6.2%', true, 'met', 'growth 6% approx'],
      ['general-budget-revenue', 'change', 'growth 5%', 'growth 7.3%', false, 'met', 'growth 5% gte'],
    ]);
  });

  it('links each figure to its own row: targets then in the previous report, outcomes and targets now in this one', () => {
    const { places, byYear } = built(['county-first-year.txt', 'county-next-year.txt']);
    const now = byYear(2024);
    const then = byYear(2023);
    const c = compareWithPrevious(places[0], now.slug, then.slug)!;
    const ids = (r: (typeof now)['targets']) => new Set(r.map((t) => t.id));
    for (const row of c.rows) {
      expect(row.then!.report).toBe(then.slug);
      expect(ids(then.targets).has(row.then!.id)).toBe(true);
      expect(row.now!.report).toBe(now.slug);
      expect(ids(now.targets).has(row.now!.id)).toBe(true);
      expect(row.outcome!.report).toBe(now.slug);
      expect(now.targets.find((t) => t.id === row.outcome!.id)?.kind).toBe('achievement');
    }
  });

  it('leaves the verdict open, saying why, when the atlas lacks the year after the previous report', () => {
    // 2014 and 2016 of one county, without 2015: what 2014 came to is nobody's to say here.
    const { places, byYear } = built(['renamed-2014.txt', 'renamed-2016.txt']);
    const now = byYear(2016);
    expect(now.previous).toBe(byYear(2014).slug);
    const c = compareWithPrevious(places[0], now.slug, now.previous!)!;
    expect(c.rows.length).toBeGreaterThan(0);
    for (const row of c.rows.filter((r) => r.then)) {
      expect(row.verdict).toBeNull();
      expect(row.outcome).toBeNull();
      expect(row.note).toContain('2015');
    }
  });

  it('compares only indicators both reports target, each side only with its own rows', () => {
    const { places, byYear } = built(['renamed-2014.txt', 'renamed-2015.txt', 'renamed-2016.txt']);
    const now = byYear(2016);
    const then = byYear(2015);
    const c = compareWithPrevious(places[0], now.slug, then.slug)!;
    const idsOf = (slug: string) => new Set(places[0].rows.filter((r) => r.cells.some((x) => x.target.report === slug)).map((r) => r.indicatorId));
    const both = [...idsOf(then.slug)].filter((id) => idsOf(now.slug).has(id));
    expect(both.length).toBeGreaterThan(1);
    expect(new Set(c.rows.map((r) => r.indicatorId))).toEqual(new Set(both));
    for (const row of c.rows) {
      expect(row.then === null || row.then.report === then.slug).toBe(true);
      expect(row.now === null || row.now.report === now.slug).toBe(true);
    }
    // 2014 is two reports back: compared with 2016 it has its own verdicts, made against 2015.
    const older = compareWithPrevious(places[0], now.slug, byYear(2014).slug)!;
    expect(older.rows.some((r) => r.verdict !== null && r.outcome?.report === then.slug)).toBe(true);
  });

  it('is null for a report or a previous report the history does not hold', () => {
    const { places, byYear } = built(['county-first-year.txt', 'county-next-year.txt']);
    expect(compareWithPrevious(places[0], byYear(2024).slug, 'elsewhere-2023')).toBeNull();
    expect(compareWithPrevious(places[0], 'elsewhere-2024', byYear(2023).slug)).toBeNull();
  });
});
