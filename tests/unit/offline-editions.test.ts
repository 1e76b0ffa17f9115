/** The province editions: which reports each holds, when they are made, and how a shared page is restricted to one. */
import { describe, expect, it } from 'vitest';
import { editionHtml, editionPlan, editionsOf, linkedReports, offlineHtml, type EditionView } from '../../src/publish/offline.ts';
import type { ReportSummary } from '../../src/pipeline/types.ts';

const summary = (slug: string, province: string | null, level: string, year: number | null) =>
  ({ slug, province, year, place: level === 'none' ? null : { name: slug, level, code: null, parents: [], slug: slug.replace(/-\d+$/, '') } }) as unknown as ReportSummary;

const corpus = [
  summary('fuzhou-2024', '福建省', 'prefecture', 2024),
  summary('fujian-2025', '福建省', 'province', 2025),
  summary('guowuyuan-2024', null, 'national', 2024),
  summary('jilin-shi-2023', '吉林省', 'prefecture', 2023),
  summary('report-2020', null, 'none', 2020),
];

describe('editionsOf', () => {
  it('groups reports by province, 全国 first, unknown last, each with an ASCII file name', () => {
    const e = editionsOf(corpus);
    expect(e.map((x) => [x.key, x.name, x.slugs])).toEqual([
      ['national', '全国', ['guowuyuan-2024']],
      ['fujian', '福建省', ['fuzhou-2024', 'fujian-2025']],
      ['jilin', '吉林省', ['jilin-shi-2023']],
      ['other', '未知', ['report-2020']],
    ]);
    expect(e[1].file).toBe('report-atlas-offline-fujian.zip');
    // Every report is in exactly one edition.
    expect(e.flatMap((x) => x.slugs).sort()).toEqual(corpus.map((s) => s.slug).sort());
  });
});

describe('editionPlan', () => {
  it('gives the whole site while small, the provinces once large, both when the split is forced', () => {
    expect(editionPlan(10e6, {})).toEqual({ whole: true, split: false });
    expect(editionPlan(1e9, {})).toEqual({ whole: false, split: true });
    expect(editionPlan(10e6, { ATLAS_EDITION_SPLIT_BYTES: '0' })).toEqual({ whole: true, split: true });
    expect(() => editionPlan(10e6, { ATLAS_EDITION_SPLIT_BYTES: 'many' })).toThrow(/ATLAS_EDITION_SPLIT_BYTES/);
  });
});

