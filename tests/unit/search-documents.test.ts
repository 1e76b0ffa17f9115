/**
 * The search documents Pagefind indexes: words, their ends, escaping, and — through the real Pagefind binary and the
 * merge — the fragment the search page reads back (sections between heading anchors, the text whole, the ends apart).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INDEX_LANGUAGE, joinWords, PUBLISHED_LANGUAGE, searchDocument, segmentWords, WORD_ENDS_ID, wordEnds } from '../../src/publish/search-documents.ts';
import { mergePagefind } from '../../src/publish/pagefind-merge.ts';
import type { Report } from '../../src/pipeline/types.ts';
import { HOSTILE, hostileReport } from './hostile-report.ts';

const level = () => '县级市';

describe('words', () => {
  it('cuts text into words and punctuation, whitespace dropped', () => {
    const words = segmentWords('城镇新增就业4万人以上， PM2.5浓度下降。');
    expect(words).not.toContain(' ');
    expect(words).toContain('，');
    expect(words.join('')).toBe('城镇新增就业4万人以上，PM2.5浓度下降。');
  });
  it('joins words back as the page reads, a space only between Latin letters or digits', () => {
    for (const text of ['2025年地区生产总值增长5.2%左右', 'GDP增长6%，PM2.5平均浓度下降', '建设5G基站1.2万个']) {
      expect(joinWords(segmentWords(text))).toBe(text);
    }
    expect(joinWords(segmentWords('Report Atlas 图谱'))).toBe('Report Atlas图谱');
  });
  it('lists the ends of words that are not words of the text themselves', () => {
    const ends = wordEnds(['组织', '高', '水平', '退役军人', '军人', 'GDP', '。']);
    expect(ends).toEqual(expect.arrayContaining(['织', '平', '役军人', '人']));
    expect(ends).not.toContain('军人'); // a word of the text already
    expect(ends).not.toContain('DP'); // only words with Chinese characters have their ends indexed
    expect(new Set(ends).size).toBe(ends.length);
  });
});

describe('search document', () => {
  it('keeps hostile text as text: nothing of it becomes markup', () => {
    const html = searchDocument(hostileReport(), level);
    expect(html).not.toMatch(/<script>|<b>|<SectionHeading/);
    expect(html).toContain('&lt; script &gt;');
    expect(html).toContain('data-value="{标题}"');
  });

  // Two reports through the real Pagefind binary (as the build runs it) and the merge.
  const root = mkdtempSync(join(tmpdir(), 'atlas-search-docs-'));
  const report: Report = {
    ...hostileReport(),
    slug: 'jia-2025',
    title: '2025年甲市政府工作报告',
    city: '乙市',
    province: '丙省',
    year: 2025,
    frontMatter: ['2025年1月10日在甲市第一届人民代表大会第四次会议上'],
    sections: [
      { id: 's1', parent: null, level: 1, number: '一、', title: '2024年工作回顾', paragraphs: [{ text: '城镇新增就业4万人以上，组织高水平研究机构建设。', sources: [] }] },
      { id: 's1-1', parent: 's1', level: 2, number: '（一）', title: '退役军人服务', paragraphs: [{ text: 'PM2.5平均浓度下降到30微克/立方米', sources: [] }, { text: '新建5G基站1200个。', sources: [] }] },
    ],
  };
  const hostile = hostileReport();
  for (const r of [report, hostile]) {
    mkdirSync(join(root, 'docs', 'reports', r.slug), { recursive: true });
    writeFileSync(join(root, 'docs', 'reports', r.slug, 'index.html'), searchDocument(r, level));
  }
  const cli = join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const run = spawnSync(process.execPath, [cli, '--site', join(root, 'docs'), '--glob', 'reports/**/*.html', '--force-language', INDEX_LANGUAGE, '--output-path', join(root, 'batch'), '--silent']);
  if (run.status !== 0) throw new Error(`pagefind exited with ${run.status}: ${run.stderr}`);
  mergePagefind([join(root, 'batch')], join(root, 'index'), { [INDEX_LANGUAGE]: PUBLISHED_LANGUAGE });
  // A fragment is gzipped JSON after Pagefind's signature.
  const fragments: Fragment[] = readdirSync(join(root, 'index', 'fragment')).map((f) => JSON.parse(gunzipSync(readFileSync(join(root, 'index', 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')));
  const fragmentOf = (slug: string) => fragments.find((f) => f.url === `/reports/${slug}/`)!;
  interface Fragment {
    url: string;
    content: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
    anchors: { element: string; id: string; text: string; location: number }[];
  }
  /** What public/search.js reads from a fragment: each heading's section, its heading and text rejoined. */
  function sections(f: Fragment) {
    const words = f.content.replace(/&lt;/g, '<').replace(/&gt;/g, '>').split(/\s+/);
    const headings = f.anchors.filter((a) => /^h[1-6]$/.test(a.element)).sort((a, b) => a.location - b.location);
    const textEnd = f.anchors.find((a) => a.id === WORD_ENDS_ID)?.location ?? words.length;
    return headings.map((a, k) => {
      const end = k + 1 < headings.length ? headings[k + 1].location : textEnd;
      const heading = a.text.split(/\s+/).filter(Boolean);
      return { id: a.id, heading: joinWords(heading), text: joinWords(words.slice(a.location + heading.length, end)) };
    });
  }

  it('is published under the site language, with the title and filters as given', () => {
    const entry = JSON.parse(readFileSync(join(root, 'index', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual([PUBLISHED_LANGUAGE]);
    const f = fragmentOf('jia-2025');
    expect(f.meta.title).toBe('2025年甲市政府工作报告');
    expect(f.filters).toEqual({ city: ['乙市'], year: ['2025'], province: ['丙省'], level: ['县级市'] });
    expect(fragmentOf('evil').filters.city).toEqual(['未知']);
  });
  it('reads back every section whole, under its own id, without the word ends', () => {
    expect(sections(fragmentOf('jia-2025'))).toEqual([
      { id: 's1', heading: '一、2024年工作回顾', text: '城镇新增就业4万人以上，组织高水平研究机构建设。' },
      { id: 's1-1', heading: '（一）退役军人服务', text: 'PM2.5平均浓度下降到30微克/立方米新建5G基站1200个。' },
    ]);
  });
  it('reads back hostile text as it was written', () => {
    const [s] = sections(fragmentOf('evil'));
    expect(s.heading).toBe(joinWords(segmentWords('一、<b>{x}</b> "quoted" \'s')));
    for (const line of HOSTILE) expect(s.text).toContain(joinWords(segmentWords(line)));
  });
  it('indexes the ends of words, after the text', () => {
    const f = fragmentOf('jia-2025');
    const ends = f.content.split(/\s+/).slice(f.anchors.find((a) => a.id === WORD_ENDS_ID)!.location);
    expect(ends).toEqual(expect.arrayContaining(['织', '役军人']));
  });
});
