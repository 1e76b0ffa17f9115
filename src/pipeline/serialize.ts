/**
 * Stage 6 — serialize: a report → MDX, through mdast and mdast-util-to-markdown with the MDX extensions.
 * Report text only ever becomes text nodes or attribute values, so the serializer escapes whatever MDX would
 * otherwise evaluate ({…}, <tags>, import/export at a line start): seed text is data, never code.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toMarkdown, type Handle, type Options, type Unsafe } from 'mdast-util-to-markdown';
import { quoteSpans } from './quote-spans.ts';
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

/** Splits a paragraph into text and <mark> elements around the quotes of the targets it holds (quote-spans.ts). */
export function markQuotes(text: string, targets: Target[]): PhrasingContent[] {
  const spans = quoteSpans(text, targets);
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
  const withRows = new Set(report.targets.map((t) => t.section));
  // (A row read from its section's heading is marked in the heading by the page, not in a paragraph: src/lib/report-body.ts.)
  const marked = new Map<string, Target[]>();
  for (const t of report.targets) if (!t.inTitle) marked.set(t.section, [...(marked.get(t.section) ?? []), t]);
  for (const section of report.sections) {
    const heading: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'SectionHeading',
      attributes: [attr('id', section.id), attr('level', section.level), attr('number', section.number ?? ''), attr('title', section.title)],
      children: [],
    };
    children.push(heading);
    const targets = marked.get(section.id) ?? [];
    for (const p of section.paragraphs) {
      children.push({ type: 'paragraph', children: markQuotes(p.text, targets) });
    }
    if (withRows.has(section.id)) {
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

const MDX_OPTIONS = mdxOptions();

export function toMdx(report: Report): string {
  return toMarkdownFlow(reportToMdast(report), MDX_OPTIONS);
}

/**
 * The escaping rules of `options` (the unsafe patterns the serializer's state holds: its own, the extensions', the
 * options'), read once from a serialization of one word: by the character each applies at, each as the expression the
 * library compiles (a copy, so that its search position is this module's own).
 */
interface Rules {
  /** Any character some rule applies at (or a backslash, which the library escapes before punctuation). */
  any: RegExp;
  byCharacter: Map<string, { expression: RegExp; before: boolean; nodeScoped: boolean }[]>;
}
function readRules(options: Options): Rules {
  let rules: Rules | undefined;
  const probe: Handle = (node, _parent, state) => {
    const byCharacter: Rules['byCharacter'] = new Map();
    for (const p of state.unsafe) {
      const compiled = state.compilePattern(p);
      const rule = { expression: new RegExp(compiled.source, compiled.flags), before: Boolean(p.before || p.atBreak), nodeScoped: Boolean(p.beforeNode || p.afterNode) };
      byCharacter.set(p.character, [...(byCharacter.get(p.character) ?? []), rule]);
    }
    const characters = [...byCharacter.keys(), '\\'].join('').replace(/[\\\]^-]/g, '\\$&');
    rules = { any: new RegExp(`[${characters}]`, 'g'), byCharacter };
    return (node as { value: string }).value;
  };
  toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] }, { ...options, handlers: { ...options.handlers, text: probe } });
  if (!rules?.byCharacter.size) throw new Error('serialize: found no escaping rules to read');
  return rules;
}
const rulesOf = new WeakMap<Options, Rules>();

/**
 * Whether the library writes a text as it is, between the characters it is written after and before (as its
 * `safe` sees them): no rule matches at a character of the text. Every rule is tried whatever construct it is
 * limited to, so a text may be left to the library needlessly, never written here wrongly; a backslash, or a rule
 * limited to neighbouring nodes, leaves it to the library.
 */
