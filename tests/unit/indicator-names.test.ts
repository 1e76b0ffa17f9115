/**
 * Indicator names across the years: former names, statistical bases and a replaced quantity pair a target with its
 * outcome across the change, in the terms the change leaves comparable, while a narrower scope (本级) keeps its own id.
 * On the repository's vocabulary and on three consecutive reports of a county written for this test
 * (tests/fixtures/history/renamed-*.txt: synthetic text in the form of real reports, names changing between years).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparableTerms, lookupIndicator, nameGroupOf, parseVocabulary, relatedIds } from '../../src/pipeline/indicators.ts';
import { ingest, type InputFile } from '../../src/pipeline/ingest.ts';
import { DEFAULT_INDICATORS, readVocabulary } from '../../src/pipeline/io.ts';
import { pairOutcomes } from '../../src/pipeline/outcomes.ts';

const v = parseVocabulary(readFileSync('seeds/indicators.yaml', 'utf8'));
const row = (indicator: string) => ({ indicator, indicatorId: lookupIndicator(v, indicator)?.id ?? null });

describe('the vocabulary’s other names', () => {
  it('gives a former name, a basis and an alternative the indicator’s id, and knows which group named it', () => {
    expect(lookupIndicator(v, '公共财政预算收入')?.id).toBe('general-budget-revenue');
    expect(lookupIndicator(v, '地方财政一般预算收入')?.id).toBe('general-budget-revenue');
    expect(lookupIndicator(v, '城镇常住居民人均可支配收入')?.id).toBe('urban-disposable-income');
    expect(lookupIndicator(v, '万元GDP能耗')?.id).toBe('energy-intensity');
    expect(nameGroupOf(v, '一般公共预算收入')).toBeNull();
    expect(nameGroupOf(v, '公共财政预算收入')).toMatchObject({ kind: 'former', until: 2014 });
    expect(nameGroupOf(v, '城镇常住居民人均可支配收入')).toMatchObject({ kind: 'basis', since: 2013 });
  });
  it('never gives a narrower scope the wider id: 本级 of any level is its own indicator or none', () => {
    for (const w of ['区本级固定资产投资', '县本级全社会固定资产投资', '市本级固定资产投资额'])
      expect(lookupIndicator(v, w)?.id, w).toBe('own-level-fixed-asset-investment');
    expect(lookupIndicator(v, '市本级一般公共预算收入')?.id).toBe('own-level-general-budget-revenue');
    expect(lookupIndicator(v, '市本级公共财政预算收入')?.id).toBe('own-level-general-budget-revenue');
    expect(lookupIndicator(v, '市本级社会消费品零售总额')).toBeNull();
    expect(lookupIndicator(v, '城乡居民人均可支配收入')).toBeNull();
    expect(comparableTerms(v, 2016, row('区本级固定资产投资'), row('固定资产投资'))).toEqual([]);
  });
  it('compares a plain rename in every term, in any year', () => {
    expect(comparableTerms(v, 2014, row('公共财政预算收入'), row('一般公共预算收入'))).toEqual(['change', 'increment', 'level']);
    expect(comparableTerms(v, 2009, row('地方财政一般预算收入'), row('公共财政预算收入'))).toEqual(['change', 'increment', 'level']);
  });
  it('across a basis change, compares amounts only after the year of the change', () => {
    expect(comparableTerms(v, 2013, row('城镇居民人均可支配收入'), row('城镇常住居民人均可支配收入'))).toEqual(['change']);
    expect(comparableTerms(v, 2014, row('城镇居民人均可支配收入'), row('城镇常住居民人均可支配收入'))).toEqual(['change', 'increment', 'level']);
  });
  it('across a replaced quantity, compares only its rates of change, and only from the year it was replaced', () => {
    expect(relatedIds(v, 'rural-net-income')).toContain('rural-disposable-income');
    expect(comparableTerms(v, 2014, row('农民人均纯收入'), row('农村常住居民人均可支配收入'))).toEqual(['change']);
    expect(comparableTerms(v, 2014, row('农村居民人均可支配收入'), row('农民人均纯收入'))).toEqual(['change']);
    expect(comparableTerms(v, 2011, row('农民人均纯收入'), row('农村居民人均可支配收入'))).toEqual([]);
  });
  it('refuses a succession to an id it does not hold', () => {
    const bad = `version: 1\nindicators:\n  - { id: a, name: 甲, kind: level, unit: 亿元, wordings: [甲], succeeds: { id: b, since: 2013, terms: [change], note: 无 } }\n`;
    expect(() => parseVocabulary(bad)).toThrow(/succeeds unknown id b/);
  });
});

describe('outcomes across renamed indicators, through the whole pipeline', () => {
  const { vocabulary } = readVocabulary(DEFAULT_INDICATORS);
  const file = (name: string, as: string): InputFile => ({
    name: as,
    bytes: new Uint8Array(readFileSync(new URL(`../fixtures/history/${name}`, import.meta.url))),
  });
  const result = ingest(
    [file('renamed-2016.txt', 'a.txt'), file('renamed-2014.txt', 'b.txt'), file('renamed-2015.txt', 'c.txt')],
    { files: {} },
    {},
    vocabulary,
  );
  const { outcomes } = pairOutcomes(result.reports, vocabulary);
  const quote = (report: string | null, id: string | null) => result.reports.find((r) => r.slug === report)?.targets.find((t) => t.id === id)?.quote ?? null;
  const table = outcomes.map((o) => [o.year, o.indicatorId, o.term, o.targetValue, o.outcomeValue, o.verdict]);

  it('pairs a former name with the new one (公共财政预算收入 → 一般公共预算收入) in every term', () => {
    expect(table).toContainEqual([2014, 'general-budget-revenue', 'change', 10, 10.8, 'met']);
    expect(table).toContainEqual([2014, 'general-budget-revenue', 'level', 26.4, 26.6, 'met']);
  });
  it('pairs the old name of a basis with the resident basis, amounts included, after the year of the change', () => {
    expect(table).toContainEqual([2014, 'urban-disposable-income', 'change', 9, 9.4, 'met']);
    expect(table).toContainEqual([2014, 'urban-disposable-income', 'level', 39350, 39500, 'met']);
    expect(table).toContainEqual([2015, 'urban-disposable-income', 'change', 8.5, 8.6, 'met']);
  });
  it('pairs 农民人均纯收入 with 农村常住居民人均可支配收入 by growth only, and says why the amount is not compared', () => {
    expect(table).toContainEqual([2014, 'rural-net-income', 'change', 10, 10.6, 'met']);
    expect(table).toContainEqual([2015, 'rural-net-income', 'change', 9, 8.5, 'missed']);
    const level = outcomes.find((o) => o.year === 2014 && o.indicatorId === 'rural-net-income' && o.term === 'level')!;
    expect([level.verdict, level.outcome]).toEqual(['not-stated', null]);
    expect(level.note).toMatch(/口径/);
    const pair = outcomes.find((o) => o.year === 2014 && o.indicatorId === 'rural-net-income' && o.term === 'change')!;
    expect(quote(pair.outcomeReport, pair.outcome)).toContain('农村常住居民人均可支配收入');
  });
  it('pairs the county’s own investment (本级) with its own figure only, never with the whole county’s', () => {
    expect(table).toContainEqual([2014, 'own-level-fixed-asset-investment', 'change', 12, 14.2, 'met']);
    expect(table).toContainEqual([2014, 'own-level-fixed-asset-investment', 'level', 60, 63, 'met']);
    expect(table).toContainEqual([2014, 'fixed-asset-investment', 'change', 15, 13.9, 'missed']);
    // The next report states only the whole county's investment: the county's own target stays unjudged.
    expect(table).toContainEqual([2015, 'own-level-fixed-asset-investment', 'change', 10, null, 'not-stated']);
    expect(table).toContainEqual([2015, 'fixed-asset-investment', 'change', 12, 12.7, 'met']);
  });
  it('pairs every outcome with a row of the next year’s report whose quote holds the figure', () => {
    for (const o of outcomes.filter((x) => x.outcome !== null)) {
      const next = result.reports.find((r) => r.slug === o.outcomeReport)!;
      expect(next.year).toBe(o.year + 1);
      expect(quote(o.outcomeReport, o.outcome)).toContain(String(o.outcomeValue));
    }
  });
});
