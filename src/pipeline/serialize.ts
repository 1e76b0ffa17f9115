/**
 * Stage 6 — serialize: a report → MDX, through mdast and mdast-util-to-markdown with the MDX extensions.
 * Report text only ever becomes text nodes or attribute values, so the serializer escapes whatever MDX would
 * otherwise evaluate ({…}, <tags>, import/export at a line start): seed text is data, never code.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toMarkdown, type Handle, type Options, type Unsafe } from 'mdast-util-to-markdown';
import type { Report, Target } from './types.ts';

const attr = (name: string, value: string | number): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value: String(value) });

/**
 * Line starts that MDX reads as ES modules. mdast-util-mdx escapes { and <, but a paragraph that starts with
 * `import ` or `export ` must be escaped too: its first letter is written as a character reference.
 */
const ESM_UNSAFE: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport[\\s{*]' },
  { character: 'e', atBreak: true, after: 'xport[\\s{*]' },
  { character: 'I', atBreak: true, after: 'MPORT[\\s{*]' },
  { character: 'E', atBreak: true, after: 'XPORT[\\s{*]' },
];
/**
 * What GFM (on by default in most MDX set-ups) would read as syntax: two tildes strike through what lies between, so
 * 增长5~6%，力争7~8% would read as 增长5<del>6%，力争7</del>8% and lose both tildes; and an address in the text would
 * become a link, inside which escapes are not read (a?b=1\&c=2). The triggers of GFM's autolinks are escaped as
 * mdast-util-gfm-autolink-literal escapes them (www., http:, a@b).
 */
export const GFM_UNSAFE: Unsafe[] = [
  { character: '~', inConstruct: 'phrasing' },
  { character: '@', before: '[+\\-.\\w]', after: '[\\-.\\w]', inConstruct: 'phrasing' },
  { character: '.', before: '[Ww]', after: '[\\-.\\w]', inConstruct: 'phrasing' },
  { character: ':', before: '[ps]', after: '\\/', inConstruct: 'phrasing' },
];

/** Splits a paragraph into text and <mark> elements around the quotes of the targets it holds. */
export function markQuotes(text: string, targets: Target[]): PhrasingContent[] {
  const spans: { start: number; end: number; id: string }[] = [];
  for (const t of targets) {
    const start = text.indexOf(t.quote);
    if (start < 0) continue;
    const end = start + t.quote.length;
    // Overlapping quotes (a 分别 list yields several rows with one quote) are marked once.
    if (spans.some((s) => start < s.end && end > s.start)) continue;
    spans.push({ start, end, id: t.id });
  }
  spans.sort((a, b) => a.start - b.start);
  const out: PhrasingContent[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start > pos) out.push({ type: 'text', value: text.slice(pos, s.start) });
    const mark: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'mark',
      attributes: [attr('id', `q-${s.id}`), attr('data-target', s.id)],
      children: [{ type: 'text', value: text.slice(s.start, s.end) }],
    };
    out.push(mark);
    pos = s.end;
  }
  if (pos < text.length) out.push({ type: 'text', value: text.slice(pos) });
  return out;
}

export function reportToMdast(report: Report): Root {
  const children: RootContent[] = [];
  const targetsBySection = new Map<string, Target[]>();
  for (const t of report.targets) targetsBySection.set(t.section, [...(targetsBySection.get(t.section) ?? []), t]);
  for (const section of report.sections) {
    const heading: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'SectionHeading',
      attributes: [attr('id', section.id), attr('level', section.level), attr('number', section.number ?? ''), attr('title', section.title)],
      children: [],
    };
    children.push(heading);
    const targets = targetsBySection.get(section.id) ?? [];
    for (const p of section.paragraphs) {
      children.push({ type: 'paragraph', children: markQuotes(p.text, targets) });
    }
    if (targets.length) {
      children.push({ type: 'mdxJsxFlowElement', name: 'TargetTable', attributes: [attr('report', report.slug), attr('section', section.id)], children: [] });
    }
  }
  return { type: 'root', children };
}

/**
 * The text handler, with the escaping rules narrowed to those that can apply. Why: the serializer's `safe` runs every
 * unsafe pattern's expression (about forty with MDX's) over every text node, which made it the costliest step of the
 * ingest; report prose seldom holds any of their characters. A pattern matches only at its own character, so one
 * whose character occurs nowhere in the node's text or the characters around it cannot change the output: the
 * patterns left are the same objects in the same order, and the MDX is byte-identical (tested against the default).
 */
const text: Handle = (node, parent, state, info) => {
  const all = state.unsafe;
  let narrowed = narrowings.get(all);
  if (!narrowed) {
    const characters = [...new Set(all.map((p) => p.character))].join('').replace(/[\\\]^-]/g, '\\$&');
    narrowed = { any: new RegExp(`[${characters}]`, 'g'), byPresent: new Map() };
    narrowings.set(all, narrowed);
  }
  const present = [...new Set(`${info.before ?? ''}${node.value}${info.after ?? ''}`.match(narrowed.any))].sort().join('');
  let unsafe = narrowed.byPresent.get(present);
  if (!unsafe) narrowed.byPresent.set(present, (unsafe = all.filter((p) => present.includes(p.character))));
  state.unsafe = unsafe;
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};
/** Per set of unsafe patterns: one expression for all their characters, and the patterns left for each set present. */
const narrowings = new WeakMap<Unsafe[], { any: RegExp; byPresent: Map<string, Unsafe[]> }>();

/** Options for mdast-util-to-markdown; `fastText: false` serializes with the library's own text handler. */
export function mdxOptions({ fastText = true } = {}): Options {
  return { extensions: [mdxToMarkdown()], unsafe: [...ESM_UNSAFE, ...GFM_UNSAFE], ...(fastText ? { handlers: { text } } : {}) };
}

export function toMdx(report: Report): string {
  return toMarkdown(reportToMdast(report), mdxOptions());
}
