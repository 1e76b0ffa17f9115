/**
 * The whole pipeline, text to verdicts, on two consecutive reports of a county written for this test
 * (tests/fixtures/history/county-*.txt: synthetic text in the form of real reports, not real figures). Nothing in the
 * rules knows this county: place and year come from the text, pairs from the indicator ids, verdicts from the bounds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, type InputFile } from '../../src/pipeline/ingest.ts';
import { DEFAULT_INDICATORS, readVocabulary } from '../../src/pipeline/io.ts';
import { pairOutcomes } from '../../src/pipeline/outcomes.ts';

const fixture = (name: string, as: string): InputFile => ({
  name: as,
  bytes: new Uint8Array(readFileSync(new URL(`../fixtures/history/${name}`, import.meta.url))),
});

describe('outcomes from two consecutive reports, through the whole pipeline', () => {
  const { vocabulary } = readVocabulary(DEFAULT_INDICATORS);
  // Later year first, under names that say nothing.
  const result = ingest([fixture('county-next-year.txt', 'a.txt'), fixture('county-first-year.txt', 'b.txt')], { files: {} }, {}, vocabulary);
  const { outcomes, places } = pairOutcomes(result.reports, vocabulary);
  const table = outcomes.map((o) => [o.indicatorId, o.term, o.targetValue, o.outcomeValue, o.verdict, o.estimated]);

  it('finds one county government with both years', () => {
    expect(places.map((p) => [p.name, p.level, p.reports.map((r) => r.year)])).toEqual([['长兴县', 'county', [2023, 2024]]]);
  });
  it('pairs each headline target with the next report’s figure for that year and judges it by its bound', () => {
    expect(table).toEqual([
      // 左右: 6.2 is within half a point of 6.5; 预计 marks the figure as an estimate; 年均 5.6% is not the year's figure.
      ['cpi', 'change', 3, 2.8, 'met', false],
      ['gdp', 'change', 6.5, 6.2, 'met', true],
      ['general-budget-revenue', 'change', 5, 7.3, 'met', false],
      // No grain figure next year: not stated, never guessed.
      ['grain-output', 'level', 20, null, 'not-stated', false],
      // 以内 is a ceiling: 5.8% misses 5.5%.
      ['surveyed-unemployment', 'level', 5.5, 5.8, 'missed', false],
      // 以上 is a floor, compared in the canonical unit (万人).
      ['urban-new-jobs', 'level', 1.2, 1.35, 'met', false],
    ]);
  });
  it('leaves the last year waiting for its next report', () => {
    const last = places[0].rows.flatMap((r) => r.cells).filter((c) => c.year === 2024);
    expect(last.length).toBeGreaterThan(0);
    expect(last.every((c) => c.verdict === null && c.outcome === null)).toBe(true);
  });
});
