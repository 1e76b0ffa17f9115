import { readdirSync, readFileSync } from 'node:fs';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tag, text } from '../../src/lib/html.ts';
import { reportBody, reportBodyHtml, type BodyLinks } from '../../src/lib/report-body.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { toMdx } from '../../src/pipeline/serialize.ts';
import type { Report } from '../../src/pipeline/types.ts';
import { HOSTILE, hostileReport } from './hostile-report.ts';

interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}
/** The page's HTML as a browser's parser reads it (satteri's HTML parser), not as the renderer meant it. */
const parse = (html: string) => htmlToHast(html, { fragment: true }) as unknown as HNode;
const textOf = (n: HNode): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));
const elements = (n: HNode): HNode[] => [...(n.type === 'element' ? [n] : []), ...(n.children ?? []).flatMap(elements)];

const links: BodyLinks = {
  to: (p) => `/base/${p}`,
  vocabularyName: (id) => (id === 'gdp' ? '地区生产总值' : undefined),
  indicatorPage: (id) => (id === 'gdp' ? '地区生产总值' : null),
  placePage: { slug: 'x-shi', name: '某市' },
};

describe('report body from MDX', () => {
  it('shows hostile report text as text: no element but those the pipeline writes', () => {
    const report = hostileReport();
    const tree = parse(reportBodyHtml(toMdx(report), report, links));
    const all = elements(tree);
    const tags = new Set(all.map((e) => e.tagName));
    for (const t of tags) expect(['h2', 'span', 'a', 'button', 'p', 'mark', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']).toContain(t);
    const paragraphs = all.filter((e) => e.tagName === 'p').map(textOf);
    expect(paragraphs).toEqual(HOSTILE);
    const heading = all.find((e) => e.tagName === 'h2')!;
    expect(heading.properties?.id).toBe('s1');
    expect(textOf(heading)).toBe('一、<b>{x}</b> "quoted" \'s#引');
    expect(all.find((e) => e.tagName === 'mark')?.properties?.id).toBe('q-t-s1-1');
    // The table row's quote, in an attribute, comes back whole.
    expect(all.find((e) => e.tagName === 'a' && e.properties?.href === '#q-t-s1-1')?.properties?.title).toBe('__pwned = 1');
    expect(all.filter((e) => e.tagName === 'a' && String(e.properties?.href).startsWith('http'))).toEqual([]);
  });

  it('renders a paragraph that is one target quote and nothing else (MDX reads it as a block) as that paragraph, marked', () => {
    const report = hostileReport();
    const quote = '万元GDP能耗下降4.32%';
    report.sections[0].paragraphs = [{ text: '前文。', sources: ['e.txt'] }, { text: quote, sources: ['e.txt'] }, { text: '后文。', sources: ['e.txt'] }];
    report.targets[0].quote = quote;
    const all = elements(parse(reportBodyHtml(toMdx(report), report, links)));
    expect(all.filter((e) => e.tagName === 'p').map(textOf)).toEqual(['前文。', quote, '后文。']);
    const mark = all.find((e) => e.tagName === 'mark')!;
    expect(mark.properties?.id).toBe('q-t-s1-1');
    expect(textOf(mark)).toBe(quote);
  });

  it('marks the quote of a row read from its section\'s heading in the heading, once, and the same words in a paragraph not at all', () => {
    const report = hostileReport();
    const quote = '新增上市企业7家';
    report.sections[0].title = `${quote}，“新三板”挂牌企业58家`;
    report.sections[0].paragraphs = [{ text: `去年${quote}。`, sources: ['e.txt'] }];
    report.targets = [{ ...report.targets[0], quote, inTitle: true }];
    for (const html of [reportBodyHtml(toMdx(report), report, links), reportBody(report, links, () => toMdx(report))]) {
      const all = elements(parse(html));
      const marks = all.filter((e) => e.tagName === 'mark');
      expect(marks.map((m) => [m.properties?.id, textOf(m)])).toEqual([['q-t-s1-1', quote]]);
      const title = all.find((e) => e.tagName === 'span' && (e.properties?.className as string[] | undefined)?.includes('sec-title'))!;
      expect(textOf(title)).toBe(report.sections[0].title);
      expect(elements(title).some((e) => e.tagName === 'mark')).toBe(true);
      // (The row's link goes to the mark in the heading.)
      expect(all.some((e) => e.tagName === 'a' && e.properties?.href === '#q-t-s1-1')).toBe(true);
    }
  });

  it('renders a table\'s row as a row: its text whole, tabs kept, each cell boundary a rule, a quote across cells marked', () => {
    const report = hostileReport();
    const row = '地区生产总值\t增长8.5%左右';
    report.sections[0].paragraphs = [{ text: '前文。', sources: ['e.txt'] }, { text: row, sources: ['e.txt'] }, { text: '1\t文汇中学体艺楼建设工程\t目前已验收。', sources: ['e.txt'] }];
    report.targets[0].quote = row;
    for (const html of [reportBodyHtml(toMdx(report), report, links), reportBody(report, links, () => toMdx(report))]) {
      const all = elements(parse(html));
      const paragraphs = all.filter((e) => e.tagName === 'p');
      expect(paragraphs.map(textOf)).toEqual(['前文。', row, '1\t文汇中学体艺楼建设工程\t目前已验收。']);
      expect(paragraphs.map((p) => p.properties?.className ?? null)).toEqual([null, ['row'], ['row']]);
      expect(all.filter((e) => (e.properties?.className as string[] | undefined)?.includes('cell-gap')).length).toBe(3);
      expect(textOf(all.find((e) => e.tagName === 'mark')!)).toBe(row);
    }
  });

  it('renders every paragraph of the seeds whole, in order, and every heading with its id', () => {
    const dir = new URL('../../seeds/', import.meta.url).pathname;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(dir + name)) }));
    const { reports } = ingest(files);
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      const all = elements(parse(reportBodyHtml(toMdx(r), r, links)));
      expect(all.filter((e) => e.tagName === 'p').map(textOf)).toEqual(r.sections.flatMap((s) => s.paragraphs.map((p) => p.text)));
      expect(all.filter((e) => /^h[2-6]$/.test(e.tagName!)).map((e) => e.properties?.id)).toEqual(r.sections.map((s) => s.id));
      const rows = all.filter((e) => e.tagName === 'tr' && e.properties?.id).map((e) => e.properties?.id);
      expect(rows).toEqual(r.sections.flatMap((s) => r.targets.filter((t) => t.section === s.id).map((t) => t.id)));
    }
  });

  it('links a row to its indicator across places and to the government’s years, where those pages exist', () => {
    const report: Report = { ...hostileReport(), targets: [{ ...hostileReport().targets[0], indicatorId: 'gdp', indicator: 'GDP' }] };
    const all = elements(parse(reportBodyHtml(toMdx(report), report, links)));
    const hrefs = all.filter((e) => e.tagName === 'a').map((e) => e.properties?.href);
    expect(hrefs).toContain('/base/indicators/gdp/');
    expect(hrefs).toContain('/base/places/x-shi/#targets');
    expect(all.some((e) => e.tagName === 'span' && textOf(e) === '（地区生产总值）')).toBe(true);
    const none = elements(parse(reportBodyHtml(toMdx(hostileReport()), hostileReport(), { ...links, placePage: null })));
    // Beyond the method page that explains the columns, no link leads to a place page that is not there.
    const out = none.filter((e) => e.tagName === 'a' && String(e.properties?.href).startsWith('/base/'));
    expect(out.map((e) => String(e.properties?.href)).filter((h) => !h.startsWith('/base/about/method/'))).toEqual([]);
  });

  it('gives every heading and every row a citation control, and links the comparator and bound columns to the method', () => {
    const report = hostileReport();
    const all = elements(parse(reportBodyHtml(toMdx(report), report, links)));
    const headings = all.filter((e) => /^h[2-6]$/.test(e.tagName!));
    const rows = all.filter((e) => e.tagName === 'tr' && e.properties?.id);
    expect(rows.length).toBeGreaterThan(0);
    for (const owner of [...headings, ...rows]) {
      expect(elements(owner as never).filter((e) => e.tagName === 'button' && e.properties?.dataCite !== undefined).length, String(owner.properties?.id)).toBe(1);
    }
    const hrefs = all.filter((e) => e.tagName === 'a').map((e) => String(e.properties?.href));
    expect(hrefs).toContain('/base/about/method/targets/#comparator');
    expect(hrefs).toContain('/base/about/method/targets/#bound');
    for (const table of all.filter((e) => e.tagName === 'div' && String(e.properties?.className).includes('target-table'))) {
      expect(report.sections.map((s) => s.id)).toContain(table.properties?.dataSection);
    }
  });

  it('refuses MDX the pipeline never writes, naming the report', () => {
    const report = hostileReport();
    for (const mdx of ['{1 + 1}', '<Script />', 'export const a = 1', '<b>粗</b>', '*强调*', '# 标题']) {
      expect(() => reportBodyHtml(mdx, report, links), mdx).toThrow(/report evil: its MDX holds/);
    }
    expect(() => reportBodyHtml('<SectionHeading id={x} level="1" title="t" />', report, links)).toThrow(/report evil: an attribute/);
  });

  it('writes the body from the report as the MDX gives it, and reads the MDX only where that may differ', () => {
    const dir = new URL('../../seeds/', import.meta.url).pathname;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(dir + name)) }));
    const seeds = ingest(files).reports;
    const quote = '万元GDP能耗下降4.32%';
    const variant = (texts: string[], quotes: string[], title = '标题'): Report => {
      const r = hostileReport();
      r.sections[0].title = title;
      r.sections[0].paragraphs = texts.map((text) => ({ text, sources: ['e.txt'] }));
      r.targets = quotes.map((q, i) => ({ ...hostileReport().targets[0], id: `t-s1-${i + 1}`, quote: q }));
      return r;
    };
    // Read from the report: ordinary text, hostile text, a paragraph that is one quote (a block to MDX), a quote with text.
    const direct = [...seeds, hostileReport(), variant(['前文。', quote, '后文。'], [quote]), variant([`${quote}，其余`, `前${quote}`], [quote])];
    // From the MDX: what it does not read back as written — a line break (spaces before it dropped), quotes alone with
    // spaces (blocks of their own, the spaces dropped), a character reference in an attribute (decoded); control
    // characters, a tab among them; an empty paragraph (none on the page).
    const fromMdx = [
      variant(['x  \ny'], []),
      variant(['增长5% 下降3%'], ['增长5%', '下降3%']),
      variant(['增长5%下降3%'], ['增长5%', '下降3%']),
      variant([` ${quote}`], [quote]),
      variant(['正文'], [], 'A&amp;B'),
      variant([''], []),
      variant(['a\tb'], []),
    ];
    for (const [reports, readsMdx] of [[direct, false], [fromMdx, true]] as const) {
      for (const r of reports) {
        let read = false;
        const html = reportBody(r, links, () => ((read = true), toMdx(r)));
        expect(read, r.sections[0].paragraphs[0]?.text).toBe(readsMdx);
        expect(html).toBe(reportBodyHtml(toMdx(r), r, links));
      }
    }
    // Where they would differ, the page is what the MDX gives (the spaces before a line break are gone).
    expect(reportBody(fromMdx[0], links, () => toMdx(fromMdx[0]))).toContain('<p>x\ny</p>');
    expect(reportBody(fromMdx[4], links, () => toMdx(fromMdx[4]))).toContain('<span class="sec-title">A&amp;B</span>');
  });

  it('escapes text and attribute values', () => {
    const html = tag('a', { title: '"><script>x</script>&', 'data-x': true, hidden: undefined }, text('<b>&amp;</b>'));
    expect(html).toBe('<a title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;" data-x>&lt;b&gt;&amp;amp;&lt;/b&gt;</a>');
    const [a] = elements(parse(html));
    expect(a.properties?.title).toBe('"><script>x</script>&');
    expect(textOf(a)).toBe('<b>&amp;</b>');
  });
});