describe('editionHtml', () => {
  const files = new Set(['index.html', 'reports/fuzhou-2024/index.html', 'reports/fujian-2025/index.html', 'places/fuzhou/index.html', 'places/fujian/index.html', 'indicators/gdp/index.html', 'data/targets.csv', 'search/index.html']);
  const view: EditionView = {
    base: '/',
    has: (f) => files.has(f),
    provinces: new Set(['福建省']),
    levels: new Set(['地级市', '省']),
    years: new Set(['2024', '2025']),
    reportCount: 2,
    targetCount: 30,
  };
  const home = [
    '<p class="muted">收录 5 份报告，99 项量化指标，覆盖国务院及 2 个省级地区。<a href="/search/">全文搜索</a></p>',
    '<select name="province" data-x><option value="" data-x>全部</option><option value="全国" data-x>全国</option><option value="福建省" data-x>福建省</option><option value="吉林省" data-x>吉林省</option></select>',
    '<select name="year"><option value="">全部</option><option value="2025">2025</option><option value="2023">2023</option></select>',
    '<output id="report-count" aria-live="polite">5 份</output>',
    '<div id="report-groups">',
    '<details class="report-group" data-province="全国" data-x><summary data-x>全国 <span>1 份</span></summary><ul data-x><li data-x><a href="/reports/guowuyuan-2024/" data-x>国务院</a></li></ul></details>',
    '<details class="report-group" data-province="福建省" data-x><summary data-x>福建省 <span>2 份</span></summary><ul data-x><li><a href="/reports/fuzhou-2024/">福州</a></li><li><a href="/reports/fujian-2025/">福建</a></li></ul></details>',
    '<details class="report-group" data-province="吉林省" data-x><summary data-x>吉林省 <span>1 份</span></summary><ul data-x><li><a href="/reports/jilin-shi-2023/">吉林市</a></li></ul></details>',
    '</div>',
    '<figure class="chart"><svg><title>全国各地</title></svg></figure>',
    '<li><a href="/data/outcomes.csv">outcomes.csv</a></li><p>数据：<a href="/data/targets.csv">targets.csv</a> · <a href="/data/outcomes.json">outcomes.json</a></p>',
  ].join('');

  it('keeps the edition’s reports and filters, drops the other groups, charts and links, and states its own totals', () => {
    const out = editionHtml(home, view, true);
    expect(linkedReports(out, '/')).toEqual(new Set(['fuzhou-2024', 'fujian-2025']));
    expect(out).toContain('data-province="福建省"');
    expect(out).not.toContain('data-province="全国"');
    expect(out).not.toContain('吉林市');
    expect(out.match(/<option value="[^"]*"/g)).toEqual(['<option value=""', '<option value="福建省"', '<option value=""', '<option value="2025"']);
    expect(out).toContain('本分册收录 2 份报告，30 项量化指标，覆盖 1 个省级地区');
    expect(out).toContain('<output id="report-count" aria-live="polite">2 份</output>');
    expect(out).not.toContain('<figure');
    expect(out).not.toContain('outcomes.csv');
    // A link out that is not a list item or a row becomes its text.
    expect(out).toContain('<span data-edition-out>outcomes.json</span>');
    expect(out).toContain('<a href="/data/targets.csv">targets.csv</a>');
  });

  it('drops the rows, tables and tiers of an indicator page that lead out, and its counts of the whole corpus', () => {
    const table = (rows: string) => `<div class="table-wrap" data-y><table data-y><caption>c</caption><thead><tr><th>地方</th></tr></thead><tbody data-y>${rows}</tbody></table></div>`;
    const page = [
      '<nav class="tier-nav"><a href="#tier-provincial" data-y>省级（3个地方）</a><a href="#tier-county" data-y>县级（1个地方）</a></nav>',
      `<section data-y><h2 id="tier-provincial" data-y>省级</h2>${table('<tr><th><a href="/places/fujian/">福建省</a></th><td><a href="/reports/fujian-2025/#t-1">5%</a></td></tr><tr><th><a href="/places/jilin/">吉林省</a></th><td><a href="/reports/jilin-2023/#t-1">6%</a></td></tr>')}<p data-y>本层级共3个地方，上表为前1个。其余：<a href="/indicators/gdp/provincial-2/">第2页</a></p></section>`,
      `<section data-y><h2 id="tier-county" data-y>县级</h2>${table('<tr><th><a href="/places/x/">某县</a></th><td><a href="/reports/x-2024/#t-1">7%</a></td></tr>')}</section>`,
    ].join('');
    const out = editionHtml(page, view, true);
    expect(out).toContain('福建省');
    expect(out).not.toContain('吉林省');
    expect(out).not.toContain('tier-county');
    expect(out).toContain('<a href="#tier-provincial" data-y>省级</a>');
    expect(out).not.toMatch(/第2页|本层级|续页/);
  });

  it('keeps a table that is empty as rendered (the explorer fills its own)', () => {
    const page = '<div class="table-wrap" data-z><table id="targets-table"><thead><tr><th>报告</th></tr></thead><tbody></tbody></table></div>';
    expect(editionHtml(page, view, true)).toBe(page);
  });

  it('leaves a report page whole but for its links out, and the offline rewrite then links inside the edition only', () => {
    const page = '<p><a href="/indicators/cpi/">各地</a> <a href="/indicators/gdp/">各地</a> <a href="/places/fuzhou/#targets">历年</a> <a href="https://www.gov.cn/">原文</a></p><figure class="chart">x</figure>';
    const out = offlineHtml(editionHtml(page, view, false), 'reports/fuzhou-2024/index.html', '/');
    expect(out).toBe('<p><span data-edition-out>各地</span> <a href="../../indicators/gdp/index.html">各地</a> <a href="../../places/fuzhou/index.html#targets">历年</a> <a href="https://www.gov.cn/">原文</a></p><figure class="chart">x</figure>');
  });
});
