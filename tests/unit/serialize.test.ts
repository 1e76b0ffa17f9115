import { evaluate } from '@mdx-js/mdx';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { toMarkdown } from 'mdast-util-to-markdown';
import { ingest } from '../../src/pipeline/ingest.ts';
import { GFM_UNSAFE, mdxOptions, reportToMdast, toMarkdownFlow, toMdx } from '../../src/pipeline/serialize.ts';
import { MARKDOWN_OPTIONS, reportMarkdown, reportMarkdownTree } from '../../src/lib/report-text.ts';
import type { Root } from 'mdast';
import type { SectionLevel } from '../../src/pipeline/types.ts';
import { HOSTILE, hostileReport } from './hostile-report.ts';

/** A tiny JSX runtime: elements become plain objects, so a test can read what MDX would render. */
type Node = string | { type: unknown; props: Record<string, unknown> };
const jsx = (type: unknown, props: Record<string, unknown>): Node => ({ type, props });
const runtime = { Fragment: 'fragment', jsx, jsxs: jsx };

function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const n = node as { type: unknown; props: Record<string, unknown> };
  if (typeof n.type === 'function') return textOf((n.type as (p: unknown) => unknown)(n.props));
  return textOf(n.props.children);
}

describe('serialize to MDX', () => {
  it('keeps hostile report text as text: nothing is evaluated, everything reads back verbatim', async () => {
    const mdx = toMdx(hostileReport());
    const headings: Record<string, unknown>[] = [];
    const tables: Record<string, unknown>[] = [];
    const mod = await evaluate(mdx, { ...runtime, baseUrl: import.meta.url } as never);
    const tree = (mod.default as (p: unknown) => unknown)({
      components: {
        SectionHeading: (p: Record<string, unknown>) => (headings.push(p), ''),
        TargetTable: (p: Record<string, unknown>) => (tables.push(p), ''),
      },
    });
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(Object.keys(mod).filter((k) => k !== 'default')).toEqual([]);
    const text = textOf(tree);
    for (const line of HOSTILE) expect(text).toContain(line);
    expect(headings).toEqual([{ id: 's1', level: '1', number: '一、', title: '<b>{x}</b> "quoted" \'s' }]);
    expect(tables).toEqual([{ report: 'evil', section: 's1' }]);
  });

  it('reads back verbatim under GFM too (strike-through would eat the tildes of 5~6%…7~8%)', () => {
    type N = { type: string; tagName?: string; value?: string; children?: N[] };
    const tree = mdxToHast(toMdx(hostileReport()), { features: { gfm: true }, position: false }) as unknown as N;
    const textOf = (n: N): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));
    const paragraphs = (tree.children ?? []).filter((n) => n.tagName === 'p').map(textOf);
    expect(paragraphs).toEqual(HOSTILE);
  });

  it('marks target quotes in the text with an anchor to come back to', () => {
    const mdx = toMdx(hostileReport());
    expect(mdx).toContain('<mark id="q-t-s1-1" data-target="t-s1-1">');
  });

  it('escapes exactly as the library’s own text handler does (the fast path changes speed, not output)', () => {
    // Deterministic random paragraphs over the characters Markdown and MDX care about, at every position.
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const alphabet = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n0123456789aeiIE', '城镇', '。', '（', '%', 'import ', 'export ', 'PM_2.5', '\u007f'];
    const paragraphs = Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    const report = hostileReport();
    report.sections[0].paragraphs.push(...paragraphs.map((text) => ({ text, sources: ['e.txt'] })));
    report.targets.push({ ...report.targets[0], id: 't-s1-2', quote: paragraphs[5] });
    // Marks inside random text (what stands around a mark decides its escapes), and random headings.
    for (let k = 0; k < 300; k++) {
      const p = paragraphs[10 + k];
      const from = Math.floor(random() * p.length);
      report.targets.push({ ...report.targets[0], id: `t-s1-m${k}`, quote: p.slice(from, from + 1 + Math.floor(random() * 4)) });
    }
    report.sections.push(...paragraphs.slice(400, 700).map((title, k) => ({ id: `s${k + 2}`, parent: null, level: (1 + (k % 4)) as SectionLevel, number: k % 3 ? null : paragraphs[k], title, paragraphs: [{ text: paragraphs[k + 1000], sources: ['e.txt'] }] })));
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(`seeds/${name}`) }));
    const reports = [report, ...ingest(seeds).reports];
    expect(reports.length).toBeGreaterThan(3);
    for (const r of reports) expect(toMdx(r)).toBe(toMarkdown(reportToMdast(r), mdxOptions({ fastText: false })));
    // The report's Markdown to take away, through the same plain-node path (a heading with its id as raw HTML).
    for (const r of reports) expect(reportMarkdown(r, '/reports/x/')).toBe(toMarkdown(reportMarkdownTree(r, '/reports/x/'), { unsafe: GFM_UNSAFE }));
  });

  it('writes what the library writes where it cannot see the output plainly (toMarkdownFlow)', () => {
    const text = (value: string) => ({ type: 'text' as const, value });
    const trees: Root[] = [
      { type: 'root', children: [] },
      { type: 'root', children: [{ type: 'paragraph', children: [] }] },
      { type: 'root', children: [{ type: 'paragraph', children: [text('首段')] }, { type: 'paragraph', children: [] }] },
      // Blank lines inside a node's text: the nodes left to the library cannot be cut apart, so all of it is.
      { type: 'root', children: [{ type: 'paragraph', children: [text('一\n\n二')] }, { type: 'paragraph', children: [text('三')] }, { type: 'paragraph', children: [text('#四')] }] },
      { type: 'root', children: [{ type: 'heading', depth: 2, children: [text('')] }, { type: 'heading', depth: 3, children: [text(' 标题'), { type: 'html', value: ' {#s1}' }] }] },
      { type: 'root', children: [{ type: 'heading', depth: 2, children: [text('标题'), { type: 'html', value: '\n{#s1}' }] }, { type: 'blockquote', children: [{ type: 'paragraph', children: [text('引')] }] }] },
      {
        type: 'root',
        children: [
          { type: 'mdxJsxFlowElement', name: 'SectionHeading', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: '“引号”与"quote"' }], children: [] },
          { type: 'mdxJsxFlowElement', name: 'TargetTable', attributes: [], children: [] },
          { type: 'paragraph', children: [text('前'), { type: 'mdxJsxTextElement', name: 'mark', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'q-1' }], children: [text('标记')] }, text('后')] },
          { type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'mark', attributes: [], children: [] }, text('x')] },
        ],
      },
      // Text that is phrasing at the root is not joined by blank lines.
      { type: 'root', children: [text('文字'), { type: 'paragraph', children: [text('段')] }] } as Root,
    ];
    const jsx = (tree: Root) => JSON.stringify(tree).includes('"mdxJsx');
    for (const tree of trees) expect(toMarkdownFlow(tree, mdxOptions())).toBe(toMarkdown(tree, mdxOptions()));
    for (const tree of trees.filter((t) => !jsx(t))) expect(toMarkdownFlow(tree, MARKDOWN_OPTIONS)).toBe(toMarkdown(tree, MARKDOWN_OPTIONS));
  });
});
