/**
 * Targets on real text: features of the sentences that real work reports write (not any one report's wording), each
 * with a small fixture. The vocabulary is the repository's own seeds/indicators.yaml, as the ingest reads it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../../src/pipeline/indicators.ts';
import { extractTargets } from '../../src/pipeline/targets.ts';
import type { Section, Target } from '../../src/pipeline/types.ts';

const vocabulary = parseVocabulary(readFileSync('seeds/indicators.yaml', 'utf8'));

/** One part (with a heading) holding one section of the given paragraphs. */
function doc(paragraphs: string[], partTitle = '2026年工作安排', year: number | null = 2026): Target[] {
  const sections: Section[] = [
    { id: 's1', parent: null, level: 1, number: '一、', title: partTitle, paragraphs: [] },
    { id: 's1-1', parent: 's1', level: 2, number: '（一）', title: '着力推动高质量发展', paragraphs: paragraphs.map((text) => ({ text, sources: ['f.txt'] })) },
  ];
  return extractTargets('r', sections, year, vocabulary);
}
const pick = (ts: Target[], ...keys: (keyof Target)[]) => ts.map((t) => keys.map((k) => t[k]));

describe('one quantity per row, named by its measured noun', () => {
  it('splits a level and its growth into two rows of the same indicator', () => {
    const t = doc(['全市生产总值达到5.67万亿元、增长5.4%。'], '2025年工作回顾');
    expect(pick(t, 'indicator', 'value', 'unit', 'comparator')).toEqual([
      ['全市生产总值', 5.67, '万亿元', 'eq'],
      ['全市生产总值', 5.4, '%', 'growth'],
    ]);
    // Each quote holds the indicator and its own number.
    for (const r of t) expect(r.quote).toContain(r.indicator);
    expect(t[1].quote).toContain('5.4%');
  });
  it('keeps the subject across a comma, a 同比 clause and a phrase between the two numbers', () => {
    expect(pick(doc(['地区生产总值增长8%，达到296亿元。']), 'indicator', 'value', 'unit')).toEqual([
      ['地区生产总值', 8, '%'],
      ['地区生产总值', 296, '亿元'],
    ]);
    expect(pick(doc(['固定资产投资完成194亿元，同比增长25%。']), 'indicator', 'value', 'comparator')).toEqual([
      ['固定资产投资', 194, 'eq'],
      ['固定资产投资', 25, 'growth'],
    ]);
    expect(pick(doc(['全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。']), 'indicator', 'value')).toEqual([
      ['全省地区生产总值', 5.53],
      ['全省地区生产总值', 4.8],
    ]);
  });
  it('never cuts a word: 平均为, 增至, 控制到 are not part of the indicator', () => {
    expect(doc(['城镇调查失业率平均为5.2%。'])[0].indicator).toBe('城镇调查失业率');
    expect(doc(['国家5A级旅游景区增至12家。'])[0].indicator).toBe('国家5A级旅游景区');
    expect(doc(['城镇登记失业率控制到3.65%。'])[0].indicator).toBe('城镇登记失业率');
  });
  it('reads a sum in another currency as the row, and its 折合 restatement as no row', () => {
    const t = doc(['实际使用外资达到160.6亿美元、折合1139亿元人民币。']);
    expect(pick(t, 'indicator', 'value', 'unit')).toEqual([['实际使用外资', 160.6, '亿美元']]);
  });
  it('reads units with classifiers whole', () => {
    expect(pick(doc(['开办企业办理时限压缩到5个工作小时以内，全年办税时间压减到90个小时以内。']), 'indicator', 'value', 'unit', 'comparator')).toEqual([
      ['开办企业办理时限', 5, '个工作小时', 'lte'],
      ['办税时间', 90, '个小时', 'lte'],
    ]);
  });
  it('reads ranks, and a time that names a thing as no row', () => {
    expect(pick(doc(['力争营商环境便利度进入全球前20位。']), 'indicator', 'value', 'unit', 'comparator', 'bound')).toEqual([
      ['营商环境便利度全球排名', 20, '位', 'lte', 'lte'],
    ]);
    expect(pick(doc(['全省各类贷款余额达到9.38万亿元，居中部第1位。'], '2025年工作回顾'), 'indicator', 'value', 'unit')).toEqual([
      ['全省各类贷款余额', 9.38, '万亿元'],
      ['全省各类贷款余额中部排名', 1, '位'],
    ]);
    expect(doc(['建设15分钟生活圈120个。']).map((r) => r.unit)).not.toContain('分钟');
  });
  it('reads a measured age, and not an age that qualifies a group', () => {
    expect(pick(doc(['人均预期寿命达到80岁。']), 'indicator', 'value', 'unit', 'indicatorId')).toEqual([['人均预期寿命', 80, '岁', 'life-expectancy']]);
    expect(doc(['为60岁以上老年人提供服务，0-3岁婴幼儿托位达到2000个。']).map((r) => r.unit)).not.toContain('岁');
  });
  it('keeps a share (占…比重) whole as the indicator', () => {
    const t = doc(['数字经济核心产业增加值占地区生产总值比重达到12%以上。']);
    expect(pick(t, 'indicator', 'value', 'comparator', 'bound', 'indicatorId')).toEqual([
      ['数字经济核心产业增加值占地区生产总值比重', 12, 'gte', 'gte', null],
    ]);
  });
  it('pairs two scopes joined by 和 with their values', () => {
    expect(pick(doc(['城镇和农村居民人均可支配收入分别增长4.3%、5.5%。']), 'indicator', 'value', 'indicatorId')).toEqual([
      ['城镇居民人均可支配收入', 4.3, 'urban-disposable-income'],
      ['农村居民人均可支配收入', 5.5, 'rural-disposable-income'],
    ]);
  });
});

