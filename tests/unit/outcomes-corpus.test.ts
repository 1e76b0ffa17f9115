/**
 * Outcome pairs on real text: the four consecutive reports of one district in the development corpus, ingested with
 * the repository's vocabulary and paired, against the pairs labelled by hand from the raw text
 * (tests/fixtures/history/hailaer-outcomes.yaml; the site tests check the same labels on the built pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingest, type InputFile } from '../../src/pipeline/ingest.ts';
import { DEFAULT_INDICATORS, readVocabulary } from '../../src/pipeline/io.ts';
import { pairOutcomes, type OutcomeRow, type Term } from '../../src/pipeline/outcomes.ts';

const DIR = new URL('../../../shared/corpus/', import.meta.url);
const present = existsSync(DIR);

interface Label {
  year: number;
  indicatorId: string;
  term: Term;
  target: string;
  outcome: string | null;
  verdict: OutcomeRow['verdict'];
}
const labels = parseYaml(readFileSync(new URL('../fixtures/history/hailaer-outcomes.yaml', import.meta.url), 'utf8')) as {
  place: string;
  years: number[];
  pairs: Label[];
};

describe.skipIf(!present)('outcome pairs of consecutive real reports', () => {
  // The district's files, under names that say nothing: the pipeline must read place and year from the text.
  const files: InputFile[] = present
    ? readdirSync(DIR)
        .filter((f) => f.startsWith('hailaer-'))
        .reverse()
        .map((name, i) => ({ name: `report-${i}.txt`, bytes: new Uint8Array(readFileSync(new URL(name, DIR))) }))
    : [];
  const { vocabulary } = readVocabulary(DEFAULT_INDICATORS);
  const result = ingest(files, { files: {} }, {}, vocabulary);
  const { outcomes, places } = pairOutcomes(result.reports, vocabulary);
  const quote = (report: string | null, id: string | null) =>
    result.reports.find((r) => r.slug === report)?.targets.find((t) => t.id === id)?.quote ?? null;

  it(`finds one government, ${labels.place}, with a report for each of ${labels.years.join('、')}`, () => {
    expect(places.map((p) => p.name)).toEqual([labels.place]);
    expect(places[0].reports.map((r) => r.year)).toEqual(labels.years);
  });
  it('pairs every labelled target with the outcome the next report states, and judges it as the labels do', () => {
    const got = labels.pairs.map((l) => {
      const pairs = outcomes.filter((o) => o.year === l.year && o.indicatorId === l.indicatorId && o.term === l.term);
      if (pairs.length !== 1) return { ...l, found: pairs.length };
      const [o] = pairs;
      const targetQuote = quote(o.targetReport, o.target) ?? '';
      const outcomeQuote = quote(o.outcomeReport, o.outcome);
      return {
        ...l,
        target: targetQuote.includes(l.target) ? l.target : targetQuote,
        outcome: l.outcome === null ? outcomeQuote : outcomeQuote?.includes(l.outcome) ? l.outcome : outcomeQuote,
        verdict: o.verdict,
      };
    });
    expect(got).toEqual(labels.pairs);
  });
  it('pairs nothing the labels call unpaired, and no year with a later or earlier one', () => {
    for (const o of outcomes) {
      if (o.outcomeReport === null) continue;
      const next = result.reports.find((r) => r.slug === o.outcomeReport)!;
      expect(next.year).toBe(o.year + 1);
    }
    expect(outcomes.every((o) => labels.years.includes(o.year) && o.year < Math.max(...labels.years))).toBe(true);
  });
});
