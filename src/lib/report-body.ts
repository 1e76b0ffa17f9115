/**
 * A report's body as HTML: section headings, paragraphs with their target quotes marked, and after a section's text
 * the table of its targets — the body of the MDX the pipeline wrote (src/pipeline/serialize.ts), as an MDX parser reads
 * it back.
 *
 * Written straight from the report (reportBody), the same report the MDX was written from: parsing the MDX (≈ 6 ms a
 * report) only to read back the text and attributes the report already holds was the render's costliest step (200
 * reports: the render ≈ 4.9 CPU-s with it, ≈ 4.1 without). Where MDX would not read back the report's own text — a line break in a paragraph
 * (trailing spaces dropped, hard breaks), a paragraph of quotes and spaces alone (read as blocks of their own, the
 * spaces dropped), a character reference in an attribute (decoded), control characters — the body is made from the
 * MDX as before (reportBodyHtml), so that every page stays what the MDX makes of it; the tests check both ways agree.
 *
 * From the MDX, it is parsed — by satteri, the MDX engine behind Astro's own Markdown and MDX support — into a tree,
 * and the tree is written out as HTML here. It is never compiled to a module nor evaluated: seed text stays data, and
 * what reaches the page is paragraphs and the three elements the pipeline writes (SectionHeading, TargetTable, mark);
 * anything else in the tree is an error, not output.
 *
 * Why not an MDX module per report (as Astro's MDX integration makes one): compiling, bundling and running a module
 * for every report cost ≈ 54 ms of CPU each (5.4 s of a 100-report render), and the bundler held every module, so a
 * render's memory grew with the corpus. Why `tag` and `text` below (the one place that escapes) and not a general
 * serializer: hast-util-to-html spent a third of a report render looking up how to write each attribute of the target
 * tables (≈ 700,000 elements at 200 reports).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { mdxToHast } from 'satteri';
import { quoteSpans } from '../pipeline/quote-spans.ts';
import type { Report, Section, Target } from '../pipeline/types.ts';
import { COMPARATOR_WORDS, BOUND_WORDS, KIND_WORDS, THEME_WORDS, formatValue } from './data.ts';
import { numberedTitle, reportHeadingDepths } from './headings.ts';
import { attributeValue, tag, text } from './html.ts';

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

/**
 * The body of a report's page: written from the report where its MDX reads back as the report's own text, else from
 * the MDX (`mdx` reads it, only then). The same HTML either way.
 */
export function reportBody(report: Report, links: BodyLinks, mdx: () => string): string {
  const body = new BodyRenderer(report, links);
  return body.direct() ?? body.fromMdx(mdx());
}

/** The body from the report's MDX, parsed. */
export function reportBodyHtml(mdx: string, report: Report, links: BodyLinks): string {
  return new BodyRenderer(report, links).fromMdx(mdx);
}

/**
 * What an MDX parser does not read back as written: a line break (and what stands around it), other control
 * characters; in an attribute, a character reference too (an attribute's value is written with its `&` as is).
 */
const NOT_AS_WRITTEN = /[\x00-\x1f\x7f]/;
const ATTRIBUTE_NOT_AS_WRITTEN = /[&\x00-\x1f\x7f]/;
/** Whitespace alone, or nothing: the text around a paragraph's quotes that makes MDX read them as blocks of their own. */
const BLANK = /^\s*$/;

/**
 * A paragraph that is a table's row (its cells apart by tabs, as normalize.ts keeps them): the row marked as such and
 * each tab shown as a rule between cells, the tab itself kept inside it, so that a copied row still has its cells apart.
 * (Tabs stand only in text: the attributes the body writes are ids.)
 */
function tableRow(paragraph: string): string {
  if (!paragraph.includes('\t')) return paragraph;
  return `<p class="row">${paragraph.slice('<p>'.length).replaceAll('\t', '<span class="cell-gap">\t</span>')}`;
}

class BodyRenderer {
  private readonly depths: Map<string, number>;
  private readonly targetsBySection = new Map<string, Target[]>();
  private readonly paragraphTargets = new Map<string, Target[]>();
  private readonly titleTargets = new Map<string, Target[]>();

  private readonly report: Report;
  private readonly links: BodyLinks;

  constructor(report: Report, links: BodyLinks) {
    this.report = report;
    this.links = links;
    this.depths = reportHeadingDepths(report);
    for (const t of report.targets) {
      // (A row read from its section's heading is marked in the heading, the others in the paragraphs; the table lists all.)
      for (const by of [this.targetsBySection, t.inTitle ? this.titleTargets : this.paragraphTargets]) {
        const targets = by.get(t.section);
        if (targets) targets.push(t);
        else by.set(t.section, [t]);
      }
    }
  }

