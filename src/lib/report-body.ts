/**
 * A report's body as HTML, from the MDX the pipeline wrote (src/pipeline/serialize.ts): section headings, paragraphs
 * with their target quotes marked, and after a section's text the table of its targets.
 *
 * The MDX is parsed — by satteri, the MDX engine behind Astro's own Markdown and MDX support — into a tree, and the
 * tree is written out as HTML here. It is never compiled to a module nor evaluated: seed text stays data, and what
 * reaches the page is paragraphs and the three elements the pipeline writes (SectionHeading, TargetTable, mark);
 * anything else in the tree is an error, not output.
 *
 * Why not an MDX module per report (as Astro's MDX integration makes one): compiling, bundling and running a module
 * for every report cost ≈ 54 ms of CPU each (5.4 s of a 100-report render), and the bundler held every module, so a
 * render's memory grew with the corpus; this parse costs ≈ 6 ms, one report at a time. Why `tag` and `text` below
 * (the one place that escapes) and not a general serializer: hast-util-to-html spent a third of a report render
 * looking up how to write each attribute of the target tables (≈ 700,000 elements at 200 reports).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { mdxToHast } from 'satteri';
import type { Report, Target } from '../pipeline/types.ts';
import { COMPARATOR_WORDS, BOUND_WORDS, KIND_WORDS, THEME_WORDS, formatValue } from './data.ts';
import { reportHeadingDepths } from './headings.ts';
import { tag, text } from './html.ts';

/** What a body links to, beyond itself: the build's other pages, as the page in hand links to them. */
export interface BodyLinks {
  /** A site-relative path ('indicators/x/') as a link from the report's page. */
  to: (path: string) => string;
  /** The vocabulary's name of an indicator, where it names it. */
  vocabularyName: (id: string) => string | undefined;
  /** The title of an indicator's page across places, or null where the build makes none. */
  indicatorPage: (id: string) => string | null;
  /** The government's page of years, where the build makes one. */
  placePage: { slug: string; name: string } | null;
}

/** Nodes of the MDX tree (satteri's hast keeps MDX's JSX as such). */
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: Node[];
}
type Node = RootContent | ElementContent | JsxElement | { type: string; children?: Node[] };

/**
 * Features off that the pipeline's MDX never uses: GFM would read 5~6%…7~8% as struck-through text and make links of
 * addresses in the text; the serializer escapes `~` as well, for readers of the MDX that parse it with GFM.
 */
const FEATURES = { gfm: false, frontmatter: false, smartPunctuation: false } as const;

export function reportBodyHtml(mdx: string, report: Report, links: BodyLinks): string {
  const tree = mdxToHast(mdx, { features: FEATURES, position: false }) as unknown as Root;
  const body = new BodyRenderer(report, links);
  return tree.children.map((n) => body.flow(n as Node)).join('');
}

class BodyRenderer {
  private readonly depths: Map<string, number>;
  private readonly targetsBySection = new Map<string, Target[]>();

  private readonly report: Report;
  private readonly links: BodyLinks;

  constructor(report: Report, links: BodyLinks) {
    this.report = report;
    this.links = links;
    this.depths = reportHeadingDepths(report);
    for (const t of report.targets) this.targetsBySection.set(t.section, [...(this.targetsBySection.get(t.section) ?? []), t]);
  }

  /** A top-level node: a paragraph, the newline between blocks, or one of the pipeline's components. */
  flow(node: Node): string {
    if (node.type === 'mdxJsxFlowElement') {
      const jsx = node as JsxElement;
      const a = attributes(jsx, this.report.slug);
      if (jsx.name === 'SectionHeading') return this.heading(a);
      if (jsx.name === 'TargetTable') return this.table(a);
      // A paragraph that is one target quote and nothing else (万元GDP能耗下降4.32%) is, to MDX, a block of its own: the
      // paragraph it is, with the quote marked — its content is the text of that one line, as in any paragraph.
      if (jsx.name === 'mark') return tag('p', {}, this.phrasing({ ...jsx, type: 'mdxJsxTextElement' }));
      throw this.unexpected(`<${jsx.name}>`);
    }
    return this.phrasing(node);
  }

  private phrasing(node: Node): string {
    if (node.type === 'text') return text((node as Text).value);
    if (node.type === 'element') {
      const e = node as Element;
      // A paragraph, or a line break: what the parser makes of the pipeline's paragraphs, and nothing that runs or loads.
      if (e.tagName === 'p') return tag('p', {}, ...e.children.map((c) => this.phrasing(c)));
      if (e.tagName === 'br') return '<br>';
      throw this.unexpected(`<${e.tagName}>`);
    }
    if (node.type === 'mdxJsxTextElement' && (node as JsxElement).name === 'mark') {
      const jsx = node as JsxElement;
      const a = attributes(jsx, this.report.slug);
      return tag('mark', { id: a.id, 'data-target': a['data-target'] }, ...jsx.children.map((c) => this.phrasing(c)));
    }
    throw this.unexpected(node.type === 'mdxJsxTextElement' ? `<${(node as JsxElement).name}>` : node.type);
  }

