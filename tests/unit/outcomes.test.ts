import { describe, expect, it } from 'vitest';
import { annualTargets, judge, pairOutcomes, termOf } from '../../src/pipeline/outcomes.ts';
import type { Government, Report, Target } from '../../src/pipeline/types.ts';

/** Fixtures set the shared fields by hand, as the metadata and indicator stages will. */
const district: Government = {
  name: '甲区', level: 'district', code: '150799', slug: 'jiaqu',
  parents: [{ name: '乙市', level: 'prefecture' }, { name: '丙自治区', level: 'autonomous-region' }],
};
const county: Government = { name: '丁县', level: 'county', code: '150788', slug: 'dingxian', parents: [] };

let serial = 0;
function row(over: Partial<Target> & Pick<Target, 'indicatorId' | 'value' | 'unit' | 'comparator'>): Target {
  serial += 1;
  return {
    id: `t-${serial}`, report: '', section: 's1', kind: 'target', indicator: '指标', valueMax: null, deadline: null,
    quote: `第${serial}句`, theme: 'economy', bound: null, headline: false, period: null, annualAverage: false,
    estimated: false, canonicalValue: null, canonicalUnit: null, action: null, inTitle: false, ...over,
  };
}
/** A target of the report's own year. */
const aim = (year: number, over: Parameters<typeof row>[0]) => row({ kind: 'target', period: { from: year, to: year }, ...over });
/** An achievement describing `year`. */
const done = (year: number, over: Parameters<typeof row>[0]) => row({ kind: 'achievement', period: { from: year, to: year }, ...over });

function report(place: Government | null, year: number | null, targets: Target[], slug = `${place?.slug ?? 'x'}-${year}`): Report {
  return {
    slug, title: `${year}年政府工作报告`, city: null, province: null, year, kind: '政府工作报告', place, delivered: null, session: null,
    speaker: null, sources: [`${slug}.txt`], frontMatter: [], sections: [], provenance: [], redirects: {},
    targets: targets.map((t) => ({ ...t, report: slug })),
  };
}

describe('judge: comparator and bound decide met or missed', () => {
  const gdpGrowth = (v: number, over: Partial<Target> = {}) => row({ indicatorId: 'gdp', value: v, unit: '%', comparator: 'growth', ...over });
  it('growth and ≥ targets are floors', () => {
    expect(judge(gdpGrowth(8), gdpGrowth(8))).toBe('met');
    expect(judge(gdpGrowth(8), gdpGrowth(9.1))).toBe('met');
    expect(judge(gdpGrowth(11), gdpGrowth(9.1))).toBe('missed');
    expect(judge(gdpGrowth(8, { bound: 'gte' }), gdpGrowth(7.9))).toBe('missed');
  });
  it('≤ targets are ceilings, and a bare unemployment or price figure is one too', () => {
    const unemployment = (v: number, c: Target['comparator'], bound: Target['bound'] = null) =>
      row({ indicatorId: 'registered-unemployment', value: v, unit: '%', comparator: c, bound });
    expect(judge(unemployment(4, 'lte', 'lte'), unemployment(3.79, 'eq'))).toBe('met');
    expect(judge(unemployment(4, 'lte', 'lte'), unemployment(4.2, 'eq'))).toBe('missed');
    expect(judge(unemployment(4, 'eq'), unemployment(4.2, 'eq'))).toBe('missed');
    const cpi = (v: number, c: Target['comparator']) => row({ indicatorId: 'cpi', value: v, unit: '%', comparator: c });
    expect(judge(cpi(3, 'growth'), cpi(2.1, 'growth'))).toBe('met');
    expect(judge(cpi(3, 'growth'), cpi(3.4, 'growth'))).toBe('missed');
  });
  it('左右 allows half a percentage point for rates and 5 % for levels short of the number, and any amount beyond it on the better side', () => {
    expect(judge(gdpGrowth(5, { bound: 'approx' }), gdpGrowth(5.4))).toBe('met');
    expect(judge(gdpGrowth(5, { bound: 'approx' }), gdpGrowth(4.6))).toBe('met');
    expect(judge(gdpGrowth(5, { bound: 'approx' }), gdpGrowth(4.4))).toBe('missed');
    // Beaten (超额完成), not missed.
    expect(judge(gdpGrowth(5, { bound: 'approx' }), gdpGrowth(5.6))).toBe('met');
    // A decline of about 3% is beaten by a larger fall and missed by a smaller one.
    const energy = (v: number, over: Partial<Target> = {}) => row({ indicatorId: 'energy-intensity', value: v, unit: '%', comparator: 'decline', ...over });
    expect(judge(energy(3, { bound: 'approx' }), energy(4))).toBe('met');
    expect(judge(energy(3, { bound: 'approx' }), energy(2))).toBe('missed');
    const level = (v: number, over: Partial<Target> = {}) => row({ indicatorId: 'gdp', value: v, unit: '亿元', comparator: 'eq', ...over });
    expect(judge(level(300, { bound: 'approx', comparator: 'approx' }), level(286))).toBe('met');
    expect(judge(level(300, { bound: 'approx', comparator: 'approx' }), level(284))).toBe('missed');
    // 居民消费价格涨幅3%左右 (a level of a rise) against 居民消费价格上涨1.5% (a growth).
    const cpiAim = row({ indicatorId: 'cpi', value: 3, unit: '%', comparator: 'approx', bound: 'approx' });
    expect(termOf(cpiAim)).toBe('change');
    expect(judge(cpiAim, row({ indicatorId: 'cpi', value: 2.6, unit: '%', comparator: 'growth' }))).toBe('met');
    // Prices are a less-is-better indicator: well under the aim is within it; well over it is missed.
    expect(judge(cpiAim, row({ indicatorId: 'cpi', value: 1.5, unit: '%', comparator: 'growth' }))).toBe('met');
    expect(judge(cpiAim, row({ indicatorId: 'cpi', value: 3.6, unit: '%', comparator: 'growth' }))).toBe('missed');
  });
  it('a range is met inside it, ends included', () => {
    const aimRange = gdpGrowth(5, { valueMax: 6, bound: 'range' });
    expect(judge(aimRange, gdpGrowth(5))).toBe('met');
    expect(judge(aimRange, gdpGrowth(6))).toBe('met');
    expect(judge(aimRange, gdpGrowth(6.2))).toBe('missed');
  });
  it('a decline is a fall at least that large; a rise misses it', () => {
    const energy = (v: number, c: Target['comparator']) => row({ indicatorId: 'energy-intensity', value: v, unit: '%', comparator: c });
    expect(judge(energy(3, 'decline'), energy(3.5, 'decline'))).toBe('met');
    expect(judge(energy(3, 'decline'), energy(2, 'decline'))).toBe('missed');
    expect(judge(energy(3, 'decline'), energy(1, 'growth'))).toBe('missed');
  });
  it('levels compare in the canonical unit, and never across units it does not settle', () => {
    const aimLevel = row({ indicatorId: 'gdp', value: 240, unit: '亿元', comparator: 'eq', canonicalValue: 240, canonicalUnit: '亿元' });
    expect(judge(aimLevel, row({ indicatorId: 'gdp', value: 2352000, unit: '万元', comparator: 'eq', canonicalValue: 235.2, canonicalUnit: '亿元' }))).toBe('missed');
    expect(judge(aimLevel, row({ indicatorId: 'gdp', value: 2412000, unit: '万元', comparator: 'eq' }))).toBeNull();
    expect(judge(aimLevel, gdpGrowth(21))).toBeNull();
  });
});

