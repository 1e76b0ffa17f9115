/** A report whose text looks like Markdown, MDX, JSX and HTML: every line of it must reach the page as text. */
import type { Report } from '../../src/pipeline/types.ts';

export const HOSTILE = [
  '{globalThis.__pwned = 1}',
  '<script>globalThis.__pwned = 2</script>',
  'export const x = (globalThis.__pwned = 3)',
  "import fs from 'node:fs'",
  'Export default 1; IMPORT x from "y"',
  '<SectionHeading id="evil" level="1" title="x" />',
  '# 不是标题',
  '* 不是列表',
  '1. 不是列表',
  '> 不是引用',
  '---',
  '[链接](javascript:alert(1)) `代码` *强调* __粗体__ &amp; &#123; \\{ }',
  // GFM (strike-through, addresses as links) must not touch the text either.
  '增长5~6%，力争7~8%，~~不是删除线~~',
  '见www.gov.cn和https://example.org/a?b=1&c=2',
];

export function hostileReport(): Report {
  return {
    slug: 'evil', title: '{标题}', city: null, province: null, year: null, kind: null, place: null, delivered: null, session: null, speaker: null, sources: ['e.txt'], frontMatter: [], provenance: [], redirects: {},
    sections: [
      { id: 's1', parent: null, level: 1, number: '一、', title: '<b>{x}</b> "quoted" \'s', paragraphs: HOSTILE.map((text) => ({ text, sources: ['e.txt'] })) },
    ],
    targets: [
      { id: 't-s1-1', report: 'evil', section: 's1', kind: 'target', indicator: 'x', value: 1, valueMax: null, unit: '%', comparator: 'eq', deadline: null, quote: '__pwned = 1', theme: 'other', bound: null, headline: false, indicatorId: null, period: null, annualAverage: false, estimated: false, canonicalValue: null, canonicalUnit: null, action: null, inTitle: false },
    ],
  };
}