  /** The body from the MDX's tree: each top-level node, the line breaks between blocks included. */
  fromMdx(mdx: string): string {
    const tree = mdxToHast(mdx, { features: FEATURES, position: false }) as unknown as Root;
    return tree.children.map((n) => this.flow(n as Node)).join('');
  }

  /**
   * The body from the report itself, as the MDX's tree would give it (the blocks the MDX writes, joined by the line
   * break the parser leaves between two blocks), or null where the MDX may not read back as the report's own text.
   */
  direct(): string | null {
    const blocks: string[] = [];
    for (const section of this.report.sections) {
      const heading = this.sectionHeading(section);
      if (heading === null) return null;
      blocks.push(heading);
      const targets = this.paragraphTargets.get(section.id) ?? [];
      for (const p of section.paragraphs) {
        const paragraph = this.paragraph(p.text, targets);
        if (paragraph === null) return null;
        blocks.push(paragraph);
      }
      if (this.targetsBySection.has(section.id)) blocks.push(this.table({ section: section.id }));
    }
    return blocks.join('\n');
  }

  /** A section's heading from its SectionHeading's attributes (serialize.ts reportToMdast), or null. */
  private sectionHeading(section: Section): string | null {
    const a = { id: section.id, level: String(section.level), number: section.number ?? '', title: section.title };
    if (ATTRIBUTE_NOT_AS_WRITTEN.test(a.id) || ATTRIBUTE_NOT_AS_WRITTEN.test(a.number) || ATTRIBUTE_NOT_AS_WRITTEN.test(a.title)) return null;
    return this.heading(a);
  }

