/** The indicator vocabulary as data: the fixed ids exist, the file validates, and a broken file is refused clearly. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupIndicator, matchKey, parseVocabulary, toCanonical } from '../../src/pipeline/indicators.ts';
import { readSeeds } from '../../src/pipeline/io.ts';

const text = readFileSync('seeds/indicators.yaml', 'utf8');

describe('seeds/indicators.yaml', () => {
  const v = parseVocabulary(text);
  it('holds the fixed core ids, each with a name, kind and unit', () => {
    const core = [
      'gdp', 'general-budget-revenue', 'fixed-asset-investment', 'retail-sales', 'foreign-trade', 'exports', 'foreign-investment',
      'urban-new-jobs', 'surveyed-unemployment', 'registered-unemployment', 'cpi', 'disposable-income', 'urban-disposable-income',
      'rural-disposable-income', 'grain-output', 'energy-intensity', 'industrial-value-added', 'rd-intensity', 'good-air-days', 'pm25',
      'urbanization',
    ];
    for (const id of core) expect(v.byId.get(id), id).toBeDefined();
    expect(v.indicators.length).toBeGreaterThanOrEqual(40);
    expect(v.version).toBeGreaterThanOrEqual(1);
  });
  it('names the table’s wordings', () => {
    const cases: [string, string][] = [
      ['地方级一般公共预算收入', 'general-budget-revenue'], ['货物进出口', 'foreign-trade'], ['实际利用外资', 'foreign-investment'],
      ['农村牧区常住居民人均可支配收入', 'rural-disposable-income'], ['粮食总产量', 'grain-output'], ['R&D经费投入强度', 'rd-intensity'],
      ['细颗粒物(PM2.5)平均浓度', 'pm25'], ['细颗粒物（PM2.5）平均浓度', 'pm25'], ['常住人口城镇化率', 'urbanization'],
      ['单位地区生产总值能耗', 'energy-intensity'], ['出口总额', 'exports'], ['全县生产总值', 'gdp'],
    ];
    for (const [w, id] of cases) expect(lookupIndicator(v, w)?.id, w).toBe(id);
  });
  it('drops only words that do not change what is measured', () => {
    expect(matchKey('全省地区生产总值')).toBe('地区生产总值');
    expect(matchKey('居民消费价格涨幅')).toBe('居民消费价格');
    expect(matchKey('城镇居民人均可支配收入')).toBe('城镇居民人均可支配收入');
  });
  it('converts between magnitudes and mass units, not between currencies', () => {
    expect(toCanonical(v.byId.get('gdp')!, 2.5, '万亿元')).toEqual({ value: 25000, unit: '亿元' });
    expect(toCanonical(v.byId.get('disposable-income')!, 3.52, '万元')).toEqual({ value: 35200, unit: '元' });
    expect(toCanonical(v.byId.get('grain-output')!, 513, '万吨')).toEqual({ value: 513, unit: '万吨' });
    expect(toCanonical(v.byId.get('gdp-per-capita')!, 1, '万美元')).toBeNull();
    expect(toCanonical(v.byId.get('gdp')!, 5, '%')).toEqual({ value: 5, unit: '%' });
  });
});

describe('an invalid vocabulary is refused with a clear reason', () => {
  const bad = (yaml: string) => () => parseVocabulary(yaml);
  it('names the problem', () => {
    expect(bad('version: 1\nindicators: [ {id: gdp, name: 地区生产总值, kind: level, unit: 亿元, wordings: [a]')).toThrow(/not valid YAML/);
    expect(bad('indicators: []')).toThrow(/version/);
    expect(bad('version: 1\nindicators:\n  - {id: GDP, name: x, kind: level, unit: 亿元, wordings: [地区生产总值]}')).toThrow(/lowercase/);
    expect(bad('version: 1\nindicators:\n  - {id: a, name: x, kind: size, unit: 亿元, wordings: [y]}')).toThrow(/kind/);
    expect(bad('version: 1\nindicators:\n  - {id: a, name: x, kind: level, unit: 亿元, wordings: [y]}\n  - {id: a, name: z, kind: level, unit: 亿元, wordings: [w]}')).toThrow(/duplicate id a/);
    expect(bad('version: 1\nindicators:\n  - {id: a, name: x, kind: level, unit: 亿元, wordings: [出口]}\n  - {id: b, name: z, kind: level, unit: 亿元, wordings: [出口增速]}')).toThrow(/also names a/);
    expect(bad('version: 1\nindicators:\n  - {id: a, name: x, kind: level, unit: 斗, wordings: [y]}')).toThrow(/unknown unit/);
  });
  it('fails the ingest of a seeds folder that brings a broken one, and is not read as a report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    writeFileSync(join(dir, 'r.txt'), '地区生产总值增长5%。');
    writeFileSync(join(dir, 'indicators.yaml'), 'version: 1\nindicators: nope\n');
    const read = readSeeds(dir);
    expect(read.files.map((f) => f.name)).toEqual(['r.txt']);
    expect(read.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^indicators\.yaml: invalid indicator vocabulary: indicators/)]);
  });
  it('falls back to the repository’s vocabulary when a folder brings none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    writeFileSync(join(dir, 'r.txt'), '地区生产总值增长5%。');
    const read = readSeeds(dir);
    expect(read.errors).toEqual([]);
    expect(read.vocabulary.byId.get('gdp')?.name).toBe('地区生产总值');
  });
});
