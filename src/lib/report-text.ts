/**
 * A report's text as files a reader can take away (reports/<slug>/<slug>.txt and .md, written by the build beside the
 * page): the title, the front matter, where it was published, then every section heading with its id and every
 * paragraph, in order. The Markdown keeps each section's id as a heading attribute (`## 标题 {#s2-9}`, the syntax of
 * Pandoc, kramdown and markdown-it-attrs), so a quote taken from it can still link to `…#s2-9`; the report's own text
 * is always escaped text there (mdast-util-to-markdown, with the GFM triggers escaped as in the report MDX).
 */
import type { Heading, Html, Paragraph, Root, RootContent } from 'mdast';
import type { Options } from 'mdast-util-to-markdown';
import { GFM_UNSAFE, toMarkdownFlow } from '../pipeline/serialize.ts';
import type { Report } from '../pipeline/types.ts';
import { numberedTitle } from './headings.ts';

/** The file names, beside the report's page. */
export const textFile = (slug: string) => `${slug}.txt`;
export const markdownFile = (slug: string) => `${slug}.md`;

const headingText = (s: Report['sections'][number]) => numberedTitle(s.number, s.title);
/** Where the text was taken from: the page's address (absolute when the site's address is known). */
const SOURCE_WORDS = '来源：政府工作报告图谱 ';
const frontLines = (r: Report) => r.frontMatter.filter((l) => l !== r.title);

/** Plain text, UTF-8 with a byte-order mark (so that a browser opening the file from disk reads it as UTF-8). */
export function reportPlainText(report: Report, pageUrl: string): string {
  const lines: string[] = [report.title, ...frontLines(report), '', SOURCE_WORDS + pageUrl];
  for (const s of report.sections) {
    lines.push('', `${headingText(s)} [#${s.id}]`);
    for (const p of s.paragraphs) lines.push('', p.text);
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

/** The serializer's options: Markdown's escapes and GFM's (one object, so that what toMarkdownFlow reads of it is kept). */
export const MARKDOWN_OPTIONS: Options = { unsafe: GFM_UNSAFE };

export function reportMarkdown(report: Report, pageUrl: string): string {
  return toMarkdownFlow(reportMarkdownTree(report, pageUrl), MARKDOWN_OPTIONS);
}

/** The Markdown's tree (mdast), written by reportMarkdown. */
export function reportMarkdownTree(report: Report, pageUrl: string): Root {
  const text = (value: string) => ({ type: 'text' as const, value });
  const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] });
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(report.title)] },
    ...frontLines(report).map(paragraph),
    { type: 'blockquote', children: [{ type: 'paragraph', children: [text(SOURCE_WORDS), { type: 'link', url: pageUrl, children: [text(pageUrl)] }] }] },
  ];
  for (const s of report.sections) {
    // Headings below the title, by the section's level (part → ##), at most ######.
    const depth = Math.min(6, s.level + 1) as Heading['depth'];
    const id: Html = { type: 'html', value: ` {#${s.id}}` };
    children.push({ type: 'heading', depth, children: [text(headingText(s)), id] });
    for (const p of s.paragraphs) children.push(paragraph(p.text));
  }
  return { type: 'root', children };
}