  /**
   * A paragraph with its quotes marked (quote-spans.ts, as the MDX marks them), or null. A paragraph that is one quote
   * and nothing else is, to MDX, that quote as a block, which flow() writes as this same paragraph; one of several
   * quotes, or of quotes and spaces, alone is read as several blocks, the spaces dropped: left to the MDX.
   */
  private paragraph(value: string, targets: Target[]): string | null {
    if (value === '' || NOT_AS_WRITTEN.test(value)) return null;
    const spans = quoteSpans(value, targets);
    let html = '<p>';
    let pos = 0;
    let around = '';
    for (const s of spans) {
      if (s.start === s.end || ATTRIBUTE_NOT_AS_WRITTEN.test(s.id)) return null;
      if (s.start > pos) {
        around += value.slice(pos, s.start);
        html += text(value.slice(pos, s.start));
      }
      html += tag('mark', { id: `q-${s.id}`, 'data-target': s.id }, text(value.slice(s.start, s.end)));
      pos = s.end;
    }
    if (pos < value.length) {
      around += value.slice(pos);
      html += text(value.slice(pos));
    }
    if (spans.length && BLANK.test(around) && (spans.length > 1 || around !== '')) return null;
    return tableRow(`${html}</p>`);
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
      if (jsx.name === 'mark') return tableRow(tag('p', {}, this.phrasing({ ...jsx, type: 'mdxJsxTextElement' })));
      throw this.unexpected(`<${jsx.name}>`);
    }
    return this.phrasing(node);
  }

  private phrasing(node: Node): string {
    if (node.type === 'text') return text((node as Text).value);
    if (node.type === 'element') {
      const e = node as Element;
      // A paragraph, or a line break: what the parser makes of the pipeline's paragraphs, and nothing that runs or loads.
      if (e.tagName === 'p') return tableRow(tag('p', {}, ...e.children.map((c) => this.phrasing(c))));
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
      a.number ? tag('span', { class: 'sec-num' }, text(numberedTitle(a.number, ''))) : '',
      tag('span', { class: 'sec-title' }, this.marked(a.title, this.titleTargets.get(a.id) ?? [])),
      copyLink(a.id, `复制本节链接：${a.title}`),
      citeButton(`复制本节引文：${a.title}`),
    );
  }

  /** A heading's title with the quotes of the rows read from it marked, as a paragraph's are. */
  private marked(title: string, targets: Target[]): string {
    let html = '';
    let pos = 0;
    for (const s of quoteSpans(title, targets)) {
      html += text(title.slice(pos, s.start)) + tag('mark', { id: `q-${s.id}`, 'data-target': s.id }, text(title.slice(s.start, s.end)));
      pos = s.end;
    }
    return html + text(title.slice(pos));
  }

  /** The table's head: the same for every table of the page. */
  private tableHead: string | null = null;

  /**
   * The targets of one section, each row with its own anchor and a link to the words it was read from. Written as
   * strings, not through `tag`: the tables are most of a body (≈ 180 rows and 2,000 elements a report), and an object
   * of attributes per element was most of what writing them cost. The same HTML as `tag` writes: the attributes in
   * order, each value escaped (attributeValue), each text escaped (text).
   */
  private table(a: Record<string, string>): string {
    const targets = this.targetsBySection.get(a.section) ?? [];
    if (!targets.length) return '';
    const { to, vocabularyName, indicatorPage, placePage } = this.links;
    if (this.tableHead === null) {
      // The columns whose values are the extraction's own terms link to where the method explains them.
      const method = to('about/method/targets/');
      const explained: Record<string, string> = { 方式: `${method}#comparator`, 界限: `${method}#bound` };
      this.tableHead = ['指标', '数值', '方式', '界限', '期限', '类别', '链接']
        .map((h, i) =>
          tag('th', { scope: 'col', class: i === 1 ? 'num-cell' : i === 6 ? 'link-cell' : undefined }, explained[h] ? tag('a', { href: explained[h], title: `${h}的含义：方法说明` }, text(h)) : text(h)),
        )
        .join('');
    }
    const placeTitle = placePage ? `${placePage.name}历年目标与完成情况` : '';
    // The link to the government's years: the same in every row but for its label.
    const placeLink = placePage ? `<a href="${attributeValue(`${to(`places/${placePage.slug}/`)}#targets`)}" title="${attributeValue(placeTitle)}" aria-label="` : '';
    const row = (t: Target): string => {
      const name = t.indicatorId ? vocabularyName(t.indicatorId) : undefined;
      const indicator = t.indicatorId ? indicatorPage(t.indicatorId) : null;
      const rowLinks =
        (indicator !== null ? `<a href="${attributeValue(to(`indicators/${t.indicatorId}/`))}" title="${attributeValue(`各地的${indicator}`)}" aria-label="${attributeValue(`${t.indicator}：各地对比`)}">各地</a>` : '') +
        (placePage ? `${placeLink}${attributeValue(`${t.indicator}：${placeTitle}`)}">历年</a>` : '');
      return (
        `<tr id="${attributeValue(t.id)}" class="${attributeValue(`kind-${t.kind}`)}"><td>` +
        // The verb done to the measured thing (建设, 新建 …) before its name, as the text says it.
        (t.action ? `<span class="ind-action">${text(t.action)}</span>` : '') +
        `<a href="${attributeValue(`#q-${t.id}`)}" title="${attributeValue(t.quote)}">${text(t.indicator)}</a>` +
        (name && name !== t.indicator ? `<span class="ind-name">${text(`（${name}）`)}</span>` : '') +
        (t.headline ? '<span class="ind-name">· 主要目标</span>' : '') +
        (rowLinks ? `<span class="row-links">${rowLinks}</span>` : '') +
        `</td><td class="num-cell">${text(formatValue(t))}</td><td>${text(COMPARATOR_WORDS[t.comparator])}</td>` +
        `<td class="nowrap">${text(t.bound ? BOUND_WORDS[t.bound] : '—')}</td><td>${text(t.deadline ?? '—')}</td>` +
        `<td>${text(`${KIND_WORDS[t.kind]} · ${THEME_WORDS[t.theme] ?? t.theme}`)}</td>` +
        `<td class="link-cell">${copyLink(t.id, `复制指标链接：${t.indicator}`)}${citeButton(`复制指标引文：${t.indicator}`)}</td></tr>`
      );
    };
    let rows = '';
    for (const t of targets) rows += row(t);
    // The section a row cites (site.js reads its heading for a row's citation).
    return `<div class="target-table" data-section="${attributeValue(a.section)}"><table><caption class="sr-only">本节的量化指标</caption><thead><tr>${this.tableHead}</tr></thead><tbody>${rows}</tbody></table></div>`;
  }
}

/** The control that copies a link to a heading or a row (site.js does the copying). As `tag` writes it. */
function copyLink(id: string, label: string): string {
  return `<a class="copy-link" href="${attributeValue(`#${id}`)}" data-copy-link aria-label="${attributeValue(label)}"><span aria-hidden="true">#</span></a>`;
}

/**
 * The control that copies a citation of its heading or row (site.js composes it from the page's citation data and
 * the heading). A button only where scripts run (the page's `js` class): without them it could do nothing.
 */
function citeButton(label: string): string {
  return `<button type="button" class="cite" data-cite aria-label="${attributeValue(label)}">引</button>`;
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