function asIs(value: string, before: string, after: string, rules: Rules): boolean {
  const present = value.match(rules.any);
  if (!present) return true;
  if (present.includes('\\')) return false;
  const subject = before + value + after;
  for (const character of new Set(present)) {
    for (const rule of rules.byCharacter.get(character)!) {
      if (rule.nodeScoped) return false;
      const { expression } = rule;
      expression.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = expression.exec(subject))) {
        const at = match.index + (rule.before ? match[1].length : 0);
        if (at >= before.length && at < before.length + value.length) return false;
      }
    }
  }
  return true;
}
/** An attribute value is written as `"value"` when it holds no quote (the one character escaped) and no line break. */
const attributeAsIs = (a: MdxJsxAttribute | MdxJsxExpressionAttribute) =>
  a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && !/["\r\n]/.test(a.value);
const jsxTag = (e: MdxJsxFlowElement | MdxJsxTextElement) => `<${e.name}${e.attributes.map((a) => ` ${(a as MdxJsxAttribute).name}="${(a as MdxJsxAttribute).value}"`).join('')}`;

/**
 * What mdast-util-to-markdown writes for a node of the root, when that is plain to see (else null): a paragraph of
 * texts and marks (elements of one text) whose texts no escaping rule applies to, where they stand, is those texts
 * and the marks' tags; a heading of such a text, then optionally raw HTML, is `#`s, a space and that; a JSX element
 * without children is its tag, attributes quoted, self-closed. Anything else (a rule that applies, a quote in an
 * attribute, an empty heading, two texts side by side) is left to the library. What a text is written between is what
 * the library's phrasing gives it: the container's own edges (a line break; `# ` in a heading), `<` before an element
 * or raw HTML, `>` after an element's tag.
 */
function plainNode(node: RootContent, rules: Rules): string | null {
  const phrasing = (children: PhrasingContent[], start: string, end: string): string | null => {
    let out = '';
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      const next = children[i + 1];
      if (c.type === 'text') {
        if (next && next.type !== 'mdxJsxTextElement' && next.type !== 'html') return null;
        const previous = children[i - 1];
        if (previous && previous.type !== 'mdxJsxTextElement') return null;
        if (!asIs(c.value, previous ? '>' : start, next ? '<' : end, rules)) return null;
        out += c.value;
      } else if (c.type === 'mdxJsxTextElement' && c.name && c.children.length === 1 && c.children[0].type === 'text' && c.attributes.every(attributeAsIs)) {
        const inner = phrasing(c.children, '>', '<');
        if (inner === null) return null;
        out += `${jsxTag(c)}>${inner}</${c.name}>`;
      } else if (c.type === 'html' && i === children.length - 1 && i > 0) out += c.value;
      else return null;
    }
    return out;
  };
  if (node.type === 'paragraph') return node.children.some((c) => c.type === 'html') ? null : phrasing(node.children, '\n', '\n');
  if (node.type === 'heading') {
    const [head, id, ...rest] = node.children;
    // Not empty (an empty heading is its #s alone), no line break (a heading with one is written in the setext style).
    if (rest.length || head?.type !== 'text' || !head.value || (id && (id.type !== 'html' || /[\r\n]/.test(id.value)))) return null;
    const text = phrasing(node.children, '# ', '\n');
    return text === null ? null : `${'#'.repeat(Math.max(1, Math.min(6, node.depth || 1)))} ${text}`;
  }
  if (node.type === 'mdxJsxFlowElement' && node.name && node.children.length === 0 && node.attributes.every(attributeAsIs)) return `${jsxTag(node)} />`;
  return null;
}

/** A node the library writes as `x`, after the others: its output ends the library's, so the others' are cut off exactly. */
const END: RootContent = { type: 'paragraph', children: [{ type: 'text', value: 'x' }] };

/**
 * toMarkdown(root, options) for a root of flow nodes (paragraphs, headings, block quotes; JSX elements with options
 * that write them, mdxOptions), the same
 * bytes: the nodes written by plainNode where it can, the others by the library in one call, and all joined as the
 * library joins a root's nodes (a blank line between two, a line break at the end). Why: the library's generic
 * machinery (a handler, a tracker and the escaping rules per node) was about a tenth of the ingest's time, for report
 * text that most often needs no escape at all. Checked against the library on every report of the tests' corpora.
 */
export function toMarkdownFlow(root: Root, options: Options): string {
  let rules = rulesOf.get(options);
  if (!rules) rulesOf.set(options, (rules = readRules(options)));
  const whole = () => toMarkdown(root, options);
  // A root holding phrasing content is written as phrasing, not as blocks joined by blank lines.
  if (root.children.some((n) => !['paragraph', 'heading', 'blockquote', 'mdxJsxFlowElement'].includes(n.type))) return whole();
  const out = root.children.map((n) => plainNode(n, rules));
  const left = root.children.filter((_, i) => out[i] === null);
  if (left.length) {
    const written = toMarkdown({ type: 'root', children: [...left, END] }, options);
    // Each node left is written between blank lines; one whose own text holds a blank line cannot be cut out.
    if (!written.endsWith('\n\nx\n')) return whole();
    const parts = written.slice(0, -'\n\nx\n'.length).split('\n\n');
    if (parts.length !== left.length) return whole();
    let k = 0;
    for (let i = 0; i < out.length; i++) if (out[i] === null) out[i] = parts[k++];
  }
  const text = out.join('\n\n');
  return text && !text.endsWith('\n') && !text.endsWith('\r') ? `${text}\n` : text;
}