describe('the main-targets passage', () => {
  const passage =
    '今年经济社会发展的主要预期目标为：全省生产总值增长5%—5.5%，在实际工作中努力争取更好结果；城镇调查失业率5%以内；居民消费价格涨幅2%左右；' +
    '城镇新增就业4万人以上；居民人均可支配收入增长与经济增长同步。这些目标考虑了需要与可能，新增学位2000个。';
  const t = doc(['2025年全省生产总值增长5.5%。', passage]);
  it('marks every number of the passage, and only those, as headline targets', () => {
    expect(t.filter((r) => r.headline).map((r) => r.indicator)).toEqual(['全省生产总值', '城镇调查失业率', '居民消费价格涨幅', '城镇新增就业']);
    expect(t.find((r) => r.indicator === '新增学位')?.headline).toBe(false);
    expect(t[0].headline).toBe(false);
  });
  it('gives each its comparator and bound', () => {
    expect(pick(t.filter((r) => r.headline), 'value', 'valueMax', 'comparator', 'bound')).toEqual([
      [5, 5.5, 'growth', 'range'],
      [5, null, 'lte', 'lte'],
      [2, null, 'growth', 'approx'],
      [4, null, 'gte', 'gte'],
    ]);
  });
  it('invents no number for a target stated without one (与经济增长同步)', () => {
    expect(t.some((r) => /可支配收入/.test(r.indicator))).toBe(false);
  });
  it('names the indicators by id and gives the year', () => {
    const h = t.filter((r) => r.headline);
    expect(h.map((r) => r.indicatorId)).toEqual(['gdp', 'surveyed-unemployment', 'cpi', 'urban-new-jobs']);
    expect(h.every((r) => r.kind === 'target' && r.period?.from === 2026 && r.period.to === 2026)).toBe(true);
  });
  it('runs over several sentences until one turns away from the targets', () => {
    const rows = doc(['经济主要预期目标是：地区生产总值增长5%左右，力争取得更好结果。一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。新的一年，我们将实施100个重点项目。']);
    expect(rows.filter((r) => r.headline).map((r) => [r.indicatorId, r.bound])).toEqual([
      ['gdp', 'approx'],
      ['primary-industry-value-added', 'approx'],
      ['secondary-industry-value-added', 'gte'],
      ['tertiary-industry-value-added', 'approx'],
    ]);
    expect(rows.at(-1)?.headline).toBe(false);
  });
  it('continues into the paragraphs after a marker that closes its paragraph', () => {
    const rows = doc(['主要预期目标是：', '地区生产总值增长6%左右；', '城镇登记失业率控制在4%以内。', '重点抓好以下工作。实施项目30个。']);
    expect(rows.filter((r) => r.headline).map((r) => r.indicatorId)).toEqual(['gdp', 'registered-unemployment']);
  });
  it('is not a five-year plan’s goals', () => {
    const rows = doc(['“十五五”时期经济社会发展的主要目标是：到2030年，常住人口城镇化率达到78%左右。']);
    expect(rows.map((r) => [r.headline, r.deadline, r.period])).toEqual([[false, 2030, { from: 2030, to: 2030 }]]);
  });
});

