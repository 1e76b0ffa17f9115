import { describe, expect, it } from 'vitest';
import { findPlace } from '../../src/pipeline/gazetteer.ts';
import { inferCity, inferKind, inferMeta, inferYear, makeSlug } from '../../src/pipeline/metadata.ts';

const noHints = { frontMatter: [] };

describe('gazetteer', () => {
  it('knows prefectures, county-level cities and municipalities with their provinces', () => {
    expect(findPlace('东兴市')).toMatchObject({ level: 'county', province: '广西壮族自治区' });
    expect(findPlace('汉中')).toMatchObject({ name: '汉中市', province: '陕西省' });
    expect(findPlace('重庆市')).toMatchObject({ level: 'municipality', province: '重庆市' });
    expect(findPlace('喀什地区')?.province).toBe('新疆维吾尔自治区');
  });
});

describe('metadata inference', () => {
  it('takes the city a text names most, by full or short name, and its province', () => {
    expect(inferCity('推动泉州高质量发展，建设现代化泉州。泉州市将……')?.name).toBe('泉州市');
    expect(inferCity('在此，我代表三明市人民政府，向大会报告。福州、厦门、泉州各一次。')?.name).toBe('三明市');
  });
  it('does not read a county name out of ordinary words', () => {
    // 资源 (资源县) and 平和 (平和县) are also words; a county must be named in full.
    expect(inferCity('优化资源配置，盘活资源资产，推动资源共享，保持平和心态，平和发展。')).toBeNull();
  });
  it('finds the year from the plan, the delivery line or the publication date', () => {
    expect(inferYear('二、全力做好2023年工作', noHints)).toBe(2023);
    expect(inferYear('2024年工作总体要求', noHints)).toBe(2024);
    expect(inferYear('正文', { frontMatter: ['——二〇二二年一月五日在市第十届人民代表大会上'] })).toBe(2022);
    expect(inferYear('正文', { frontMatter: [], published: '2021-01-06' })).toBe(2021);
    expect(inferYear('没有年份', noHints)).toBeNull();
  });
  it('finds the kind from the title or the report’s own words', () => {
    expect(inferKind('', { frontMatter: [], headline: '市委市政府出台《加快建设现代化国际城市行动纲要》' })).toBe('行动纲要');
    expect(inferKind('各位代表：现在，我代表市人民政府，向大会报告政府工作。', noHints)).toBe('政府工作报告');
  });
  it('completes from the catalog, says where each field came from, and reports what neither gives', () => {
    const m = inferMeta('推动泉州高质量发展，建设现代化泉州，泉州加油。', noHints, [{ year: 2024 }]);
    expect(m).toMatchObject({ city: '泉州市', province: '福建省', year: 2024, kind: null, title: '泉州市2024年' });
    expect(m.origin).toEqual({ city: 'text', province: 'text', year: 'catalog', kind: 'missing', title: 'composed' });
    expect(m.notes).toContain('kind: neither the text nor the catalog states it');
  });
  it('makes stable pinyin slugs, unique per site', () => {
    const taken = new Set<string>();
    const meta = { city: '漳州市', year: 2023, kind: '政府工作报告', title: 't' };
    const first = makeSlug(meta, taken);
    taken.add(first);
    expect(first).toBe('zhangzhou-2023');
    expect(makeSlug(meta, taken)).toBe('zhangzhou-2023-zfgzbg');
    expect(makeSlug({ city: '重庆市', year: 2022, kind: null, title: 't' }, new Set())).toBe('chongqing-2022');
  });
});
