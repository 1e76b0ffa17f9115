import { describe, expect, it } from 'vitest';
import { logPages } from '../../src/lib/log-pages.ts';

const report = (slug: string, sources: string[]) => ({ slug, sources, origin: {}, notes: [] });
const dropped = (file: string, text: string) => ({ file, line: 1, text, rule: 'page marker' });

describe('build log pages', () => {
  it('holds a fixed number of reports a page, each with the dropped and front-matter lines of its own files', () => {
    const log = {
      reports: [report('a', ['a1.txt', 'a2.txt']), report('b', ['b.txt']), report('c', ['c.txt'])],
      dropped: [dropped('c.txt', '（下转第三版）'), dropped('a2.txt', '打印'), dropped('b.txt', '收藏')],
      usedAsMetadata: [{ file: 'b.txt', text: '政府工作报告', as: 'title' }],
    };
    const pages = logPages(log as never, 2);
    expect(pages.map((p) => [p.n, p.reports.map((r) => r.slug)])).toEqual([[1, ['a', 'b']], [2, ['c']]]);
    expect(pages[0].dropped.map((d) => d.text)).toEqual(['打印', '收藏']);
    expect(pages[1].dropped.map((d) => d.text)).toEqual(['（下转第三版）']);
    expect(pages[0].usedAsMetadata).toHaveLength(1);
    // Nothing is lost: every dropped line is on exactly one page.
    expect(pages.flatMap((p) => p.dropped)).toHaveLength(log.dropped.length);
  });
  it('lists a line of a file in no report on the first page rather than losing it', () => {
    const pages = logPages({ reports: [report('a', ['a.txt'])], dropped: [dropped('gone.txt', 'x')], usedAsMetadata: [] } as never, 2);
    expect(pages[0].dropped).toHaveLength(1);
  });
});