describe('periods, annual averages and estimates', () => {
  it('dates an achievement to the year before the report, and a five-year review to its plan', () => {
    const rows = doc(
      ['过去一年，地区生产总值增长5.3%。', '五年来，城镇新增就业累计超过41万人，居民人均可支配收入年均增长6.5%。', '“十四五”时期，粮食产量稳定在1900万吨以上。'],
      '2025年和“十四五”时期工作回顾',
    );
    expect(pick(rows, 'kind', 'period', 'annualAverage')).toEqual([
      ['achievement', { from: 2025, to: 2025 }, false],
      ['achievement', { from: 2021, to: 2025 }, false],
      ['achievement', { from: 2021, to: 2025 }, true],
      ['achievement', { from: 2021, to: 2025 }, false],
    ]);
  });
  it('dates a number by the year written before it', () => {
    const rows = doc(['五年来，全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。'], '“十四五”时期工作回顾');
    expect(pick(rows, 'indicator', 'value', 'period')).toEqual([
      ['全省生产总值', 3.68, { from: 2020, to: 2020 }],
      ['全省生产总值', 4.93, { from: 2025, to: 2025 }],
    ]);
  });
  it('runs a 年均 target from the report year to its deadline', () => {
    const [row] = doc(['到2030年，地区生产总值年均增长5%左右。'], '“十五五”时期主要目标');
    expect([row.annualAverage, row.period, row.bound]).toEqual([true, { from: 2026, to: 2030 }, 'approx']);
  });
  it('marks 预计 figures as estimates', () => {
    const rows = doc(['预计全年地区生产总值增长5.2%，城镇新增就业8万人。'], '2025年工作回顾');
    expect(rows.map((r) => r.estimated)).toEqual([true, true]);
    expect(doc(['地区生产总值增长5.2%。'], '2025年工作回顾')[0].estimated).toBe(false);
  });
  it('leaves the period empty when the report year is unknown', () => {
    expect(doc(['地区生产总值增长5%左右。'], '今年工作', null)[0].period).toBeNull();
  });
});

describe('indicator ids respect scope and convert to canonical units', () => {
  const idOf = (text: string) => doc([text]).map((r) => r.indicatorId);
  it('matches whole-government wordings and 经济增长', () => {
    expect(idOf('全区地区生产总值增长6%。')).toEqual(['gdp']);
    expect(idOf('经济增长5.5%左右。')).toEqual(['gdp']);
    expect(idOf('全体居民人均可支配收入增长5%以上。')).toEqual(['disposable-income']);
    expect(idOf('居民消费价格指数（市辖区）涨幅控制在3%左右。')).toEqual(['cpi']);
  });
  it('never matches a narrower scope, a sector, a sub-area or a per-unit quantity', () => {
    expect(idOf('城镇居民人均可支配收入增长7%。')).toEqual(['urban-disposable-income']);
    expect(idOf('规上工业增加值增长6%。')).toEqual(['industrial-value-added']);
    expect(idOf('县域生产总值增长6%，海洋生产总值增长7%，数字经济增加值增长9%。')).toEqual([null, null, null]);
    expect(idOf('单位GDP能耗下降3%。')).toEqual(['energy-intensity']);
    expect(idOf('城镇调查失业率5.5%左右，城镇登记失业率4%以内。')).toEqual(['surveyed-unemployment', 'registered-unemployment']);
    expect(idOf('脱贫县农村居民人均可支配收入增长8%。')).toEqual([null]);
  });
  it('gives no id to a unit that cannot measure the quantity', () => {
    expect(idOf('地区生产总值跨过3个台阶。')).toEqual([null]);
    expect(idOf('新增地区生产总值统计点5个。')).toEqual([null]);
  });
  it('converts values to the canonical unit and keeps the original', () => {
    const rows = doc(['地区生产总值达到5.67万亿元，城镇新增就业45178人，粮食产量615亿斤左右。'], '2025年工作回顾');
    expect(pick(rows, 'value', 'unit', 'canonicalValue', 'canonicalUnit')).toEqual([
      [5.67, '万亿元', 56700, '亿元'],
      [45178, '人', 4.5178, '万人'],
      [615, '亿斤', 3075, '万吨'],
    ]);
  });
});