  private unexpected(what: string) {
    return new Error(`report ${this.report.slug}: its MDX holds ${what}, which the pipeline never writes`);
  }

  /**
   * A section's heading, carrying the section id and a link to itself that a reader can copy. Its HTML level follows
   * the nesting of the report's sections (headingDepths), so the page's outline never skips a level; its look
   * follows the contract level (part, section, topic, item).
   */
  private heading(a: Record<string, string>): string {
    const level = Number(a.level);
    const depth = this.depths.get(a.id) ?? Math.min(6, level + 1);
    return tag(
      `h${depth}`,
      { id: a.id, class: `sec sec-l${level}` },
      a.number ? tag('span', { class: 'sec-num' }, text(a.number)) : '',
      tag('span', { class: 'sec-title' }, text(a.title)),
      copyLink(a.id, `复制本节链接：${a.title}`),
      citeButton(`复制本节引文：${a.title}`),
    );
  }

  /** The targets of one section, each row with its own anchor and a link to the words it was read from. */
  private table(a: Record<string, string>): string {
    const targets = this.targetsBySection.get(a.section) ?? [];
    if (!targets.length) return '';
    const { to, vocabularyName, indicatorPage, placePage } = this.links;
    // The columns whose values are the extraction's own terms link to where the method explains them.
    const method = to('about/method/targets/');
    const explained: Record<string, string> = { 方式: `${method}#comparator`, 界限: `${method}#bound` };
    const head = ['指标', '数值', '方式', '界限', '期限', '类别', '链接']
      .map((h, i) =>
        tag('th', { scope: 'col', class: i === 1 ? 'num-cell' : i === 6 ? 'link-cell' : undefined }, explained[h] ? tag('a', { href: explained[h], title: `${h}的含义：方法说明` }, text(h)) : text(h)),
      )
      .join('');
    const placeTitle = placePage ? `${placePage.name}历年目标与完成情况` : '';
    const row = (t: Target): string => {
      const name = t.indicatorId ? vocabularyName(t.indicatorId) : undefined;
      const indicator = t.indicatorId ? indicatorPage(t.indicatorId) : null;
      const rowLinks =
        (indicator !== null ? tag('a', { href: to(`indicators/${t.indicatorId}/`), title: `各地的${indicator}`, 'aria-label': `${t.indicator}：各地对比` }, '各地') : '') +
        (placePage ? tag('a', { href: `${to(`places/${placePage.slug}/`)}#targets`, title: placeTitle, 'aria-label': `${t.indicator}：${placeTitle}` }, '历年') : '');
      return tag(
        'tr',
        { id: t.id, class: `kind-${t.kind}` },
        tag(
          'td',
          {},
          // The verb done to the measured thing (建设, 新建 …) before its name, as the text says it.
          t.action ? tag('span', { class: 'ind-action' }, text(t.action)) : '',
          tag('a', { href: `#q-${t.id}`, title: t.quote }, text(t.indicator)),
          name && name !== t.indicator ? tag('span', { class: 'ind-name' }, text(`（${name}）`)) : '',
          t.headline ? tag('span', { class: 'ind-name' }, '· 主要目标') : '',
          rowLinks ? tag('span', { class: 'row-links' }, rowLinks) : '',
        ),
        tag('td', { class: 'num-cell' }, text(formatValue(t))),
        tag('td', {}, text(COMPARATOR_WORDS[t.comparator])),
        tag('td', { class: 'nowrap' }, text(t.bound ? BOUND_WORDS[t.bound] : '—')),
        tag('td', {}, text(t.deadline ?? '—')),
        tag('td', {}, text(`${KIND_WORDS[t.kind]} · ${THEME_WORDS[t.theme] ?? t.theme}`)),
        tag('td', { class: 'link-cell' }, copyLink(t.id, `复制指标链接：${t.indicator}`), citeButton(`复制指标引文：${t.indicator}`)),
      );
    };
    return tag(
      'div',
      // The section a row cites (site.js reads its heading for a row's citation).
      { class: 'target-table', 'data-section': a.section },
      tag('table', {}, tag('caption', { class: 'sr-only' }, '本节的量化指标'), tag('thead', {}, tag('tr', {}, head)), tag('tbody', {}, ...targets.map(row))),
    );
  }
}

/** The control that copies a link to a heading or a row (site.js does the copying). */
function copyLink(id: string, label: string): string {
  return tag('a', { class: 'copy-link', href: `#${id}`, 'data-copy-link': true, 'aria-label': label }, tag('span', { 'aria-hidden': 'true' }, '#'));
}

/**
 * The control that copies a citation of its heading or row (site.js composes it from the page's citation data and
 * the heading). A button only where scripts run (the page's `js` class): without them it could do nothing.
 */
function citeButton(label: string): string {
  return tag('button', { type: 'button', class: 'cite', 'data-cite': true, 'aria-label': label }, '引');
}

/** A JSX element's attributes: plain strings only (the pipeline writes no expressions). */
function attributes(node: JsxElement, slug: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || typeof a.name !== 'string' || typeof a.value !== 'string') {
      throw new Error(`report ${slug}: an attribute of <${node.name}> in its MDX is not a plain string`);
    }
    out[a.name] = a.value;
  }
  return out;
}
