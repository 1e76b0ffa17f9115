import { evaluate } from '@mdx-js/mdx';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { toMarkdown } from 'mdast-util-to-markdown';
import { ingest } from '../../src/pipeline/ingest.ts';
import { mdxOptions, reportToMdast, toMdx } from '../../src/pipeline/serialize.ts';
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
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(`seeds/${name}`) }));
    const reports = [report, ...ingest(seeds).reports];
    expect(reports.length).toBeGreaterThan(3);
    for (const r of reports) expect(toMdx(r)).toBe(toMarkdown(reportToMdast(r), mdxOptions({ fastText: false })));
  });
});
