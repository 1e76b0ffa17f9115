/**
 * The State Council's reports on the site side, on small inputs: grouped and filtered as 全国 / 国家 (first in every
 * list), in Pagefind's filters, and drawn as the reference line of an indicator chart.
 */
import { describe, expect, it } from 'vitest';
import { searchFilters } from '../../src/publish/search-documents.ts';
import { NATIONAL_GROUP, levelName, levelOrder, provinceGroup, provinceOrder } from '../../src/lib/data.ts';
import { yearSpreadLayout } from '../../src/lib/history-charts.ts';
import type { ReportSummary } from '../../src/pipeline/types.ts';

type Summary = Pick<ReportSummary, 'province' | 'city' | 'year' | 'place'>;
const national: Summary = { province: null, city: null, year: 2025, place: { name: '国务院', level: 'national', code: '100000', parents: [], slug: 'guowuyuan' } };
const area: Summary = {
  province: '广东省', city: '深圳市', year: 2016,
  place: { name: '光明新区', level: 'other', code: null, parents: [{ name: '深圳市', level: 'prefecture', code: '440300' }, { name: '广东省', level: 'province', code: '440000' }], slug: 'guangmingxinqu' },
};
const unknown: Summary = { province: null, city: null, year: null, place: null };

describe('the State Council in lists and filters', () => {
  it('is of the province 全国 and the level 国家; a 管委会 area keeps its province; an unknown place stays null', () => {
    expect(provinceGroup(national)).toBe(NATIONAL_GROUP);
    expect(levelName(national)).toBe('国家');
    expect(provinceGroup(area)).toBe('广东省');
    expect(levelName(area)).toBe('其他');
    expect(provinceGroup(unknown)).toBeNull();
  });
  it('lists 全国 and 国家 first, the rest in pinyin order as before', () => {
    expect(provinceOrder(['浙江省', '未知', '全国', '安徽省'])).toEqual(['全国', '安徽省', '未知', '浙江省']);
    expect(provinceOrder(['浙江省', '安徽省'])).toEqual(['安徽省', '浙江省']);
    expect(levelOrder(['省', '国家', '地级市'])).toEqual(['国家', '地级市', '省']);
  });
  it('gives Pagefind the same filter values, never an empty or null province', () => {
    expect(searchFilters(national, levelName)).toEqual({ city: '未知', year: '2025', province: '全国', level: '国家' });
    expect(searchFilters(area, levelName)).toEqual({ city: '深圳市', year: '2016', province: '广东省', level: '其他' });
  });
});

describe('the reference line of an indicator chart', () => {
  const points = [2024, 2026].map((year) => ({ year, value: 5, valueMax: null, label: '某省' }));
  const reference = [{ year: 2023, value: 5, valueMax: null, label: '国务院' }, { year: 2026, value: 4.5, valueMax: 5, label: '国务院' }];
  it('adds the reference years to the axis and its values to the scale, with no mark of places for them', () => {
    const { marks, referenceMarks, band } = yearSpreadLayout(points, undefined, undefined, reference);
    expect(marks.map((m) => m.year)).toEqual([2024, 2026]);
    expect(referenceMarks.map((r) => r.point.year)).toEqual([2023, 2026]);
    for (const r of referenceMarks) expect(r.x2 - r.x1).toBeCloseTo(band);
    expect(referenceMarks[0].x1).toBeLessThan(marks[0].x);
    expect(referenceMarks[1].rangeTop).not.toBeNull();
    expect(referenceMarks[1].rangeTop!).toBeLessThan(referenceMarks[1].rangeBottom!);
  });
  it('draws the same marks as before without a reference', () => {
    const a = yearSpreadLayout(points);
    expect(a.referenceMarks).toEqual([]);
    expect(yearSpreadLayout(points, 560, 240, []).marks).toEqual(a.marks);
  });
});