describe('units per unit', () => {
  it('reads 万元/人 as one unit and keeps the bound after it', () => {
    const [row] = doc(['到2030年，全员劳动生产率达到30万元/人左右。'], '“十五五”时期主要目标');
    expect([row.indicator, row.value, row.unit, row.bound]).toEqual(['全员劳动生产率', 30, '万元/人', 'approx']);
  });
});

describe('how main-targets passages open', () => {
  const headlineIds = (text: string, part = '2026年工作安排') => doc([text], part).filter((r) => r.headline).map((r) => r.indicatorId);
  it('reads the usual openings', () => {
    expect(headlineIds('全市经济社会发展的主要预期目标建议为：地区生产总值增长6%左右。')).toEqual(['gdp']);
    expect(headlineIds('今年的主要目标是，地区生产总值增长6%左右，城镇新增就业5万人。')).toEqual(['gdp', 'urban-new-jobs']);
    expect(headlineIds('主要预期目标如下：城镇调查失业率5.5%左右。')).toEqual(['surveyed-unemployment']);
  });
  it('opens in a sentence that names this year as the plan’s first', () => {
    expect(headlineIds('今年是“十五五”开局之年，经济社会发展主要预期目标是：地区生产总值增长5%左右。')).toEqual(['gdp']);
    expect(headlineIds('“十五五”发展的主要目标是：常住人口城镇化率达到78%左右。')).toEqual([]);
  });
  it('follows a heading that names the main targets', () => {
    const sections: Section[] = [
      { id: 's2', parent: null, level: 1, number: '二、', title: '2026年经济社会发展的总体要求和主要预期目标', paragraphs: [] },
      {
        id: 's2-1', parent: 's2', level: 2, number: null, title: '主要预期目标',
        paragraphs: ['综合考虑各方面因素，建议今年安排如下。', '地区生产总值增长6%左右，城镇新增就业5万人以上。', '新建学校10所。'].map((text) => ({ text, sources: ['f.txt'] })),
      },
    ];
    const rows = extractTargets('r', sections, 2026, vocabulary);
    expect(rows.map((r) => [r.indicatorId, r.headline])).toEqual([['gdp', true], ['urban-new-jobs', true], [null, false]]);
  });
  it('is not a review that met its targets', () => {
    expect(headlineIds('圆满完成全年预期目标，地区生产总值增长5.3%。', '2025年工作回顾')).toEqual([]);
  });
});

describe('a main-targets passage set out line by line', () => {
  it('reads each dash-led line as a headline target', () => {
    const rows = doc(['今年全市经济社会发展的主要预期目标是：', '——地区生产总值增长6.5%左右；', '——城镇新增就业3万人以上，城镇调查失业率控制在5.5%以内；', '——居民人均可支配收入增长与经济增长同步。', '实现这些目标，要抓好以下工作。新建学校10所。']);
    expect(pick(rows.filter((r) => r.headline), 'indicator', 'indicatorId', 'bound')).toEqual([
      ['地区生产总值', 'gdp', 'approx'],
      ['城镇新增就业', 'urban-new-jobs', 'gte'],
      ['城镇调查失业率', 'surveyed-unemployment', 'lte'],
    ]);
    expect(rows.at(-1)?.headline).toBe(false);
  });
  it('goes on past a line without a number that ends in a semicolon', () => {
    const rows = doc(['主要预期目标是：', '——居民收入增长与经济增长同步；', '——粮食产量稳定在500万吨以上。', '新建学校10所。']);
    expect(rows.filter((r) => r.headline).map((r) => r.indicatorId)).toEqual(['grain-output']);
  });
});
