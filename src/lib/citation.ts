/**
 * Citations of a report, a section or a target row in the form of GB/T 7714—2015 for an online report ([R/OL]):
 *
 *   发布政府. 报告标题：章节[R/OL]. 年份[引用日期]. 地址#锚点.
 *
 * The page carries what the build knows (citationParts, as JSON); the reader's browser adds the section heading, the
 * address with its anchor and the day of access when a reader copies one (public/site.js, which writes it as
 * formatCitation does here).
 */
import type { ReportMeta } from '../pipeline/types.ts';

/** Who issued the report, as a reference names an author: its government (X人民政府), 国务院, or a body as named. */
export function citationAuthor(r: Pick<ReportMeta, 'place'>): string | null {
  const p = r.place;
  if (!p) return null;
  if (p.level === 'national') return '国务院';
  if (p.level === 'other' || /(?:政府|委员会|管委会)$/.test(p.name)) return p.name;
  return `${p.name}人民政府`;
}

export interface CitationParts {
  /** `发布政府. 报告标题`, or the title alone when the government is not known. */
  lead: string;
  year: number | null;
}
export function citationParts(r: Pick<ReportMeta, 'place' | 'title' | 'year'>): CitationParts {
  const author = citationAuthor(r);
  return { lead: author ? `${author}. ${r.title}` : r.title, year: r.year };
}

/** The whole citation (public/site.js writes the same from the page's parts). */
export function formatCitation(parts: CitationParts, section: string | null, url: string, accessed: string): string {
  return `${parts.lead}${section ? `：${section}` : ''}[R/OL]. ${parts.year ?? ''}[${accessed}]. ${url}.`;
}
