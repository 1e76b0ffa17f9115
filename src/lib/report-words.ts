/** What a reader sees about a report as a whole: the page title and where the text came from. */
import type { Report, ReportMeta } from '../pipeline/types.ts';

/**
 * The page title names the government, the year and the kind (WCAG 2.4.2: 宜昌市2023年政府工作报告), from the report's
 * metadata. A report title that already says all three is used as it is; one that does not (a news headline) follows
 * the composed name. Parts the metadata does not settle are left out rather than guessed.
 */
export function pageTitle(r: Pick<ReportMeta, 'title' | 'place' | 'city' | 'province' | 'year' | 'kind'>): string {
  const government = r.place?.name ?? r.city ?? r.province ?? null;
  const year = r.year ? `${r.year}年` : '';
  const composed = `${government ?? ''}${year}${r.kind ?? ''}`;
  const says = (part: string | null | undefined) => !part || r.title.includes(part.replace(/年$/, ''));
  if (says(government) && says(year) && says(r.kind)) return r.title;
  if (!composed) return r.title;
  // A bare 政府工作报告 adds nothing to the composed name.
  return composed.includes(r.title) ? composed : `${composed}：${r.title}`;
}

/**
 * Where the text came from, for the reader: the publisher and date lines of the sources or the catalog's title and URL
 * (the pipeline's provenance), without the internal file names it is keyed by.
 */
export function sourceLines(r: Pick<Report, 'provenance' | 'sources'>): string[] {
  const lines = r.provenance.map((p) => {
    const file = r.sources.find((f) => p.startsWith(`${f}：`) || p.startsWith(`${f}:`));
    return (file ? p.slice(file.length + 1) : p).trim();
  });
  return [...new Set(lines.filter(Boolean))];
}