describe('pairOutcomes: year Y targets against report Y + 1', () => {
  const gdp = (v: number) => ({ indicatorId: 'gdp', value: v, unit: '%', comparator: 'growth' as const });
  const jobs = (v: number, over: Partial<Target> = {}) => ({ indicatorId: 'urban-new-jobs', value: v, unit: '人', comparator: 'eq' as const, ...over });
  const reports = [
    report(district, 2012, [aim(2012, { ...gdp(21), headline: true }), aim(2012, { ...jobs(5000), bound: 'gte', comparator: 'gte' }), done(2011, gdp(22.3))]),
    report(district, 2013, [
      done(2012, gdp(18.5)),
      done(2012, { ...jobs(5611), estimated: true }),
      aim(2013, { ...gdp(20), headline: true }),
      // The same target again in the body: one pair, from the headline row.
      aim(2013, gdp(20)),
      aim(2013, { indicatorId: 'retail-sales', value: 22, unit: '%', comparator: 'growth' }),
    ]),
    report(district, 2014, [
      done(2013, gdp(10.1)),
      // A five-year figure and an annual average are not the year's outcome.
      row({ kind: 'achievement', period: { from: 2009, to: 2013 }, indicatorId: 'retail-sales', value: 25, unit: '%', comparator: 'growth' }),
      row({ kind: 'achievement', period: { from: 2013, to: 2013 }, annualAverage: true, indicatorId: 'retail-sales', value: 25, unit: '%', comparator: 'growth' }),
      aim(2014, { ...gdp(11), headline: true }),
    ]),
    report(county, 2013, [done(2012, gdp(30))]),
    report(county, 2012, [aim(2012, gdp(12))]),
    report(null, 2013, [done(2012, gdp(30))], 'unknown-2013'),
  ];
  const result = pairOutcomes(reports);

  it('pairs each annual target with the next report’s figure for that year, in the same terms', () => {
    const table = result.outcomes.map((o) => [o.place, o.year, o.indicatorId, o.targetValue, o.outcomeValue, o.verdict, o.estimated]);
    expect(table).toEqual([
      ['dingxian', 2012, 'gdp', 12, 30, 'met', false],
      ['jiaqu', 2012, 'gdp', 21, 18.5, 'missed', false],
      ['jiaqu', 2012, 'urban-new-jobs', 5000, 5611, 'met', true],
      ['jiaqu', 2013, 'gdp', 20, 10.1, 'missed', false],
      ['jiaqu', 2013, 'retail-sales', 22, null, 'not-stated', false],
    ]);
  });
  it('links both rows by id and report', () => {
    const o = result.outcomes.find((x) => x.place === 'jiaqu' && x.year === 2012 && x.indicatorId === 'gdp')!;
    const target = reports[0].targets.find((t) => t.id === o.target)!;
    const outcome = reports[1].targets.find((t) => t.id === o.outcome)!;
    expect([o.targetReport, target.value, target.headline]).toEqual(['jiaqu-2012', 21, true]);
    expect([o.outcomeReport, outcome.value]).toEqual(['jiaqu-2013', 18.5]);
    expect(result.outcomes.find((x) => x.indicatorId === 'retail-sales')!.note).toMatch(/同一口径/);
  });
  it('builds each government’s history, the last year waiting for its next report', () => {
    const jiaqu = result.places.find((p) => p.slug === 'jiaqu')!;
    expect(jiaqu).toMatchObject({ name: '甲区', tier: 'county' });
    expect(jiaqu.reports.map((r) => r.year)).toEqual([2012, 2013, 2014]);
    const gdpRow = jiaqu.rows.find((r) => r.indicatorId === 'gdp' && r.term === 'change')!;
    expect(gdpRow.cells.map((c) => [c.year, c.target.value, c.outcome?.value ?? null, c.verdict])).toEqual([
      [2012, 21, 18.5, 'missed'],
      [2013, 20, 10.1, 'missed'],
      [2014, 11, null, null],
    ]);
    expect(gdpRow.cells[2].note).toMatch(/2015/);
  });
  it('says why a report takes no part', () => {
    expect(result.notes).toEqual([expect.stringMatching(/^unknown-2013: .*place/)]);
    expect(result.places.map((p) => p.slug)).toEqual(['dingxian', 'jiaqu']);
  });
  it('joins reports of one government by gazetteer code even when slugs differ', () => {
    const renamed = { ...district, slug: 'jiaqu-2' };
    const r = pairOutcomes([report(district, 2012, [aim(2012, gdp(8))]), report(renamed, 2013, [done(2012, gdp(9))])]);
    expect(r.outcomes.map((o) => o.verdict)).toEqual(['met']);
  });
  it('gives no verdict where the next report states the year twice and the figures disagree', () => {
    const r = pairOutcomes([
      report(district, 2012, [aim(2012, gdp(8))]),
      report(district, 2013, [done(2012, gdp(9)), done(2012, gdp(7))]),
    ]);
    expect(r.outcomes.map((o) => [o.verdict, o.outcome])).toEqual([['not-stated', null]]);
    expect(r.outcomes[0].note).toMatch(/不一致/);
  });
  it('prefers a firm figure to an estimate of the same year', () => {
    const firm = done(2012, gdp(9));
    const r = pairOutcomes([report(district, 2012, [aim(2012, gdp(8))]), report(district, 2013, [done(2012, { ...gdp(9.2), estimated: true }), firm])]);
    expect(r.outcomes.map((o) => [o.outcome, o.estimated, o.verdict])).toEqual([[firm.id, false, 'met']]);
  });
  it('takes only targets for the report’s own year, and no plan’s annual average', () => {
    const r = report(district, 2021, [
      aim(2025, gdp(6)),
      aim(2021, { ...gdp(5.5), annualAverage: true }),
      aim(2021, gdp(7)),
      row({ kind: 'target', period: null, ...gdp(5) }),
    ]);
    expect(annualTargets(r).map((t) => t.value)).toEqual([7]);
  });
  it('takes no target from before the main-targets passage, where past years are reviewed', () => {
    const jobs = { indicatorId: 'urban-new-jobs', value: 1, unit: '万人', comparator: 'eq' as const };
    const r = report(district, 2021, [
      aim(2021, { indicatorId: 'gdp', value: 5, unit: '万亿元', comparator: 'gte' }),
      aim(2021, { ...gdp(6), headline: true }),
      aim(2021, jobs),
    ]);
    expect(annualTargets(r).map((t) => [t.indicatorId, t.value])).toEqual([['gdp', 6], ['urban-new-jobs', 1]]);
    // A report without a recognised main-targets passage keeps every row for its year.
    const plain = report(district, 2022, [aim(2022, { indicatorId: 'gdp', value: 5, unit: '万亿元', comparator: 'gte' }), aim(2022, jobs)]);
    expect(annualTargets(plain)).toHaveLength(2);
  });
});
